/* Error log: one line per event on stderr, with anything unprintable escaped. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "lib/log.h"

#define LOG_LINE 1024

static void
log_v(const char *level, const char *fmt, va_list ap)
{
	char		 raw[LOG_LINE], out[LOG_LINE * 4 + 64], ts[32];
	size_t		 i, j;
	time_t		 now = time(NULL);
	struct tm	 tm;

	vsnprintf(raw, sizeof(raw), fmt, ap);
	/* libpq messages end in a newline: one event, one line. */
	for (i = strlen(raw); i > 0 && (raw[i - 1] == '\n' || raw[i - 1] == ' '); i--)
		raw[i - 1] = '\0';
	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	j = (size_t)snprintf(out, sizeof(out), "%s payband %s: ", ts, level);
	/* Request data may reach a message: never let it forge lines or terminal codes. */
	for (i = 0; raw[i] != '\0' && j < sizeof(out) - 6; i++) {
		unsigned char c = (unsigned char)raw[i];

		if (c < 0x20 || c == 0x7f || c == '\\')
			j += (size_t)snprintf(out + j, sizeof(out) - j, "\\x%02x", c);
		else
			out[j++] = (char)c;
	}
	out[j++] = '\n';
	/* One write: lines from threads do not interleave. */
	fwrite(out, 1, j, stderr);
	fflush(stderr);
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
