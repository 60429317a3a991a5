/* The market report of a role × region: what it shows, loaded from the snapshot, and its choices (pure). */
#include "config.h"

#include <string.h>

#include "core/report.h"

/* Demand signals: prefer a figure published for the cell itself over a derived one. */
static const struct figure *
demand_figure(const struct figure *figs, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (figs[i].derivation == NULL && figs[i].employment != NUM_NONE)
			return &figs[i];
	for (i = 0; i < n; i++)
		if (figs[i].employment != NUM_NONE)
			return &figs[i];
	return NULL;
}

/*
 * The skill the report features: a source's published skill for this cell (its wording names it), else the
 * learnable skill whose survey premium is clearly positive with the highest low end (the best evidence, as
 * "what to learn next" ranks them).  Certifications: only published figures exist.
 */
static void
featured(struct report *rep)
{
	size_t	 i;

	for (i = 0; i < rep->nprems; i++) {
		const struct est_premium *p = &rep->prems[i];

		if (strcmp(p->kind, "certification") == 0) {
			if (rep->top_cert == NULL)
				rep->top_cert = p;
			continue;
		}
		if (p->published) {
			if (rep->top_skill == NULL || !rep->top_skill->published)
				rep->top_skill = p;
			continue;
		}
		if (p->suggest && (rep->top_skill == NULL ||
		    (!rep->top_skill->published && p->low_pct > rep->top_skill->low_pct)))
			rep->top_skill = p;
	}
}

void
report_load(struct report *rep, const struct refdata *ref, const struct role *role, const struct region *region,
    struct arena *a)
{
	memset(rep, 0, sizeof(*rep));
	rep->figs = refdata_figures(ref, role, region, &rep->nfigs);
	rep->prems = refdata_premiums(ref, role, region, a, &rep->nprems);
	rep->skills = refdata_required_skills(ref, role, &rep->nskills);
	crowd_get(role->slug, region->slug, &rep->crowd);
	rep->primary = rep->nfigs > 0 ? &rep->figs[0] : NULL;
	rep->demand = demand_figure(rep->figs, rep->nfigs);
	featured(rep);
}

size_t
report_survey_premiums(const struct report *rep, size_t max, size_t *out, struct arena *a)
{
	unsigned char	*taken = arena_calloc(a, rep->nprems + 1, 1);
	size_t		 i, k, pick = 0;

	for (k = 0; k < max; k++) {
		const struct est_premium *best = NULL;

		for (i = 0; i < rep->nprems; i++) {
			const struct est_premium *p = &rep->prems[i];

			if (p->published || !p->suggest || taken[i])
				continue;
			if (best == NULL || p->low_pct > best->low_pct) {
				best = p;
				pick = i;
			}
		}
		if (best == NULL)
			break;
		taken[pick] = 1;
		out[k] = pick;
	}
	return k;
}
