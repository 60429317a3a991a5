/*
 * Contribution rules: the bounds and employment types every contribution obeys, through the form, the CSV import
 * and the SQL checks of sql/migrations/019_contributions.sql (tests/rules_sql.sh fails when those differ).
 */
#ifndef PAYBAND_RULES_H
#define PAYBAND_RULES_H

#include <stddef.h>

/* Experience accepted, in whole years of professional work. */
#define MAX_YEARS           60u
/* Plausible pay, in whole dollars: below or above is a typo, not a salary. */
#define MIN_BASE_SALARY     10000ul
#define MAX_BASE_SALARY     2000000ul
#define MAX_BONUS           2000000ul
#define MAX_EQUITY          5000000ul
/* Contributions one client may make per window before being asked to wait (the default of --rate-limit). */
#define RATE_LIMIT          5
#define RATE_WINDOW         "10 minutes"

/* Employment types, the first the default of the form. */
#define NEMPLOYMENT         3
extern const char *const employment_types[NEMPLOYMENT];

/* The employment type named s (the array's own string), or NULL. */
const char	*employment_type(const char *s);

#endif
