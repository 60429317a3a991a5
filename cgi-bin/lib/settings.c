/* The settings file (/etc/default/payband): VAR=value lines, read as systemd's EnvironmentFile reads them. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "lib/settings.h"

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int
settings_parse_line(char *line, const char **name, const char **value)
{
	char	*s = line, *eq, *v, *end;
	size_t	 n;

	while (blank(*s))
		s++;
	if (*s == '\0' || *s == '#' || *s == ';')
		return 0;
	if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
		return 0;
	for (eq = s; (*eq >= 'A' && *eq <= 'Z') || (*eq >= 'a' && *eq <= 'z') || (*eq >= '0' && *eq <= '9')
	    || *eq == '_'; eq++)
		;
	if (*eq != '=')
		return 0;
	*eq = '\0';
	v = eq + 1;
	while (blank(*v))
		v++;
	end = v + strlen(v);
	while (end > v && blank(end[-1]))
		*--end = '\0';
	n = (size_t)(end - v);
	if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
		v[n - 1] = '\0';
		v++;
	}
	*name = s;
	*value = v;
	return 1;
}

int
settings_read(const char *path, void (*fn)(const char *, const char *, void *), void *arg)
{
	char		 line[SETTINGS_LINE_MAX];
	const char	*name, *value;
	FILE		*fp;
	size_t		 len;
	int		 skip = 0, saved;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL) {
		len = strlen(line);
		/* the rest of an overlong line is no line of its own */
		if (skip) {
			skip = len > 0 && line[len - 1] != '\n';
			continue;
		}
		if (len > 0 && line[len - 1] != '\n' && !feof(fp)) {
			skip = 1;
			continue;
		}
		if (settings_parse_line(line, &name, &value))
			fn(name, value, arg);
	}
	if (ferror(fp)) {
		saved = errno;
		fclose(fp);
		errno = saved != 0 ? saved : EIO;
		return -1;
	}
	fclose(fp);
	return 0;
}
