/* Number formatting for pages: thousands separators, dollars, percentages. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "fmt.h"

void
fmt_thousands(char *out, size_t outsz, long long v)
{
	char			 digits[32], tmp[FMT_MAX];
	unsigned long long	 u;
	size_t			 n, i, j = 0;

	if (outsz == 0)
		return;
	u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	n = (size_t)snprintf(digits, sizeof(digits), "%llu", u);
	if (v < 0)
		tmp[j++] = '-';
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			tmp[j++] = ',';
		tmp[j++] = digits[i];
	}
	tmp[j] = '\0';
	snprintf(out, outsz, "%s", tmp);
}

void
fmt_money(char *out, size_t outsz, long long v)
{
	char	 num[FMT_MAX];

	fmt_thousands(num, sizeof(num), v < 0 ? -v : v);
	snprintf(out, outsz, "%s$%s", v < 0 ? "-" : "", num);
}

void
fmt_decimal(char *out, size_t outsz, double v)
{
	double	 r = round(v * 10.0) / 10.0;

	if (r == 0.0)
		r = 0.0;	/* no "-0" */
	if (r == floor(r) && fabs(r) < 1e15)
		snprintf(out, outsz, "%lld", (long long)r);
	else
		snprintf(out, outsz, "%.1f", r);
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
