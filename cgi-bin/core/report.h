/* The market report of a role × region: what it shows, loaded from the snapshot, and its choices (pure). */
#ifndef PAYBAND_REPORT_H
#define PAYBAND_REPORT_H

#include <stddef.h>

#include "data/db.h"
#include "data/refdata.h"

/* Everything a report (page, CSV, JSON) shows of a cell, from the snapshot in memory: no SQL. */
struct report {
	const struct figure		*figs;
	size_t				 nfigs;
	struct est_premium		*prems;
	size_t				 nprems;
	const struct skill_share	*skills;	/* the role's required skills */
	size_t				 nskills;
	struct crowd			 crowd;		/* contributions, as the privacy rule shows them */
	/* the choices (report_load makes them) */
	const struct figure		*primary;	/* the first figure, NULL when none */
	const struct figure		*demand;	/* the figure with employment: the cell's own before a derived one */
	const struct est_premium	*top_skill;	/* the skill the report features, or NULL */
	const struct est_premium	*top_cert;	/* the certification it features, or NULL */
};

/* Loads the cell's figures, premiums, required skills and crowd figures (in a), and makes the choices. */
void	 report_load(struct report *, const struct refdata *, const struct role *, const struct region *,
	    struct arena *);
/*
 * The survey premiums the report's table lists after the published ones: up to max clearly positive,
 * learnable skills, by the low end of their interval.  Their indexes into rep->prems go to out; how many.
 */
size_t	 report_survey_premiums(const struct report *, size_t max, size_t *out, struct arena *);

#endif
