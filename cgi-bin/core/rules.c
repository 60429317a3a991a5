/* Contribution rules: the employment types (the bounds are in rules.h). */
#include "config.h"

#include <string.h>

#include "core/rules.h"

const char *const employment_types[NEMPLOYMENT] = { "full-time", "part-time", "contract" };

const char *
employment_type(const char *s)
{
	size_t	 i;

	for (i = 0; i < NEMPLOYMENT; i++)
		if (strcmp(employment_types[i], s) == 0)
			return employment_types[i];
	return NULL;
}
