/* Lookups in the reference snapshot: by slug, by role × region cell, by role, by region.  No SQL. */
#include "config.h"

#include <string.h>

#include "data/refdata.h"
#include "data/refdata_int.h"
#include "lib/util.h"

long
region_index(const struct snapshot *s, const char *slug)
{
	size_t	 lo = 0, hi = s->pub.nregions;

	if (slug == NULL)
		return -1;
	while (lo < hi) {
		size_t	 mid = (lo + hi) / 2;
		int	 c = strcmp(s->pub.regions[s->region_order[mid]].slug, slug);

		if (c == 0)
			return (long)s->region_order[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

long
role_index(const struct snapshot *s, const char *slug)
{
	size_t	 i;

	if (slug == NULL)
		return -1;
	for (i = 0; i < s->pub.nroles; i++)
		if (strcmp(s->pub.roles[i].slug, slug) == 0)
			return (long)i;
	return -1;
}

const struct role *
refdata_role(const struct refdata *r, const char *slug)
{
	long	 i = role_index(snap(r), slug);

	return i < 0 ? NULL : &r->roles[i];
}

const struct region *
refdata_region(const struct refdata *r, const char *slug)
{
	long	 i = region_index(snap(r), slug);

	return i < 0 ? NULL : &r->regions[i];
}

const struct skill *
refdata_skill(const struct refdata *r, const char *slug)
{
	size_t	 i;

	for (i = 0; i < r->nskills; i++)
		if (strcmp(r->skills[i].slug, slug) == 0)
			return &r->skills[i];
	return NULL;
}

const struct cert *
refdata_cert(const struct refdata *r, const char *slug)
{
	size_t	 i;

	for (i = 0; i < r->ncerts; i++)
		if (strcmp(r->certs[i].slug, slug) == 0)
			return &r->certs[i];
	return NULL;
}

static const struct cell *
cell_of(const struct refdata *r, const struct role *role, const struct region *region)
{
	size_t	 ri = (size_t)(role - r->roles), gi = (size_t)(region - r->regions);

	if (ri >= r->nroles || gi >= r->nregions)
		return NULL;
	return &snap(r)->cells[ri * r->nregions + gi];
}

const struct figure *
refdata_figures(const struct refdata *r, const struct role *role, const struct region *region, size_t *n)
{
	const struct cell	*c = cell_of(r, role, region);

	*n = c != NULL ? c->nfigs : 0;
	return c != NULL ? c->figs : NULL;
}

struct est_premium *
refdata_premiums(const struct refdata *r, const struct role *role, const struct region *region,
    struct arena *a, size_t *n)
{
	const struct snapshot	*s = snap(r);
	const struct cell	*c = cell_of(r, role, region);
	size_t			 npub = c != NULL ? c->npub : 0;
	struct est_premium	*out = arena_calloc(a, npub + s->nfitted + 1, sizeof(*out));

	if (npub > 0)
		memcpy(out, c->pub, npub * sizeof(*out));
	if (s->nfitted > 0)
		memcpy(out + npub, s->fitted, s->nfitted * sizeof(*out));
	*n = npub + s->nfitted;
	return out;
}

const struct narrative_row **
refdata_narratives(const struct refdata *r, const struct role *role, const struct region *region,
    struct arena *a, size_t *n)
{
	const struct db_rows		*nr = &snap(r)->narratives;
	const struct narrative_row	*rows = nr->rows;
	const struct narrative_row	**out = arena_calloc(a, nr->n + 1, sizeof(*out));
	int				*spec = arena_calloc(a, nr->n + 1, sizeof(int));
	size_t				 i, j, m = 0;

	/* specificity as report_narratives(): role 2, region 1; -1 where the row does not apply */
	for (i = 0; i < nr->n; i++) {
		int	 rm = nr->role[i] == NULL || strcmp(nr->role[i], role->slug) == 0;
		int	 gm = nr->region[i] == NULL || strcmp(nr->region[i], region->slug) == 0;

		spec[i] = rm && gm ? (nr->role[i] != NULL) * 2 + (nr->region[i] != NULL) : -1;
	}
	for (i = 0; i < nr->n; i++) {
		int	 best = -1;

		if (spec[i] < 0)
			continue;
		for (j = 0; j < nr->n; j++)
			if (spec[j] > best && strcmp(rows[j].section, rows[i].section) == 0)
				best = spec[j];
		if (spec[i] == best)
			out[m++] = &rows[i];
	}
	*n = m;
	return out;
}

const struct skill_share *
refdata_required_skills(const struct refdata *r, const struct role *role, size_t *n)
{
	const struct role_data	*d = &snap(r)->roles[role - r->roles];

	*n = d->nreq;
	return d->req;
}

struct skill *
refdata_role_skills(const struct refdata *r, const struct role *role, struct arena *a, size_t *n)
{
	const struct role_data	*d = &snap(r)->roles[role - r->roles];
	struct skill		*out = arena_calloc(a, d->nskills + 1, sizeof(*out));

	if (d->nskills > 0)
		memcpy(out, d->skills, d->nskills * sizeof(*out));
	*n = d->nskills;
	return out;
}

const struct est_base *
refdata_base(const struct refdata *r, const struct role *role, const struct region *region)
{
	const struct cell	*c = cell_of(r, role, region);

	return c != NULL ? c->base : NULL;
}

const struct official *
refdata_official(const struct refdata *r, const struct role *role, const struct region *region)
{
	const struct cell	*c = cell_of(r, role, region);

	return c != NULL ? c->official : NULL;
}

int
refdata_level(const struct refdata *r, const struct role *role, int years, struct est_level *out)
{
	const struct snapshot	*s = snap(r);
	const struct est_level	*l = s->roles[role - r->roles].level;
	const struct est_exp	*x = NULL;
	size_t			 i;

	if (r->fit == NULL || l == NULL || s->nexp == 0)
		return -1;
	for (i = 0; i < s->nexp && s->exp[i].years <= years; i++)
		x = &s->exp[i];
	if (x == NULL)
		x = &s->exp[0];
	*out = *l;
	out->exp = x->coef;
	out->exp_low = x->low;
	out->exp_high = x->high;
	return 0;
}

const struct price_parity *
refdata_parity(const struct refdata *r, const struct region *region)
{
	size_t	 gi = (size_t)(region - r->regions);

	return gi < r->nregions ? snap(r)->parity[gi] : NULL;
}
