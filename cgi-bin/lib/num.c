/* Number parsing, the one implementation: whole numbers and whole dollars from text, with every check. */
#include "config.h"

#include <limits.h>
#include <stddef.h>

#include "lib/num.h"

enum num_status
num_parse(const char *s, unsigned base, unsigned long long min, unsigned long long max,
    unsigned long long *out)
{
	unsigned long long	 v = 0;
	unsigned		 d;

	if (*s == '\0')
		return NUM_NOT_NUMBER;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || (d = (unsigned)(*s - '0')) >= base)
			return NUM_NOT_NUMBER;
		if (v > (ULLONG_MAX - d) / base)
			return NUM_RANGE;
		v = v * base + d;
	}
	if (v < min || v > max)
		return NUM_RANGE;
	*out = v;
	return NUM_OK;
}

enum num_status
num_parse_dollars(const char *s, unsigned long long min, unsigned long long max, unsigned long long *out)
{
	unsigned long long	 v = 0;
	size_t			 digits = 0, group = 0;
	int			 comma = 0, overflow = 0;
	unsigned		 d;

	if (*s == '$')
		s++;
	for (; *s != '\0'; s++) {
		if (*s == ',') {
			if (digits == 0 || (comma && group != 3) || (!comma && group > 3))
				return NUM_NOT_NUMBER;
			comma = 1;
			group = 0;
			continue;
		}
		if (*s < '0' || *s > '9')
			return NUM_NOT_NUMBER;
		d = (unsigned)(*s - '0');
		if (v > (ULLONG_MAX - d) / 10)
			overflow = 1;
		else
			v = v * 10 + d;
		digits++;
		group++;
	}
	if (digits == 0 || (comma && group != 3))
		return NUM_NOT_NUMBER;
	if (overflow || v < min || v > max)
		return NUM_RANGE;
	*out = v;
	return NUM_OK;
}
