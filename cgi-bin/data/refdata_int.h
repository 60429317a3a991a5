/* Inside the data layer: the reference snapshot's layout, shared by its loader and its lookups. */
#ifndef PAYBAND_REFDATA_INT_H
#define PAYBAND_REFDATA_INT_H

#include <stddef.h>

#include "data/db.h"
#include "data/refdata.h"
#include "lib/util.h"

/* What one role × region cell has: slices of the snapshot's bulk rows. */
struct cell {
	const struct figure	*figs;
	size_t			 nfigs;
	const struct est_premium *pub;
	size_t			 npub;
	const struct est_base	*base;
	const struct official	*official;
};

struct role_data {
	const struct skill_share *req;
	size_t			 nreq;
	const struct skill	*skills;
	size_t			 nskills;
	const struct est_level	*level;
};

struct snapshot {
	struct refdata		 pub;	/* first: a refdata pointer is a snapshot pointer */
	struct arena		 arena;	/* owns every list and string */
	unsigned long		 refs;	/* guarded by mu; the current snapshot holds one */
	size_t			*region_order;	/* region indices sorted by slug */
	struct cell		*cells;		/* nroles × nregions */
	struct role_data	*roles;
	const struct price_parity **parity;	/* per region, NULL: none */
	const struct est_premium *fitted;
	size_t			 nfitted;
	struct db_rows		 narratives;
	const struct est_exp	*exp;
	size_t			 nexp;
};

static inline const struct snapshot *
snap(const struct refdata *r)
{
	return (const struct snapshot *)(const void *)r;
}

/* A role's or region's index in the snapshot's lists by slug, or -1. */
long	 role_index(const struct snapshot *, const char *slug);
long	 region_index(const struct snapshot *, const char *slug);

#endif
