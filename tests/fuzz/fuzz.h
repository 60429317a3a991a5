/* Fuzz targets: the libFuzzer entry point each target defines. */
#ifndef PAYBAND_FUZZ_H
#define PAYBAND_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#endif
