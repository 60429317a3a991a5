/* The settings file (/etc/default/payband): VAR=value lines, read as systemd's EnvironmentFile reads them. */
#ifndef PAYBAND_SETTINGS_H
#define PAYBAND_SETTINGS_H

#include <stddef.h>

/* Where the settings are unless PAYBAND_DEFAULTS names another file (empty: none). */
#define SETTINGS_FILE		"/etc/default/payband"
/* Longest line read; a longer one is no setting (the file is the administrator's, short lines). */
#define SETTINGS_LINE_MAX	4096

/*
 * Parses one line in place: 1 with *name and *value pointing into line, or 0
 * when the line is no setting (blank, '#' or ';' comment, no "NAME=" at its
 * start). Blanks around the line and the value are dropped; a value wholly
 * in double or single quotes loses them. No expansion, no escapes.
 */
int	 settings_parse_line(char *line, const char **name, const char **value);

/*
 * Reads every setting of path, calling fn for each. 0, or -1 with errno set
 * when the file cannot be opened or read.
 */
int	 settings_read(const char *path, void (*fn)(const char *name, const char *value, void *arg), void *arg);

#endif
