/* Number formatting for pages: thousands separators, dollars, percentages. */
#ifndef PAYBAND_FMT_H
#define PAYBAND_FMT_H

#include <stddef.h>

/* Buffer size that holds any formatted value below. */
#define FMT_MAX 48

/* 1368 -> "1,368"; -1234 -> "-1,234". */
void	fmt_thousands(char *out, size_t outsz, long long v);
/* 159428 -> "$159,428". */
void	fmt_money(char *out, size_t outsz, long long v);
/* 15 -> "15"; 22.4 -> "22.4"; one decimal at most, "-0" never printed. */
void	fmt_decimal(char *out, size_t outsz, double v);
/* (15, 25) -> "15-25%"; (8, 8) -> "8%". */
void	fmt_pct_range(char *out, size_t outsz, double low, double high);

/* 1 -> "1st", 62 -> "62nd", 13 -> "13th". */
void	fmt_ordinal(char *out, size_t outsz, long v);

#endif
