/*
 * payband-admin fit, its data: the sample (U.S. respondents employed full-time with an answer for years of
 * professional coding), the columns (an experience spline, every developer type, every skill with at least
 * MIN_SKILL_USERS users, and as controls organization size, industry and remote work) and the sparse design.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "admin/fit_data.h"
#include "admin/sql.h"
#include "lib/util.h"

/* A skill needs this many users in the sample to get a column (fewer: "not enough data"). */
#define MIN_SKILL_USERS	30
/* Experience knots, years of professional coding; flat after the last. */
static const double knots[NKNOTS] = { 0, 1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 40 };
/* Experience bands of the validation baseline (role × band medians). */
static const double band_upper[] = { 2, 5, 10, 20, 1e9 };
#define NBANDS		5

const char *const ctl_kind[CTL__MAX] = { "org_size", "industry", "remote_work" };

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

void
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

void
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

int
sample_read(PGconn *conn, struct sample *s)
{
	PGresult	*res;
	size_t		 i, j;

	memset(s, 0, sizeof(*s));
	res = PQexec(conn, SQL_FIT_SAMPLE);
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

void
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

void
layout_free(struct layout *l)
{
	free(l->skill_col);
	free(l->skill_users);
}

void
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

void
design_free(struct design_mem *m)
{
	free(m->rowstart);
	free(m->col);
	free(m->val);
	free(m->cell);
	free(m->control);
}

/* The reference developer types' median experience, and their mix (share of each type). */
double
reference(PGconn *conn, const struct sample *s, double *share)
{
	PGresult	*res = PQexec(conn, SQL_FIT_REFERENCE_TYPES);
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
