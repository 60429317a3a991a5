/* payband-admin fit: storing the fit and the terms people see, in one transaction. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "admin/fit_data.h"
#include "admin/sql.h"
#include "lib/util.h"

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
	res = PQexecParams(conn, SQL_FIT_TERM, 9, NULL, vals, NULL, NULL, 0);
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

/* What every step of storing needs: the connection, the fit's id, the data, the result, scratch arrays. */
struct store_ctx {
	PGconn			*conn;
	char			 fit_id[24];
	const struct sample	*s;
	const struct layout	*l;
	const struct fit_result	*r;
	unsigned		*idx;	/* a combination of columns ... */
	double			*w;	/* ... and their weights */
};

/* The combination idx/w of m columns as a term; 0 or -1. */
static int
put_combination(struct store_ctx *x, size_t m, const char *kind, const char *key, const char *role_slug,
    int skill_id, size_t n)
{
	double	 pt, lo, hi;

	pt = fit_combination(x->r, x->idx, x->w, m, &lo, &hi);
	return put_term(x->conn, x->fit_id, kind, key, role_slug, skill_id, pt, lo, hi, n);
}

/* The model_fits row: sample, columns, penalty, validation; its id into x->fit_id.  0 or -1. */
static int
store_fit(struct store_ctx *x, const struct fit_options *o, double ref_years)
{
	const struct fit_result	*r = x->r;
	char			 buf[15][40];
	const char		*vals[15];
	PGresult		*res;
	size_t			 i;

	snprintf(buf[0], sizeof(buf[0]), "%zu", x->s->n);
	snprintf(buf[1], sizeof(buf[1]), "%zu", x->l->p);
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
	res = PQexecParams(x->conn, SQL_FIT_INSERT, 15, NULL, vals, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		fprintf(stderr, "payband-admin: fit: storing the fit: %s", PQerrorMessage(x->conn));
		PQclear(res);
		return -1;
	}
	snprintf(x->fit_id, sizeof(x->fit_id), "%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	return 0;
}

/* Experience: the effect of each whole year against the reference experience.  0 or -1. */
static int
store_experience(struct store_ctx *x, double ref_years)
{
	double	 h[NSEG], href[NSEG];
	char	 key[32];
	size_t	 i, k, nyears;

	spline(ref_years, href);
	for (nyears = 0; nyears <= MAX_STORED_YEARS; nyears++) {
		size_t	 n = 0;

		spline((double)nyears, h);
		for (k = 0; k < NSEG; k++) {
			x->idx[k] = (unsigned)(x->l->seg0 + k);
			x->w[k] = h[k] - href[k];
		}
		for (i = 0; i < x->s->n; i++)
			n += x->s->years[i] >= (double)nyears && x->s->years[i] < (double)nyears + 1;
		snprintf(key, sizeof(key), "%zu", nyears);
		if (put_combination(x, NSEG, "experience", key, NULL, -1, n) == -1)
			return -1;
	}
	return 0;
}

/* Developer types against the reference mix: every type, and each developer role of that type.  0 or -1. */
static int
store_dev_types(struct store_ctx *x, const double *ref_share)
{
	const struct sample	*s = x->s;
	PGresult		*res;
	size_t			 i, j, k;
	int			 rc = 0;

	for (j = 0; j < s->dev_types.n && rc == 0; j++) {
		size_t	 m = 0;

		x->idx[m] = (unsigned)(x->l->dt0 + j);
		x->w[m++] = 1;
		for (k = 0; k < s->dev_types.n; k++)
			if (ref_share[k] > 0) {
				x->idx[m] = (unsigned)(x->l->dt0 + k);
				x->w[m++] = -ref_share[k];
			}
		if (put_combination(x, m, "dev_type", s->dev_types.v[j], NULL, -1, s->dev_types.count[j]) == -1)
			return -1;
		res = PQexecParams(x->conn, SQL_FIT_DEV_ROLES, 1, NULL, (const char *const *)&s->dev_types.v[j],
		    NULL, NULL, 0);
		if (PQresultStatus(res) == PGRES_TUPLES_OK)
			for (i = 0; i < (size_t)PQntuples(res) && rc == 0; i++)
				rc = put_combination(x, m, "role", PQgetvalue(res, (int)i, 0), PQgetvalue(res, (int)i, 0),
				    -1, s->dev_types.count[j]);
		PQclear(res);
	}
	return rc;
}

/* The React/Next.js combined skill of the reference report: users of both against users of neither. */
static int
store_react_nextjs(struct store_ctx *x)
{
	const struct layout	*l = x->l;
	PGresult		*res;
	size_t			 i, j, both = 0;
	int			 react = -1, nextjs = -1, id, rc = 0;
	char			 key[32];

	res = PQexec(x->conn, SQL_FIT_REACT_NEXTJS);
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		for (i = 0; i < (size_t)PQntuples(res); i++) {
			int sid = atoi(PQgetvalue(res, (int)i, 0));

			if (strcmp(PQgetvalue(res, (int)i, 1), "react") == 0)
				react = sid;
			else
				nextjs = sid;
		}
	PQclear(res);
	if (react < 0 || nextjs < 0 || react > l->max_skill_id || nextjs > l->max_skill_id ||
	    l->skill_col[react] < 0 || l->skill_col[nextjs] < 0)
		return 0;
	for (i = 0; i < x->s->n; i++) {
		int	 a = 0, b = 0;

		for (j = 0; (id = x->s->skills[i][j]) >= 0; j++) {
			a |= id == react;
			b |= id == nextjs;
		}
		both += a && b;
	}
	x->idx[0] = (unsigned)l->skill_col[react];
	x->idx[1] = (unsigned)l->skill_col[nextjs];
	x->w[0] = x->w[1] = 1;
	res = PQexec(x->conn, SQL_FIT_COMBINED_SKILL);
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1) {
		int	 sid = atoi(PQgetvalue(res, 0, 0));

		snprintf(key, sizeof(key), "%d", sid);
		rc = put_combination(x, 2, "skill", key, NULL, sid, both);
	}
	PQclear(res);
	return rc;
}

/* Skills, users against comparable non-users; then the controls, for the record (held at their mean). */
static int
store_skills_controls(struct store_ctx *x)
{
	const struct layout	*l = x->l;
	char			 key[32];
	size_t			 j, k;
	int			 id;

	for (id = 0; id <= l->max_skill_id; id++) {
		if (l->skill_col[id] < 0)
			continue;
		x->idx[0] = (unsigned)l->skill_col[id];
		x->w[0] = 1;
		snprintf(key, sizeof(key), "%d", id);
		if (put_combination(x, 1, "skill", key, NULL, id, l->skill_users[id]) == -1)
			return -1;
	}
	if (store_react_nextjs(x) == -1)
		return -1;
	for (j = 0; j < CTL__MAX; j++)
		for (k = 0; k < x->s->levels[j].n; k++) {
			x->idx[0] = (unsigned)(l->ctl0[j] + k);
			x->w[0] = 1;
			if (put_combination(x, 1, ctl_kind[j], x->s->levels[j].v[k], NULL, -1,
			    x->s->levels[j].count[k]) == -1)
				return -1;
		}
	return 0;
}

int
store(PGconn *conn, const struct sample *s, const struct layout *l, const struct fit_result *r,
    const struct fit_options *o, double ref_years, const double *ref_share)
{
	struct store_ctx	 x = { conn, "", s, l, r, NULL, NULL };
	int			 rc = -1;

	x.idx = xcalloc(l->p + 2 * NSEG + 2, sizeof(unsigned));
	x.w = xcalloc(l->p + 2 * NSEG + 2, sizeof(double));
	if (exec_ok(conn, "begin") == -1)
		goto out;
	if (store_fit(&x, o, ref_years) == -1 || store_experience(&x, ref_years) == -1 ||
	    store_dev_types(&x, ref_share) == -1 || store_skills_controls(&x) == -1) {
		exec_ok(conn, "rollback");
		goto out;
	}
	/* running payband processes load the new model at commit */
	if (exec_ok(conn, SQL_FIT_NOTIFY) == -1 || exec_ok(conn, "commit") == -1)
		goto out;
	printf("stored as fit %s\n", x.fit_id);
	rc = 0;
out:
	free(x.idx);
	free(x.w);
	return rc;
}
