/* A role in several regions, nominal and adjusted for regional price levels (pure: from the snapshot). */
#ifndef PAYBAND_COMPARE_H
#define PAYBAND_COMPARE_H

#include <stddef.h>

#include "data/db.h"
#include "data/refdata.h"

struct cmp_row {
	const struct region	*region;
	const struct figure	*fig;		/* NULL: no figure */
	struct price_parity	 pp;
	int			 has_pp;
	double			 adj_mean, adj_median;	/* NAN when not computable */
};

/*
 * Fills each row's figure (the region's first), price parity and adjusted mean and median (figure × 100 /
 * parity).  Returns the largest value shown, nominal or adjusted (the chart's scale); 0 when none.
 */
double	 compare_rows(const struct refdata *, const struct role *, struct cmp_row *, size_t n);

#endif
