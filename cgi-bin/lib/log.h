/* Error log: one line per event on stderr, with anything unprintable escaped. */
#ifndef PAYBAND_LOG_H
#define PAYBAND_LOG_H

#include <stdarg.h>
#include <stddef.h>

/* The longest message any line carries; longer ones are cut. */
#define LOG_MAX_MESSAGE 2048

/*
 * "PREFIX: MESSAGE" and a newline on stderr in one write: the message cut at max bytes, its trailing newlines
 * dropped, control bytes (and '\\' when esc_backslash) written as \xNN.  The web log and payband-admin both.
 */
void	log_write(const char *prefix, size_t max, int esc_backslash, const char *fmt, va_list ap)
	    __attribute__((format(printf, 4, 0)));
void	log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
