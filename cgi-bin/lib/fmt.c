/* Number formatting for pages: thousands separators, dollars, percentages. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lib/fmt.h"

/* Digits of u into buf (at least 21 bytes), no terminator; returns their number.  (printf showed in profiles.) */
static size_t
digits(char *buf, unsigned long long u)
{
	char	 rev[24];
	size_t	 n = 0, i;

	do {
		rev[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	for (i = 0; i < n; i++)
		buf[i] = rev[n - 1 - i];
	return n;
}

/* Copy the first n bytes of s to out, NUL-terminated, cut to outsz. */
static void
put(char *out, size_t outsz, const char *s, size_t n)
{
	if (outsz == 0)
		return;
	if (n >= outsz)
		n = outsz - 1;
	memcpy(out, s, n);
	out[n] = '\0';
}

void
fmt_thousands(char *out, size_t outsz, long long v)
{
	char			 d[24], tmp[FMT_MAX];
	unsigned long long	 u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	size_t			 n = digits(d, u), i, j = 0;

	if (v < 0)
		tmp[j++] = '-';
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			tmp[j++] = ',';
		tmp[j++] = d[i];
	}
	put(out, outsz, tmp, j);
}

void
fmt_money(char *out, size_t outsz, long long v)
{
	char	 num[FMT_MAX], tmp[FMT_MAX + 2];
	size_t	 j = 0, n;

	fmt_thousands(num, sizeof(num), v < 0 ? -v : v);
	if (v < 0)
		tmp[j++] = '-';
	tmp[j++] = '$';
	n = strlen(num);
	memcpy(tmp + j, num, n);
	put(out, outsz, tmp, j + n);
}

void
fmt_decimal(char *out, size_t outsz, double v)
{
	double			 r = round(v * 10.0) / 10.0;
	char			 tmp[FMT_MAX];
	long long		 t;
	unsigned long long	 u;
	size_t			 j = 0;

	if (r == 0.0)
		r = 0.0;	/* no "-0" */
	if (!(fabs(r) < 1e15)) {
		snprintf(out, outsz, "%.1f", r);
		return;
	}
	t = llround(r * 10.0);
	u = t < 0 ? 0ULL - (unsigned long long)t : (unsigned long long)t;
	if (t < 0)
		tmp[j++] = '-';
	j += digits(tmp + j, u / 10);
	if (u % 10 != 0) {
		tmp[j++] = '.';
		tmp[j++] = (char)('0' + u % 10);
	}
	put(out, outsz, tmp, j);
}

void
fmt_pct_range(char *out, size_t outsz, double low, double high)
{
	char	 a[FMT_MAX], b[FMT_MAX];

	fmt_decimal(a, sizeof(a), low);
	fmt_decimal(b, sizeof(b), high);
	if (strcmp(a, b) == 0)
		snprintf(out, outsz, "%s%%", a);
	else
		snprintf(out, outsz, "%s-%s%%", a, b);
}

void
fmt_ordinal(char *out, size_t outsz, long v)
{
	const char	*suf = "th";
	long		 m100 = (v < 0 ? -v : v) % 100, m10 = m100 % 10;

	if (m100 < 11 || m100 > 13) {
		if (m10 == 1)
			suf = "st";
		else if (m10 == 2)
			suf = "nd";
		else if (m10 == 3)
			suf = "rd";
	}
	snprintf(out, outsz, "%ld%s", v, suf);
}
