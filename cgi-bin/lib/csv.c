/* CSV output (RFC 4180) for the report and comparison downloads. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lib/csv.h"
#include "lib/util.h"

void
csv_text(struct buf *b, const char *s, int first)
{
	const char	*p;

	if (!first)
		buf_putc(b, ',');
	if (s == NULL)
		return;
	/* A spreadsheet would run "=…" as a formula: make it text. */
	if (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') {
		buf_puts(b, "\"'");
		goto quoted;
	}
	if (strpbrk(s, ",\"\r\n") == NULL) {
		buf_puts(b, s);
		return;
	}
	buf_putc(b, '"');
quoted:
	for (p = s; *p != '\0'; p++) {
		if (*p == '"')
			buf_putc(b, '"');
		buf_putc(b, *p);
	}
	buf_putc(b, '"');
}

void
csv_num(struct buf *b, long long v, int first)
{
	if (!first)
		buf_putc(b, ',');
	if (v != NUM_NONE)
		buf_printf(b, "%lld", v);
}

void
csv_real(struct buf *b, double v, int first)
{
	if (!first)
		buf_putc(b, ',');
	if (!isnan(v))
		buf_printf(b, "%.3f", v);
}

void
csv_end(struct buf *b)
{
	buf_puts(b, "\r\n");
}
