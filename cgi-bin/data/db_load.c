/* The bulk loads of the reference snapshot: one statement per kind of row, parsed into arrays (refdata.c). */
#include "config.h"

#include <math.h>
#include <string.h>

#include <libpq-fe.h>

#include "data/db.h"
#include "data/db_int.h"
#include "lib/util.h"

/*
 * Row parsers of the bulk loads: row i of res, its values from column c on (the keys before it),
 * into *out.  Strings go to the arena.
 */
static void
parse_figure(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct figure	*f = out;

	f->rank = (int)db_num(res, i, c + 0);
	f->publisher = db_str(a, res, i, c + 1);
	f->source_title = db_str(a, res, i, c + 2);
	f->source_url = db_str(a, res, i, c + 3);
	f->license = db_str(a, res, i, c + 4);
	f->vintage = db_str(a, res, i, c + 5);
	f->mean = db_num(res, i, c + 6);
	f->median = db_num(res, i, c + 7);
	f->p10 = db_num(res, i, c + 8);
	f->p25 = db_num(res, i, c + 9);
	f->p75 = db_num(res, i, c + 10);
	f->p90 = db_num(res, i, c + 11);
	f->employment = db_num(res, i, c + 12);
	f->location_quotient = db_dbl(res, i, c + 13);
	f->jobs_per_1000 = db_dbl(res, i, c + 14);
	f->data_points = db_num(res, i, c + 15);
	f->projection = db_num(res, i, c + 16);
	f->projection_method = db_str(a, res, i, c + 17);
	f->derivation = db_str(a, res, i, c + 18);
	f->occupation_title = db_str(a, res, i, c + 19);
	f->soc_code = db_str(a, res, i, c + 20);
	f->emp_publisher = db_str(a, res, i, c + 21);
	f->emp_source_title = db_str(a, res, i, c + 22);
	f->emp_vintage = db_str(a, res, i, c + 23);
	f->emp_citation = db_str(a, res, i, c + 24);
	f->topcoded = db_str(a, res, i, c + 25);
	f->topcoded_at_least = db_num(res, i, c + 26);
	f->caution = db_str(a, res, i, c + 27);
}

static void
parse_premium(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_premium	*e = out;

	e->kind = db_str(a, res, i, c + 0);
	e->slug = db_str(a, res, i, c + 1);
	e->name = db_str(a, res, i, c + 2);
	e->point_pct = db_dbl(res, i, c + 3);
	e->low_pct = db_dbl(res, i, c + 4);
	e->high_pct = db_dbl(res, i, c + 5);
	e->n = db_num(res, i, c + 6);
	e->clear = db_boolean(res, i, c + 7);
	e->basis = db_str(a, res, i, c + 8);
	e->publisher = db_str(a, res, i, c + 9);
	e->vintage = db_str(a, res, i, c + 10);
	e->top_decile_with_slug = db_str(a, res, i, c + 11);
	e->top_decile_with_name = db_str(a, res, i, c + 12);
	e->learnable = db_boolean(res, i, c + 13);
	e->published = strcmp(PQgetvalue(res, i, c + 14), "published") == 0;
	e->used = db_boolean(res, i, c + 15);
	e->category = db_str(a, res, i, c + 16);
	e->suggest = db_boolean(res, i, c + 17);
}

static void
parse_narrative(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct narrative_row	*nr = out;

	nr->section = db_str(a, res, i, c + 0);
	nr->position = (int)db_num(res, i, c + 1);
	nr->body = db_str(a, res, i, c + 2);
}

static void
parse_skill_share(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct skill_share	*s = out;

	s->slug = db_str(a, res, i, c + 0);
	s->name = db_str(a, res, i, c + 1);
	s->category = db_str(a, res, i, c + 2);
	s->share_pct = db_dbl(res, i, c + 3);
	s->n = db_num(res, i, c + 4);
}

static void
parse_role_skill(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct skill	*k = out;

	k->slug = db_str(a, res, i, c + 0);
	k->name = db_str(a, res, i, c + 1);
	k->category = db_str(a, res, i, c + 2);
	k->share_pct = db_dbl(res, i, c + 3);
	k->rank = (int)db_num(res, i, c + 4);
}

static void
parse_base(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_base	*b = out;

	b->region_slug = db_str(a, res, i, c + 0);
	b->region_name = db_str(a, res, i, c + 1);
	b->fallback = db_boolean(res, i, c + 2);
	b->mean = db_num(res, i, c + 3);
	b->median = db_num(res, i, c + 4);
	b->p10 = db_num(res, i, c + 5);
	b->p25 = db_num(res, i, c + 6);
	b->p75 = db_num(res, i, c + 7);
	b->p90 = db_num(res, i, c + 8);
	b->projection = db_num(res, i, c + 9);
	b->shape_note = db_str(a, res, i, c + 10);
	b->publisher = db_str(a, res, i, c + 11);
	b->vintage = db_str(a, res, i, c + 12);
	b->source_title = db_str(a, res, i, c + 13);
	b->derivation = db_str(a, res, i, c + 14);
	b->projection_pct = db_dbl(res, i, c + 15);
	b->projection_method = db_str(a, res, i, c + 16);
	b->occupation_title = db_str(a, res, i, c + 17);
	b->soc_code = db_str(a, res, i, c + 18);
}

static void
parse_official(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct official	*o = out;

	o->bls_region_name = db_str(a, res, i, c + 0);
	o->soc_code = db_str(a, res, i, c + 1);
	o->occupation_title = db_str(a, res, i, c + 2);
	o->bls_vintage = db_str(a, res, i, c + 3);
	o->bls_mean = db_num(res, i, c + 4);
	o->bls_median = db_num(res, i, c + 5);
	o->survey_dev_type = db_str(a, res, i, c + 6);
	o->survey_n = db_num(res, i, c + 7);
	o->survey_p25 = db_num(res, i, c + 8);
	o->survey_median = db_num(res, i, c + 9);
	o->survey_p75 = db_num(res, i, c + 10);
}

static void
parse_level(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_level	*l = out;

	l->anchor_soc_code = db_str(a, res, i, c + 0);
	l->anchor_title = db_str(a, res, i, c + 1);
	l->dev_type = db_str(a, res, i, c + 2);
	l->has_level = !PQgetisnull(res, i, c + 3);
	l->level = l->has_level ? db_dbl(res, i, c + 3) : 0;
	l->level_low = l->has_level ? db_dbl(res, i, c + 4) : 0;
	l->level_high = l->has_level ? db_dbl(res, i, c + 5) : 0;
	l->level_n = db_num(res, i, c + 6);
	l->ref_years = db_dbl(res, i, c + 7);
}

static void
parse_experience(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_exp	*x = out;

	(void)a;
	x->years = (int)db_num(res, i, c + 0);
	x->coef = db_dbl(res, i, c + 1);
	x->low = db_dbl(res, i, c + 2);
	x->high = db_dbl(res, i, c + 3);
	x->n = db_num(res, i, c + 4);
}

static void
parse_fit(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct model_fit	*m = out;

	m->fitted_on = db_str(a, res, i, c + 0);
	m->vintage = db_str(a, res, i, c + 1);
	m->publisher = db_str(a, res, i, c + 2);
	m->sample = db_str(a, res, i, c + 3);
	m->n = db_num(res, i, c + 4);
	m->columns = db_num(res, i, c + 5);
	m->lambda = db_dbl(res, i, c + 6);
	m->folds = db_num(res, i, c + 7);
	m->boot = db_num(res, i, c + 8);
	m->mae = db_dbl(res, i, c + 9);
	m->mae_baseline = db_dbl(res, i, c + 10);
	m->coverage50 = db_dbl(res, i, c + 11);
	m->coverage80 = db_dbl(res, i, c + 12);
	m->q10 = db_dbl(res, i, c + 13);
	m->q25 = db_dbl(res, i, c + 14);
	m->q75 = db_dbl(res, i, c + 15);
	m->q90 = db_dbl(res, i, c + 16);
	m->ref_years = db_dbl(res, i, c + 17);
}

static void
parse_parity(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct price_parity	*pp = out;

	pp->rpp = db_dbl(res, i, c + 0);
	pp->year = db_str(a, res, i, c + 1);
	pp->publisher = db_str(a, res, i, c + 2);
	pp->area_name = db_str(a, res, i, c + 3);
}

void
parse_crowd(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct crowd	*o = out;

	(void)a;
	o->n = db_num(res, i, c + 0);
	o->published_points = db_num(res, i, c + 1);
	o->median = db_num(res, i, c + 2);
	o->p25 = db_num(res, i, c + 3);
	o->p75 = db_num(res, i, c + 4);
	o->p10 = db_num(res, i, c + 5);
	o->p90 = db_num(res, i, c + 6);
	o->median_rounded_to = db_num(res, i, c + 7);
	o->median_from = db_num(res, i, c + 8);
	o->quartiles_from = db_num(res, i, c + 9);
}

typedef void (*row_parser)(struct arena *, const PGresult *, int, int, void *);

static const struct {
	size_t		 size;
	row_parser	 parse;
} bulk[DBB__MAX] = {
	{ sizeof(struct figure), parse_figure },		/* DBB_FIGURES */
	{ sizeof(struct est_premium), parse_premium },		/* DBB_FITTED_PREMIUMS */
	{ sizeof(struct est_premium), parse_premium },		/* DBB_PUBLISHED_PREMIUMS */
	{ sizeof(struct narrative_row), parse_narrative },	/* DBB_NARRATIVES */
	{ sizeof(struct skill_share), parse_skill_share },	/* DBB_REQUIRED_SKILLS */
	{ sizeof(struct skill), parse_role_skill },		/* DBB_ROLE_SKILLS */
	{ sizeof(struct est_base), parse_base },		/* DBB_BASES */
	{ sizeof(struct official), parse_official },		/* DBB_OFFICIAL */
	{ sizeof(struct est_level), parse_level },		/* DBB_LEVELS */
	{ sizeof(struct est_exp), parse_experience },		/* DBB_EXPERIENCE */
	{ sizeof(struct model_fit), parse_fit },		/* DBB_FIT */
	{ sizeof(struct price_parity), parse_parity },		/* DBB_PARITIES */
	{ sizeof(struct crowd), parse_crowd },			/* DBB_CROWD */
	{ sizeof(struct crowd), parse_crowd },			/* DBB_CROWD_EMPTY */
};

enum db_status
db_load(struct db *db, struct arena *a, enum db_bulk kind, struct db_rows *out)
{
	enum db_status	 st;
	PGresult	*res = db_run(db, (enum stmt)(ST_LOAD_FIRST + kind), NULL, &st);
	int		 i, rows;
	char		*p;

	memset(out, 0, sizeof(*out));
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	out->n = (size_t)rows;
	out->role = arena_calloc(a, (size_t)rows + 1, sizeof(*out->role));
	out->region = arena_calloc(a, (size_t)rows + 1, sizeof(*out->region));
	out->rows = p = arena_calloc(a, (size_t)rows + 1, bulk[kind].size);
	for (i = 0; i < rows; i++, p += bulk[kind].size) {
		out->role[i] = db_str(a, res, i, 0);
		out->region[i] = db_str(a, res, i, 1);
		bulk[kind].parse(a, res, i, 2, p);
	}
	PQclear(res);
	return DB_OK;
}
