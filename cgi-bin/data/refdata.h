/*
 * The reference data, in memory: every figure, premium, coefficient, narrative, list and price
 * parity a read needs, loaded from the database at once into an immutable, reference-counted
 * snapshot that is replaced whole (SIGHUP, NOTIFY payband_reload).  Reads run no SQL.
 * Crowd figures, which change with every contribution, live beside it (crowd_*).
 */
#ifndef PAYBAND_REFDATA_H
#define PAYBAND_REFDATA_H

#include <stddef.h>

#include "data/db.h"

struct refdata {
	const struct role	*roles;
	size_t			 nroles;
	const struct region	*regions;
	size_t			 nregions;
	const struct skill	*skills;
	size_t			 nskills;
	const struct cert	*certs;
	size_t			 ncerts;
	const struct model_fit	*fit;		/* NULL until payband-admin fit has run */
	unsigned long		 id;		/* changes with every snapshot (ETags) */
	size_t			 bytes;		/* memory the snapshot holds */
};

/*
 * The current snapshot, loading it with this worker's connection if there is
 * none yet.  The caller holds it until refdata_release(); it never changes.
 */
enum db_status	 refdata_acquire(struct db *, const struct refdata **);
void		 refdata_release(const struct refdata *);
/* Is a snapshot loaded?  Its id and size, without loading one. */
int		 refdata_loaded(unsigned long *id, size_t *bytes);
/* Load a fresh snapshot and make it current; on failure the old one stays. */
enum db_status	 refdata_reload(struct db *);

const struct role	*refdata_role(const struct refdata *, const char *slug);
const struct region	*refdata_region(const struct refdata *, const char *slug);
const struct skill	*refdata_skill(const struct refdata *, const char *slug);
const struct cert	*refdata_cert(const struct refdata *, const char *slug);

/* A role × region cell's data; role and region are the snapshot's own (from refdata_role/region). */
const struct figure	*refdata_figures(const struct refdata *, const struct role *, const struct region *,
			    size_t *n);
/* The cell's published premiums, then the survey fit's (copies in the arena: callers may sort them). */
struct est_premium	*refdata_premiums(const struct refdata *, const struct role *, const struct region *,
			    struct arena *, size_t *n);
/* The report's wording: per section, the rows of the most specific level (as report_narratives()). */
const struct narrative_row **refdata_narratives(const struct refdata *, const struct role *,
			    const struct region *, struct arena *, size_t *n);
const struct skill_share *refdata_required_skills(const struct refdata *, const struct role *, size_t *n);
/* The role's skills by category and rank, with their share (copies in the arena). */
struct skill		*refdata_role_skills(const struct refdata *, const struct role *, struct arena *,
			    size_t *n);
const struct est_base	*refdata_base(const struct refdata *, const struct role *, const struct region *);
const struct official	*refdata_official(const struct refdata *, const struct role *, const struct region *);
/* The role's level and the effect of its experience; 0, or -1 without a stored fit. */
int			 refdata_level(const struct refdata *, const struct role *, int years, struct est_level *);
const struct price_parity *refdata_parity(const struct refdata *, const struct region *);

/* Replaces the whole table with a load's crowd rows; empty: the figures of a cell without any (refdata.c). */
void		 crowd_replace(const struct db_rows *, const struct crowd *empty);
/* Crowd figures of a cell: what crowd_figures() gave at the last load or notification. */
void		 crowd_get(const char *role, const char *region, struct crowd *);
/* Refresh one cell from the database (NOTIFY payband_crowd). */
enum db_status	 crowd_refresh(struct db *, const char *role, const char *region);
/* Changes with every crowd update (part of cached pages' ETags). */
unsigned long	 crowd_generation(void);

#endif
