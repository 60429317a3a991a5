/*
 * payband-admin fit: fit the pay model on the survey microdata in the database and store it.
 *
 * Sample: U.S. respondents employed full-time with an answer for years of professional coding.
 * Columns: an experience spline (linear between knots), every developer type, every skill with at
 * least MIN_SKILL_USERS users, and as controls (held at their mean when estimating: people are not
 * asked for them) organization size, industry and remote work.  fit.c does the arithmetic; this file
 * reads the data, builds the design, names the columns and stores the terms people see.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "admin/admin.h"
#include "core/fit.h"
#include "lib/num.h"
#include "lib/util.h"

/* A skill needs this many users in the sample to get a column (fewer: "not enough data"). */
#define MIN_SKILL_USERS	30
/* Experience knots, years of professional coding; flat after the last. */
static const double knots[] = { 0, 1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 40 };
#define NSEG		(sizeof(knots) / sizeof(knots[0]) - 1)
/* Years stored for the web program's lookup (the form accepts up to MAX_YEARS; beyond the last knot it is flat). */
#define MAX_STORED_YEARS 60
/* Experience bands of the validation baseline (role × band medians). */
static const double band_upper[] = { 2, 5, 10, 20, 1e9 };
#define NBANDS		5
/* Candidate penalties: per unit of a standardized column. */
static const double lambdas[] = { 0.001, 0.003, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 3 };

enum ctl { CTL_ORG, CTL_INDUSTRY, CTL_REMOTE, CTL__MAX };
static const char *const ctl_kind[CTL__MAX] = { "org_size", "industry", "remote_work" };

/* A list of distinct strings; index = column offset within its group. */
struct names {
	char	**v;
	size_t	 *count;
	size_t	  n;
};

static size_t
names_index(struct names *l, const char *s)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0) {
			l->count[i]++;
			return i;
		}
	l->v = xreallocarray(l->v, l->n + 1, sizeof(*l->v));
	l->count = xreallocarray(l->count, l->n + 1, sizeof(*l->count));
	l->v[l->n] = xstrdup(s);
	l->count[l->n] = 1;
	return l->n++;
}

static void
names_free(struct names *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	free(l->count);
}

static void
spline(double years, double *h)
{
	size_t	 k;

	for (k = 0; k < NSEG; k++) {
		double	 t = years - knots[k], w = knots[k + 1] - knots[k];

		h[k] = t <= 0 ? 0 : t >= w ? w : t;
	}
}

static int
band_of(double years)
{
	int	 b;

	for (b = 0; b < NBANDS - 1 && years > band_upper[b]; b++)
		;
	return b;
}

static int
cmp_double(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Everything read from the database, and the design built from it. */
struct sample {
	size_t		 n;
	double		*y, *years;
	int		*dt;		/* developer type index */
	int		*ctl[CTL__MAX];
	int		**skills;	/* skill ids per row, -1-terminated */
	struct names	 dev_types, levels[CTL__MAX];
	/* skills: database id -> column, users */
	int		*skill_ids;
	size_t		 nskill_ids;
};

static void
sample_free(struct sample *s)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		free(s->skills[i]);
	free(s->skills);
	free(s->y);
	free(s->years);
	free(s->dt);
	for (i = 0; i < CTL__MAX; i++) {
		free(s->ctl[i]);
		names_free(&s->levels[i]);
	}
	names_free(&s->dev_types);
	free(s->skill_ids);
}

static const char *const sample_sql =
    "select r.years_code_pro::float8, coalesce(r.dev_type, '(no answer)'), coalesce(r.org_size, '(no answer)'),"
    " coalesce(r.industry, '(no answer)'), coalesce(r.remote_work, '(no answer)'), r.annual_comp_usd,"
    " coalesce(string_agg(k.skill_id::text, ',' order by k.skill_id), '')"
    " from survey_respondents r left join survey_respondent_skills k using (respondent_id)"
    " where 'Employed, full-time' = any (string_to_array(r.employment, ';')) and r.years_code_pro is not null"
    " group by r.respondent_id order by r.respondent_id";

static int
sample_read(PGconn *conn, struct sample *s)
{
	PGresult	*res;
	size_t		 i, j;

	memset(s, 0, sizeof(*s));
	res = PQexec(conn, sample_sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		fprintf(stderr, "payband-admin: fit: reading the survey: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	s->n = (size_t)PQntuples(res);
	s->y = xcalloc(s->n, sizeof(double));
	s->years = xcalloc(s->n, sizeof(double));
	s->dt = xcalloc(s->n, sizeof(int));
	s->skills = xcalloc(s->n, sizeof(int *));
	for (j = 0; j < CTL__MAX; j++)
		s->ctl[j] = xcalloc(s->n, sizeof(int));
	for (i = 0; i < s->n; i++) {
		const char	*list = PQgetvalue(res, (int)i, 6), *p;
		size_t		 m = 0, cap = 1;

		s->years[i] = strtod(PQgetvalue(res, (int)i, 0), NULL);
		s->dt[i] = (int)names_index(&s->dev_types, PQgetvalue(res, (int)i, 1));
		for (j = 0; j < CTL__MAX; j++)
			s->ctl[j][i] = (int)names_index(&s->levels[j], PQgetvalue(res, (int)i, 2 + (int)j));
		s->y[i] = log(strtod(PQgetvalue(res, (int)i, 5), NULL));
		for (p = list; *p != '\0'; p++)
			cap += *p == ',';
		s->skills[i] = xcalloc(cap + 1, sizeof(int));
		for (p = list; *p != '\0'; ) {
			char	*end;

			s->skills[i][m++] = (int)strtol(p, &end, 10);
			p = *end == ',' ? end + 1 : end;
		}
		s->skills[i][m] = -1;
	}
	PQclear(res);
	return 0;
}

/* Column layout. */
struct layout {
	size_t	 seg0, dt0, sk0, ctl0[CTL__MAX], p;
	int	*skill_col;	/* by database skill id: column, or -1 */
	int	 max_skill_id;
	size_t	*skill_users;	/* by database skill id */
};

static void
layout_build(const struct sample *s, struct layout *l)
{
	size_t	 i, j, c;
	int	 id;

	memset(l, 0, sizeof(*l));
	l->max_skill_id = 0;
	for (i = 0; i < s->n; i++)
		for (j = 0; (id = s->skills[i][j]) >= 0; j++)
			if (id > l->max_skill_id)
				l->max_skill_id = id;
	l->skill_col = xcalloc((size_t)l->max_skill_id + 1, sizeof(int));
	l->skill_users = xcalloc((size_t)l->max_skill_id + 1, sizeof(size_t));
	for (i = 0; i < s->n; i++)
		for (j = 0; (id = s->skills[i][j]) >= 0; j++)
			l->skill_users[id]++;
	l->seg0 = 0;
	l->dt0 = NSEG;
	l->sk0 = l->dt0 + s->dev_types.n;
	c = l->sk0;
	for (id = 0; id <= l->max_skill_id; id++)
		l->skill_col[id] = l->skill_users[id] >= MIN_SKILL_USERS ? (int)c++ : -1;
	for (j = 0; j < CTL__MAX; j++) {
		l->ctl0[j] = c;
		c += s->levels[j].n;
	}
	l->p = c;
}

static void
layout_free(struct layout *l)
{
	free(l->skill_col);
	free(l->skill_users);
}

/* The sparse design and the baseline cells. */
struct design_mem {
	size_t		*rowstart;
	unsigned	*col;
	double		*val;
	int		*cell;
	unsigned char	*control;
};

static void
design_build(const struct sample *s, const struct layout *l, struct fit_design *d, struct design_mem *m)
{
	size_t	 i, j, k, nnz = 0, cap = 0;
	double	 h[NSEG];
	int	 id;

	for (i = 0; i < s->n; i++) {
		for (j = 0; s->skills[i][j] >= 0; j++)
			;
		cap += NSEG + 1 + j + CTL__MAX;
	}
	m->rowstart = xcalloc(s->n + 1, sizeof(size_t));
	m->col = xcalloc(cap, sizeof(unsigned));
	m->val = xcalloc(cap, sizeof(double));
	m->cell = xcalloc(s->n, sizeof(int));
	m->control = xcalloc(l->p, 1);
	for (j = 0; j < CTL__MAX; j++)
		for (k = 0; k < s->levels[j].n; k++)
			m->control[l->ctl0[j] + k] = 1;
	for (i = 0; i < s->n; i++) {
		m->rowstart[i] = nnz;
		spline(s->years[i], h);
		for (k = 0; k < NSEG; k++)
			if (h[k] != 0) {
				m->col[nnz] = (unsigned)(l->seg0 + k);
				m->val[nnz++] = h[k];
			}
		m->col[nnz] = (unsigned)(l->dt0 + (size_t)s->dt[i]);
		m->val[nnz++] = 1;
		for (j = 0; (id = s->skills[i][j]) >= 0; j++)
			if (l->skill_col[id] >= 0) {
				m->col[nnz] = (unsigned)l->skill_col[id];
				m->val[nnz++] = 1;
			}
		for (j = 0; j < CTL__MAX; j++) {
			m->col[nnz] = (unsigned)(l->ctl0[j] + (size_t)s->ctl[j][i]);
			m->val[nnz++] = 1;
		}
		m->cell[i] = s->dt[i] * NBANDS + band_of(s->years[i]);
	}
	m->rowstart[s->n] = nnz;
	d->n = s->n;
	d->p = l->p;
	d->y = s->y;
	d->rowstart = m->rowstart;
	d->col = m->col;
	d->val = m->val;
	d->cell = m->cell;
	d->ncells = s->dev_types.n * NBANDS;
	d->control = m->control;
}

static void
design_free(struct design_mem *m)
{
	free(m->rowstart);
	free(m->col);
	free(m->val);
	free(m->cell);
	free(m->control);
}

/* Storing: one statement, run once per term. */
static int
put_term(PGconn *conn, const char *fit_id, const char *kind, const char *key, const char *role_slug,
    int skill_id, double coef, double lo, double hi, size_t n)
{
	char		 c[40], l[40], h[40], nn[24], sid[24];
	const char	*vals[9];
	PGresult	*res;
	int		 ok;

	snprintf(c, sizeof(c), "%.17g", coef);
	snprintf(l, sizeof(l), "%.17g", lo < hi ? lo : hi);
	snprintf(h, sizeof(h), "%.17g", lo < hi ? hi : lo);
	snprintf(nn, sizeof(nn), "%zu", n);
	snprintf(sid, sizeof(sid), "%d", skill_id);
	vals[0] = fit_id;
	vals[1] = kind;
	vals[2] = key;
	vals[3] = role_slug;
	vals[4] = skill_id >= 0 ? sid : NULL;
	vals[5] = c;
	vals[6] = l;
	vals[7] = h;
	vals[8] = nn;
	res = PQexecParams(conn,
	    "insert into model_terms (fit_id, kind, key, role_id, skill_id, coef, low, high, n)"
	    " values ($1, $2, $3, (select id from roles where slug = $4), $5, $6, $7, $8, $9)",
	    9, NULL, vals, NULL, NULL, 0);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok)
		fprintf(stderr, "payband-admin: fit: storing %s %s: %s", kind, key, PQerrorMessage(conn));
	PQclear(res);
	return ok ? 0 : -1;
}

static int
exec_ok(PGconn *conn, const char *sql)
{
	PGresult	*res = PQexec(conn, sql);
	int		 ok = PQresultStatus(res) == PGRES_COMMAND_OK;

	if (!ok)
		fprintf(stderr, "payband-admin: fit: %s: %s", sql, PQerrorMessage(conn));
	PQclear(res);
	return ok ? 0 : -1;
}

/* The reference developer types' median experience, and their mix (share of each type). */
static double
reference(PGconn *conn, const struct sample *s, double *share)
{
	PGresult	*res = PQexec(conn, "select dev_type from level_reference_dev_types");
	size_t		 i, j, m = 0, total = 0;
	double		*yrs, med;
	unsigned char	*is_ref = xcalloc(s->dev_types.n + 1, 1);

	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		for (i = 0; i < (size_t)PQntuples(res); i++)
			for (j = 0; j < s->dev_types.n; j++)
				if (strcmp(s->dev_types.v[j], PQgetvalue(res, (int)i, 0)) == 0)
					is_ref[j] = 1;
	PQclear(res);
	yrs = xcalloc(s->n + 1, sizeof(double));
	for (i = 0; i < s->n; i++)
		if (is_ref[s->dt[i]])
			yrs[m++] = s->years[i];
	for (j = 0; j < s->dev_types.n; j++)
		if (is_ref[j])
			total += s->dev_types.count[j];
	for (j = 0; j < s->dev_types.n; j++)
		share[j] = is_ref[j] && total > 0 ? (double)s->dev_types.count[j] / (double)total : 0;
	qsort(yrs, m, sizeof(double), cmp_double);
	med = m == 0 ? 0 : m % 2 ? yrs[m / 2] : (yrs[m / 2 - 1] + yrs[m / 2]) / 2;
	free(yrs);
	free(is_ref);
	return med;
}

static int
store(PGconn *conn, const struct sample *s, const struct layout *l, const struct fit_result *r,
    const struct fit_options *o, double ref_years, const double *ref_share)
{
	PGresult	*res;
	char		 buf[16][40], fit_id[24], key[32];
	const char	*vals[16];
	unsigned	*idx = xcalloc(l->p + 2 * NSEG + 2, sizeof(unsigned));
	double		*w = xcalloc(l->p + 2 * NSEG + 2, sizeof(double)), h[NSEG], href[NSEG], pt, lo, hi;
	size_t		 i, j, k, nyears;
	int		 rc = -1, id, react = -1, nextjs = -1;

	if (exec_ok(conn, "begin") == -1)
		goto out;
	snprintf(buf[0], sizeof(buf[0]), "%zu", s->n);
	snprintf(buf[1], sizeof(buf[1]), "%zu", l->p);
	snprintf(buf[2], sizeof(buf[2]), "%.17g", r->lambda);
	snprintf(buf[3], sizeof(buf[3]), "%zu", o->folds);
	snprintf(buf[4], sizeof(buf[4]), "%zu", o->nboot);
	snprintf(buf[5], sizeof(buf[5]), "%lu", o->seed);
	snprintf(buf[6], sizeof(buf[6]), "%.17g", r->mae);
	snprintf(buf[7], sizeof(buf[7]), "%.17g", r->mae_baseline);
	snprintf(buf[8], sizeof(buf[8]), "%.17g", r->coverage50);
	snprintf(buf[9], sizeof(buf[9]), "%.17g", r->coverage80);
	snprintf(buf[10], sizeof(buf[10]), "%.17g", r->q10);
	snprintf(buf[11], sizeof(buf[11]), "%.17g", r->q25);
	snprintf(buf[12], sizeof(buf[12]), "%.17g", r->q75);
	snprintf(buf[13], sizeof(buf[13]), "%.17g", r->q90);
	snprintf(buf[14], sizeof(buf[14]), "%.1f", ref_years);
	for (i = 0; i < 15; i++)
		vals[i] = buf[i];
	res = PQexecParams(conn,
	    "insert into model_fits (source_id, sample, n, columns, lambda, folds, boot, seed, mae_log,"
	    " mae_log_baseline, coverage50, coverage80, resid_q10, resid_q25, resid_q75, resid_q90, ref_years)"
	    " select id, 'U.S. respondents employed full-time who gave their years of professional coding',"
	    " $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15"
	    " from sources where slug = 'so-survey-2023' returning id",
	    15, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		fprintf(stderr, "payband-admin: fit: storing the fit: %s", PQerrorMessage(conn));
		PQclear(res);
		goto rollback;
	}
	snprintf(fit_id, sizeof(fit_id), "%s", PQgetvalue(res, 0, 0));
	PQclear(res);

	/* experience: effect of each whole year against the reference experience */
	spline(ref_years, href);
	for (nyears = 0; nyears <= MAX_STORED_YEARS; nyears++) {
		size_t	 n = 0;

		spline((double)nyears, h);
		for (k = 0; k < NSEG; k++) {
			idx[k] = (unsigned)(l->seg0 + k);
			w[k] = h[k] - href[k];
		}
		pt = fit_combination(r, idx, w, NSEG, &lo, &hi);
		for (i = 0; i < s->n; i++)
			n += s->years[i] >= (double)nyears && s->years[i] < (double)nyears + 1;
		snprintf(key, sizeof(key), "%zu", nyears);
		if (put_term(conn, fit_id, "experience", key, NULL, -1, pt, lo, hi, n) == -1)
			goto rollback;
	}

	/* developer types against the reference mix: every type, and each developer role */
	for (j = 0; j < s->dev_types.n; j++) {
		size_t	 m = 0;

		idx[m] = (unsigned)(l->dt0 + j);
		w[m++] = 1;
		for (k = 0; k < s->dev_types.n; k++)
			if (ref_share[k] > 0) {
				idx[m] = (unsigned)(l->dt0 + k);
				w[m++] = -ref_share[k];
			}
		pt = fit_combination(r, idx, w, m, &lo, &hi);
		if (put_term(conn, fit_id, "dev_type", s->dev_types.v[j], NULL, -1, pt, lo, hi,
		    s->dev_types.count[j]) == -1)
			goto rollback;
		res = PQexecParams(conn, "select slug from roles where kind = 'developer' and survey_dev_type = $1",
		    1, NULL, (const char *const *)&s->dev_types.v[j], NULL, NULL, 0);
		if (PQresultStatus(res) == PGRES_TUPLES_OK)
			for (i = 0; i < (size_t)PQntuples(res); i++)
				if (put_term(conn, fit_id, "role", PQgetvalue(res, (int)i, 0), PQgetvalue(res, (int)i, 0),
				    -1, pt, lo, hi, s->dev_types.count[j]) == -1) {
					PQclear(res);
					goto rollback;
				}
		PQclear(res);
	}

	/* skills: users against comparable non-users */
	res = PQexec(conn, "select id, slug from skills where slug in ('react', 'nextjs')");
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		for (i = 0; i < (size_t)PQntuples(res); i++) {
			int sid = atoi(PQgetvalue(res, (int)i, 0));

			if (strcmp(PQgetvalue(res, (int)i, 1), "react") == 0)
				react = sid;
			else
				nextjs = sid;
		}
	PQclear(res);
	for (id = 0; id <= l->max_skill_id; id++) {
		if (l->skill_col[id] < 0)
			continue;
		idx[0] = (unsigned)l->skill_col[id];
		w[0] = 1;
		pt = fit_combination(r, idx, w, 1, &lo, &hi);
		snprintf(key, sizeof(key), "%d", id);
		if (put_term(conn, fit_id, "skill", key, NULL, id, pt, lo, hi, l->skill_users[id]) == -1)
			goto rollback;
	}
	/* React/Next.js (the reference report's combined skill): users of both against users of neither */
	if (react >= 0 && nextjs >= 0 && react <= l->max_skill_id && nextjs <= l->max_skill_id &&
	    l->skill_col[react] >= 0 && l->skill_col[nextjs] >= 0) {
		size_t	 both = 0;

		for (i = 0; i < s->n; i++) {
			int	 a = 0, b = 0;

			for (j = 0; (id = s->skills[i][j]) >= 0; j++) {
				a |= id == react;
				b |= id == nextjs;
			}
			both += a && b;
		}
		idx[0] = (unsigned)l->skill_col[react];
		idx[1] = (unsigned)l->skill_col[nextjs];
		w[0] = w[1] = 1;
		pt = fit_combination(r, idx, w, 2, &lo, &hi);
		res = PQexec(conn, "select id from skills where slug = 'react-nextjs'");
		if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1) {
			int	 sid = atoi(PQgetvalue(res, 0, 0));

			snprintf(key, sizeof(key), "%d", sid);
			if (put_term(conn, fit_id, "skill", key, NULL, sid, pt, lo, hi, both) == -1) {
				PQclear(res);
				goto rollback;
			}
		}
		PQclear(res);
	}

	/* controls, for the record (held at their mean in every estimate) */
	for (j = 0; j < CTL__MAX; j++)
		for (k = 0; k < s->levels[j].n; k++) {
			idx[0] = (unsigned)(l->ctl0[j] + k);
			w[0] = 1;
			pt = fit_combination(r, idx, w, 1, &lo, &hi);
			if (put_term(conn, fit_id, ctl_kind[j], s->levels[j].v[k], NULL, -1, pt, lo, hi,
			    s->levels[j].count[k]) == -1)
				goto rollback;
		}
	/* running payband processes load the new model at commit */
	if (exec_ok(conn, "NOTIFY payband_reload") == -1 || exec_ok(conn, "commit") == -1)
		goto out;
	printf("stored as fit %s\n", fit_id);
	rc = 0;
	goto out;
rollback:
	exec_ok(conn, "rollback");
out:
	free(idx);
	free(w);
	return rc;
}

int
cmd_fit(PGconn *conn, int argc, char **argv)
{
	struct sample		 s;
	struct layout		 l;
	struct design_mem	 m;
	struct fit_design	 d;
	struct fit_options	 o;
	struct fit_result	 r;
	double			*ref_share, ref_years;
	int			 i, rc = 1;

	memset(&o, 0, sizeof(o));
	o.folds = 5;
	o.nboot = 200;
	o.seed = 2023;
	o.lambdas = lambdas;
	o.nlambdas = sizeof(lambdas) / sizeof(lambdas[0]);
	for (i = 0; i < argc; i++) {
		unsigned long long v;

		if (i + 1 >= argc) {
			fprintf(stderr, "payband-admin: fit: %s needs a value\n", argv[i]);
			return 2;
		}
		if (num_parse(argv[i + 1], 10, 0, 100000, &v) != NUM_OK) {
			fprintf(stderr, "payband-admin: fit: %s: not a number\n", argv[i]);
			return 2;
		}
		if (strcmp(argv[i], "--folds") == 0 && v >= 2 && v <= 20)
			o.folds = v;
		else if (strcmp(argv[i], "--boot") == 0 && v >= 20 && v <= 10000)
			o.nboot = v;
		else if (strcmp(argv[i], "--seed") == 0)
			o.seed = v;
		else {
			fprintf(stderr, "payband-admin: fit: unknown option or value out of range: %s %s\n",
			    argv[i], argv[i + 1]);
			return 2;
		}
		i++;
	}

	if (sample_read(conn, &s) == -1)
		return 1;
	if (s.n == 0) {
		fprintf(stderr, "payband-admin: fit: no survey respondents in the database\n");
		sample_free(&s);
		return 1;
	}
	layout_build(&s, &l);
	design_build(&s, &l, &d, &m);
	ref_share = xcalloc(s.dev_types.n + 1, sizeof(double));
	ref_years = reference(conn, &s, ref_share);
	printf("fitting log pay of %zu respondents on %zu columns (%zu-fold, %zu resamples, seed %lu)\n",
	    s.n, l.p, o.folds, o.nboot, o.seed);
	fflush(stdout);
	if (fit_run(&d, &o, &r) == -1) {
		fprintf(stderr, "payband-admin: fit: the fit failed (singular system or bad input)\n");
		goto out;
	}
	printf("penalty %g; held-out median absolute error of log pay %.4f (baseline, role x experience: %.4f);"
	    " middle-half range holds %.1f %% of held-out people, 80 %% range %.1f %%\n",
	    r.lambda, r.mae, r.mae_baseline, 100 * r.coverage50, 100 * r.coverage80);
	if (store(conn, &s, &l, &r, &o, ref_years, ref_share) == 0)
		rc = 0;
	fit_result_free(&r);
out:
	free(ref_share);
	design_free(&m);
	layout_free(&l);
	sample_free(&s);
	return rc;
}
