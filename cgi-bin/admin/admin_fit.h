/* payband-admin fit: fit the pay model on the survey in the database and store it (see admin_fit.c). */
#ifndef PAYBAND_ADMIN_FIT_H
#define PAYBAND_ADMIN_FIT_H

#include <libpq-fe.h>

/* argv: options [--folds K] [--boot B] [--seed S].  Exit status: 0 stored, 1 failed, 2 usage. */
int	 admin_fit(PGconn *, int argc, char **argv);

#endif
