/* Error log: one line per event on stderr, with anything unprintable escaped. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "lib/log.h"
#include "lib/util.h"

#define LOG_LINE 1024

void
log_write(const char *prefix, size_t max, int esc_backslash, const char *fmt, va_list ap)
{
	char		 raw[LOG_MAX_MESSAGE];
	struct buf	 b;
	size_t		 i, n;

	vsnprintf(raw, max < sizeof(raw) ? max : sizeof(raw), fmt, ap);
	/* libpq's messages end in a newline: one event, one line. */
	for (n = strlen(raw); n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == ' '); n--)
		;
	buf_init(&b);
	buf_printf(&b, "%s: ", prefix);
	/* Request data or a file may reach a message: never let it forge lines or terminal codes. */
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)raw[i];

		if (c < 0x20 || c == 0x7f || (esc_backslash && c == '\\'))
			buf_printf(&b, "\\x%02x", c);
		else
			buf_putc(&b, (char)c);
	}
	buf_putc(&b, '\n');
	/* One write: lines from threads do not interleave. */
	fwrite(b.data, 1, b.len, stderr);
	fflush(stderr);
	buf_free(&b);
}

static void
log_v(const char *level, const char *fmt, va_list ap)
{
	char		 prefix[64], ts[32];
	time_t		 now = time(NULL);
	struct tm	 tm;

	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(prefix, sizeof(prefix), "%s payband %s", ts, level);
	log_write(prefix, LOG_LINE, 1, fmt, ap);
}

void
log_err(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_v("error", fmt, ap);
	va_end(ap);
}

void
log_info(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_v("info", fmt, ap);
	va_end(ap);
}
