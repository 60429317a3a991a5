/*
 * Reference lists (roles, regions, skills, certifications) read once and shared
 * by every worker: an immutable snapshot, reference-counted, replaced whole.
 */
#ifndef PAYBAND_REFDATA_H
#define PAYBAND_REFDATA_H

#include <stddef.h>

#include "db.h"

struct refdata {
	const struct role	*roles;
	size_t			 nroles;
	const struct region	*regions;
	size_t			 nregions;
	const struct skill	*skills;
	size_t			 nskills;
	const struct cert	*certs;
	size_t			 ncerts;
};

/*
 * The current snapshot, loading it with this worker's connection if there is
 * none yet.  The caller holds it until refdata_release(); it never changes.
 */
enum db_status	 refdata_acquire(struct db *, const struct refdata **);
void		 refdata_release(const struct refdata *);
/* Drop the current snapshot (SIGHUP): the next request loads a fresh one; holders keep theirs. */
void		 refdata_invalidate(void);

const struct role	*refdata_role(const struct refdata *, const char *slug);
const struct region	*refdata_region(const struct refdata *, const char *slug);
const struct skill	*refdata_skill(const struct refdata *, const char *slug);
const struct cert	*refdata_cert(const struct refdata *, const char *slug);

#endif
