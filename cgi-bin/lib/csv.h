/* CSV output (RFC 4180) for the report and comparison downloads. */
#ifndef PAYBAND_CSV_H
#define PAYBAND_CSV_H

#include "lib/util.h"

/* Append one text field: quoted when needed; a leading = + - @ is neutralised for spreadsheets. */
void	csv_text(struct buf *, const char *s, int first);
/* Append one whole number; NUM_NONE (unknown) becomes an empty field. */
void	csv_num(struct buf *, long long v, int first);
void	csv_real(struct buf *, double v, int first);
void	csv_end(struct buf *);

#endif
