/* Fuzz target: the contributions CSV import (line splitting and validation). */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "core/importcsv.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const char *const roles[] = { "backend-developer", "data-scientist" };
	static const char *const regions[] = { "us", "us-ca" };
	static const char *const skills[] = { "go", "python", "react-nextjs" };
	static const char *const certs[] = { "aws-certified-developer" };
	static const struct import_lists lists = { roles, 2, regions, 2, skills, 3, certs, 1 };
	static struct import_fields f;
	struct import_row	 row;
	struct import_errors	 errs;
	char			 err[128];

	if (import_split((const char *)data, len, &f, err, sizeof(err)) == 0) {
		(void)import_header_ok(&f);
		(void)import_validate(&f, &lists, &row, &errs);
	}
	return 0;
}
