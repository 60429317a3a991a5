/* The estimate request: reading and checking the form, running the model on database figures. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "http/bounds.h"
#include "core/rules.h"
#include "data/db.h"
#include "web/estimate.h"
#include "core/model.h"
#include "http/params.h"
#include "data/refdata.h"
#include "web/pages.h"
#include "lib/util.h"

const struct pspec estimate_spec[EF__MAX] = {
	{ "role",	PT_SLUG, PF_REQUIRED,	0, 0,		0 },		/* EF_ROLE */
	{ "region",	PT_SLUG, PF_REQUIRED,	0, 0,		0 },		/* EF_REGION */
	{ "years",	PT_UINT, PF_REQUIRED,	0, MAX_YEARS,	0 },		/* EF_YEARS */
	{ "skill",	PT_SLUG, PF_MULTI,	0, 0,		MAX_SKILLS },	/* EF_SKILL */
	{ "cert",	PT_SLUG, PF_MULTI,	0, 0,		MAX_CERTS },	/* EF_CERT */
	{ "form",	PT_SLUG, 0,		0, 0,		0 },		/* EF_FORM */
};

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Keep the known values of a multi-valued field, sorted and without repeats. */
static const char **
known_set(struct req *r, struct pfield *f, int (*known)(const struct estimate_form *, const char *),
    const struct estimate_form *form, size_t *nout)
{
	const char	**out = arena_calloc(&r->arena, f->n + 1, sizeof(*out));
	size_t		 i, n = 0;

	for (i = 0; i < f->n; i++) {
		if (!known(form, f->vals[i])) {
			field_unknown(&r->arena, f, f->vals[i]);
			continue;
		}
		out[n++] = f->vals[i];
	}
	qsort(out, n, sizeof(*out), cmp_str);
	for (i = 1; i < n; )
		if (strcmp(out[i], out[i - 1]) == 0) {
			memmove(&out[i], &out[i + 1], (n - i - 1) * sizeof(*out));
			n--;
		} else
			i++;
	*nout = n;
	return out;
}

static int
skill_known(const struct estimate_form *form, const char *slug)
{
	return refdata_skill(form->ref, slug) != NULL;
}

static int
cert_known(const struct estimate_form *form, const char *slug)
{
	return refdata_cert(form->ref, slug) != NULL;
}

enum db_status
estimate_read(struct req *r, struct estimate_form *form)
{
	enum db_status	 st;
	size_t		 i;
	struct pfield	*f = form->f;
	const struct refdata *ref;

	memset(form, 0, sizeof(*form));
	form->years = -1;
	form->empty = params_none(r->params, r->nparams, estimate_spec, EF__MAX);
	params_validate(&r->arena, r->params, r->nparams, estimate_spec, EF__MAX, f);

	if ((st = req_ref(r, &ref)) != DB_OK)
		return st;
	form->ref = ref;

	if (f[EF_ROLE].n == 1 && (form->role = refdata_role(ref, f[EF_ROLE].vals[0])) == NULL)
		field_unknown(&r->arena, &f[EF_ROLE], f[EF_ROLE].vals[0]);
	if (f[EF_REGION].n == 1 &&
	    (form->region = refdata_region(ref, f[EF_REGION].vals[0])) == NULL)
		field_unknown(&r->arena, &f[EF_REGION], f[EF_REGION].vals[0]);
	if (f[EF_YEARS].err == FE_NONE && f[EF_YEARS].n == 1)
		form->years = (int)f[EF_YEARS].num;
	form->skill_sel = known_set(r, &f[EF_SKILL], skill_known, form, &form->nskill_sel);
	form->cert_sel = known_set(r, &f[EF_CERT], cert_known, form, &form->ncert_sel);

	form->errors = 0;
	for (i = 0; i < EF__MAX; i++)
		if (f[i].err != FE_NONE)
			form->errors++;
	return DB_OK;
}

/* The survey fit's figure (published == 0) or a published one (1) for an item; NULL when none. */
static const struct est_premium *
find_premium(const struct estimate *e, const char *kind, const char *slug, int published)
{
	size_t	 i;

	for (i = 0; i < e->nprems; i++)
		if (e->prems[i].published == published && strcmp(e->prems[i].kind, kind) == 0 &&
		    strcmp(e->prems[i].slug, slug) == 0)
			return &e->prems[i];
	return NULL;
}

static const char *
name_of(const struct estimate_form *form, enum item_kind kind, const char *slug)
{
	const struct skill	*sk;
	const struct cert	*ce;

	if (kind == ITEM_SKILL)
		return (sk = refdata_skill(form->ref, slug)) != NULL ? sk->name : slug;
	return (ce = refdata_cert(form->ref, slug)) != NULL ? ce->name : slug;
}

static double
val(long long v)
{
	return v == NUM_NONE ? 0 : (double)v;
}

enum db_status
estimate_run(struct req *r, const struct estimate_form *form, struct estimate *e)
{
	struct model_item	 items[MODEL_MAX_ITEMS];
	struct model_input	 in;
	const struct est_base	*b;
	const struct official	*o;
	size_t			 i;
	const char		*role = form->role->slug, *region = form->region->slug;

	memset(e, 0, sizeof(*e));
	/* Everything comes from the snapshot in memory: no SQL here. */
	if (form->ref->fit == NULL) {
		e->no_model = 1;	/* payband-admin fit has not run on this database */
		return DB_NOTFOUND;
	}
	e->fit = *form->ref->fit;
	if ((b = refdata_base(form->ref, form->role, form->region)) == NULL ||
	    refdata_level(form->ref, form->role, form->years, &e->level) == -1)
		return DB_NOTFOUND;
	e->base = *b;
	e->prems = refdata_premiums(form->ref, form->role, form->region, &r->arena, &e->nprems);
	crowd_get(role, region, &e->crowd);
	if ((o = refdata_official(form->ref, form->role, form->region)) != NULL)
		e->official = *o;

	e->dist.mean = val(e->base.mean);
	e->dist.p10 = val(e->base.p10);
	e->dist.p25 = val(e->base.p25);
	e->dist.p50 = val(e->base.median);
	e->dist.p75 = val(e->base.p75);
	e->dist.p90 = val(e->base.p90);

	/* Items in a fixed order (skills, then certifications, each by slug). */
	for (i = 0; i < form->nskill_sel + form->ncert_sel && e->nitems < MODEL_MAX_ITEMS; i++) {
		struct estimate_item	*it = &e->items[e->nitems];
		int			 skill = i < form->nskill_sel;
		const char		*kind = skill ? "skill" : "certification";

		it->kind = skill ? ITEM_SKILL : ITEM_CERT;
		it->slug = skill ? form->skill_sel[i] : form->cert_sel[i - form->nskill_sel];
		it->name = name_of(form, it->kind, it->slug);
		it->published = find_premium(e, kind, it->slug, 1);
		/* the survey's figure where it measures the item; a published one only where it does not */
		it->prem = find_premium(e, kind, it->slug, 0);
		if (it->prem == NULL && it->published != NULL && it->published->used)
			it->prem = it->published;
		e->nitems++;
	}
	for (i = 0; i < e->nitems; i++) {
		const struct est_premium *p = e->items[i].prem;

		memset(&items[i], 0, sizeof(items[i]));
		items[i].kind = e->items[i].kind;
		if (p == NULL || isnan(p->point_pct))
			continue;
		items[i].known = 1;
		items[i].point = p->point_pct;
		items[i].low = isnan(p->low_pct) ? p->point_pct : p->low_pct;
		items[i].high = isnan(p->high_pct) ? p->point_pct : p->high_pct;
	}
	memset(&in, 0, sizeof(in));
	in.dist = e->dist;
	in.level = e->level.level;
	in.experience = e->level.exp;
	in.items = items;
	in.nitems = e->nitems;
	in.q_low = e->fit.q25;
	in.q_high = e->fit.q75;
	in.projection_pct = e->base.projection_pct;
	if (model_estimate(&in, &e->res) == -1)
		return DB_NOTFOUND;
	return DB_OK;
}

const char *
estimate_query(struct req *r, const struct estimate_form *form)
{
	struct buf	 b;
	const char	*out;
	size_t		 i;

	if (form->canonical != NULL)
		return form->canonical;
	/* Every value here is a checked slug or number: nothing needs escaping in a URL. */
	buf_init(&b);
	buf_printf(&b, "role=%s&region=%s&years=%d", form->role->slug, form->region->slug,
	    form->years);
	for (i = 0; i < form->nskill_sel; i++)
		buf_printf(&b, "&skill=%s", form->skill_sel[i]);
	for (i = 0; i < form->ncert_sel; i++)
		buf_printf(&b, "&cert=%s", form->cert_sel[i]);
	out = arena_strdup(&r->arena, b.data);
	buf_free(&b);
	return out;
}
