/* A role in several regions, nominal and adjusted for regional price levels (pure: from the snapshot). */
#include "config.h"

#include <math.h>

#include "core/compare.h"

/* One row from the snapshot in memory: no SQL. */
static void
compare_row(const struct refdata *ref, const struct role *role, struct cmp_row *row)
{
	const struct figure		*figs;
	const struct price_parity	*pp;
	size_t				 nfigs;

	figs = refdata_figures(ref, role, row->region, &nfigs);
	row->fig = nfigs > 0 ? &figs[0] : NULL;
	if ((pp = refdata_parity(ref, row->region)) != NULL)
		row->pp = *pp;
	row->has_pp = pp != NULL && row->pp.rpp > 0;
	row->adj_mean = row->adj_median = (double)NAN;
	if (row->fig != NULL && row->has_pp) {
		if (row->fig->mean != NUM_NONE)
			row->adj_mean = row->fig->mean * 100.0 / row->pp.rpp;
		if (row->fig->median != NUM_NONE)
			row->adj_median = row->fig->median * 100.0 / row->pp.rpp;
	}
}

double
compare_rows(const struct refdata *ref, const struct role *role, struct cmp_row *rows, size_t n)
{
	double	 maxv = 0;
	size_t	 i;

	for (i = 0; i < n; i++) {
		compare_row(ref, role, &rows[i]);
		if (rows[i].fig != NULL && rows[i].fig->mean > maxv)
			maxv = (double)rows[i].fig->mean;
		if (!isnan(rows[i].adj_mean) && rows[i].adj_mean > maxv)
			maxv = rows[i].adj_mean;
	}
	return maxv;
}
