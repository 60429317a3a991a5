/* Error log: one line per event on stderr, with anything unprintable escaped. */
#ifndef PAYBAND_LOG_H
#define PAYBAND_LOG_H

void	log_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
