/* All SQL of the program: one connection per worker, named prepared statements, typed results. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "db.h"
#include "bounds.h"
#include "log.h"
#include "util.h"


enum stmt {
	ST_PING,
	ST_ROLES,
	ST_REGIONS,
	ST_FIGURES,
	ST_NARRATIVES,
	ST_REQUIRED_SKILLS,
	ST_ESTIMATE_BASE,
	ST_MODEL_ROLE,
	ST_MODEL_SUMMARY,
	ST_ESTIMATE_PREMIUMS,
	ST_ROLE_SKILLS,
	ST_SKILLS,
	ST_CERTIFICATIONS,
	ST_PRICE_PARITY,
	ST_SUBMIT,
	ST_RECEIPT,
	ST_CROWD,
	ST_OFFICIAL,
	ST__MAX
};

struct db {
	char		*conninfo;
	PGconn		*conn;
	unsigned char	 prepared[ST__MAX];	/* prepared on this connection yet? */
};

static const struct {
	const char	*name;
	int		 nparams;
	const char	*sql;
} stmts[ST__MAX] = {
	{ "ping", 0, "SELECT 1" },
	{ "roles", 0, "SELECT slug, title, soc_code, kind FROM v_roles ORDER BY title" },
	{ "regions", 0, "SELECT slug, name, kind, parent_slug FROM v_regions ORDER BY sort_key" },
	{ "figures", 2,
	  "SELECT rank, publisher, source_title, source_url, license, vintage,"
	  " mean, median, p10, p25, p75, p90, employment, location_quotient, jobs_per_1000,"
	  " data_points, projection, projection_method, derivation, occupation_title, soc_code,"
	  " employment_publisher, employment_source_title, employment_vintage, employment_citation,"
	  " nullif(array_to_string(topcoded, ','), ''), topcoded_at_least"
	  " FROM v_figures WHERE role_slug = $1 AND region_slug = $2 ORDER BY rank" },
	{ "narratives", 2,
	  "SELECT section, position, body FROM report_narratives($1, $2)"
	  " ORDER BY section, position" },
	{ "required_skills", 1,
	  "SELECT slug, name, category, share_pct, n FROM role_required_skills($1)"
	  " ORDER BY rank LIMIT 12" },
	{ "estimate_base", 2,
	  "SELECT region_slug, region_name, fallback, mean, median, p10, p25, p75, p90,"
	  " projection, shape_note, publisher, vintage, source_title, derivation, projection_pct,"
	  " projection_method, occupation_title, soc_code"
	  " FROM estimate_base($1, $2)" },
	{ "model_role", 2,
	  "SELECT anchor_soc_code, anchor_title, dev_type, level_coef, level_low, level_high, level_n,"
	  " exp_coef, exp_low, exp_high, ref_years FROM model_role($1, $2::int)" },
	{ "model_summary", 0,
	  "SELECT to_char(fitted_at, 'YYYY-MM-DD'), vintage, publisher, sample, n, columns, lambda, folds,"
	  " boot, mae_log, mae_log_baseline, coverage50, coverage80, resid_q10, resid_q25, resid_q75,"
	  " resid_q90, ref_years FROM model_summary()" },
	{ "estimate_premiums", 2,
	  "SELECT kind, slug, name, point_pct, low_pct, high_pct, n, clear, basis, publisher,"
	  " vintage, top_decile_with_slug, top_decile_with_name, learnable, origin, used, category, suggest"
	  " FROM skill_premiums($1, $2) ORDER BY origin, kind DESC, point_pct DESC, slug" },
	{ "role_skills", 1,
	  "SELECT slug, name, category, share_pct, rank FROM role_skills($1) ORDER BY category, rank" },
	{ "skills", 0, "SELECT slug, name, category FROM v_skills ORDER BY category, name" },
	{ "certifications", 0,
	  "SELECT slug, name, issuer FROM v_certifications ORDER BY name" },
	{ "price_parity", 1,
	  "SELECT rpp, year, publisher, area_name FROM v_price_parity WHERE region_slug = $1" },
	{ "submit", 13,
	  "SELECT id, status, duplicate, rate_limited FROM submit_contribution($1::uuid, $2, $3,"
	  " $4::int, $5::int, $6::int, $7::int, $8, $9::text[], $10::text[], $11::bytea, $12::int,"
	  " $13::interval)" },
	{ "receipt", 1,
	  "SELECT role_slug, role_title, region_slug, region_name, status, count_before, count_after"
	  " FROM contribution_receipt($1::bigint)" },
	{ "crowd", 2,
	  "SELECT n, published_points, median, p25, p75, p10, p90, median_rounded_to, median_from,"
	  " quartiles_from FROM crowd_figures($1, $2)" },
	{ "official", 2,
	  "SELECT bls_region_name, soc_code, occupation_title, bls_vintage, bls_mean, bls_median,"
	  " survey_dev_type, survey_n, survey_p25, survey_median, survey_p75"
	  " FROM official_vs_survey($1, $2)" },
};

struct db *
db_new(const char *conninfo)
{
	struct db	*db = xcalloc(1, sizeof(*db));

	db->conninfo = xstrdup(conninfo != NULL ? conninfo : "");
	return db;
}

static void
db_close(struct db *db)
{
	if (db->conn != NULL)
		PQfinish(db->conn);
	db->conn = NULL;
	memset(db->prepared, 0, sizeof(db->prepared));
}

void
db_free(struct db *db)
{
	if (db == NULL)
		return;
	db_close(db);
	free(db->conninfo);
	free(db);
}

/*
 * Connect if needed, and prepare statement st on first use: a statement that
 * fails to prepare (a schema older than the program) breaks only its pages.
 * Returns DB_OK, DB_UNAVAILABLE or DB_ERROR.
 */
static enum db_status
db_ensure(struct db *db, enum stmt st)
{
	static const char *const keys[] = {
		"dbname", "connect_timeout", "application_name", "options", NULL
	};
	const char	*vals[5];
	char		 opts[64];
	PGresult	*res;
	int		 bad;

	if (db->conn != NULL && PQstatus(db->conn) != CONNECTION_OK)
		db_close(db);
	if (db->conn == NULL) {
		snprintf(opts, sizeof(opts), "-c statement_timeout=%d", DB_STATEMENT_TIMEOUT_MS);
		/* dbname is expanded: a full conninfo string or URI may be given. */
		vals[0] = db->conninfo[0] != '\0' ? db->conninfo : NULL;
		vals[1] = DB_CONNECT_TIMEOUT;
		vals[2] = "payband";
		vals[3] = opts;
		vals[4] = NULL;
		db->conn = PQconnectdbParams(keys, vals, 1);
		if (db->conn == NULL || PQstatus(db->conn) != CONNECTION_OK) {
			log_err("database connection failed: %s",
			    db->conn ? PQerrorMessage(db->conn) : "out of memory");
			db_close(db);
			return DB_UNAVAILABLE;
		}
	}
	if (db->prepared[st])
		return DB_OK;
	res = PQprepare(db->conn, stmts[st].name, stmts[st].sql, stmts[st].nparams, NULL);
	if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK) {
		bad = PQstatus(db->conn) != CONNECTION_OK;
		log_err("prepare %s: %s", stmts[st].name, PQerrorMessage(db->conn));
		PQclear(res);
		if (bad)
			db_close(db);
		return bad ? DB_UNAVAILABLE : DB_ERROR;
	}
	PQclear(res);
	db->prepared[st] = 1;
	return DB_OK;
}

/* SQLSTATE classes that mean "not now" rather than "wrong": connection, resources, shutdown, timeout. */
static int
transient(const PGresult *res)
{
	const char	*s = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;

	return s == NULL || strncmp(s, "08", 2) == 0 || strncmp(s, "53", 2) == 0 ||
	    strncmp(s, "57", 2) == 0;
}

/*
 * Run a prepared statement; on success the caller must PQclear the result.
 * A connection that broke since the last request (server restarted) is
 * reopened and the statement tried once more, whether the break shows at the
 * prepare step or at execution.
 */
static PGresult *
run(struct db *db, enum stmt st, const char *const *params, enum db_status *status)
{
	PGresult	*res;
	int		 attempt, bad, had_conn;

	for (attempt = 0; attempt < 2; attempt++) {
		/* open and not known broken: a failure in db_ensure is then the prepare step's */
		had_conn = db->conn != NULL && PQstatus(db->conn) == CONNECTION_OK;
		if ((*status = db_ensure(db, st)) != DB_OK) {
			/* it broke at the prepare step: once more, on a new connection */
			if (*status == DB_UNAVAILABLE && had_conn && attempt == 0)
				continue;
			return NULL;
		}
		res = PQexecPrepared(db->conn, stmts[st].name, stmts[st].nparams, params,
		    NULL, NULL, 0);
		if (res != NULL && PQresultStatus(res) == PGRES_TUPLES_OK) {
			*status = DB_OK;
			return res;
		}
		bad = PQstatus(db->conn) != CONNECTION_OK;
		log_err("query %s: %s", stmts[st].name, PQerrorMessage(db->conn));
		*status = bad || transient(res) ? DB_UNAVAILABLE : DB_ERROR;
		PQclear(res);
		if (!bad) {
			if (*status == DB_ERROR)
				db_close(db);	/* e.g. the schema changed: start afresh next time */
			return NULL;
		}
		db_close(db);
	}
	return NULL;
}

static const char *
str(struct arena *a, const PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return NULL;
	return arena_strdup(a, PQgetvalue(res, row, col));
}

static long long
num(const PGresult *res, int row, int col)
{
	double	 d;

	if (PQgetisnull(res, row, col))
		return NUM_NONE;
	d = strtod(PQgetvalue(res, row, col), NULL);
	return llround(d);
}

static double
dbl(const PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return (double)NAN;
	return strtod(PQgetvalue(res, row, col), NULL);
}

enum db_status
db_ping(struct db *db)
{
	enum db_status	 st;
	PGresult	*res = run(db, ST_PING, NULL, &st);

	PQclear(res);
	return st;
}

static void
fill_role(struct arena *a, const PGresult *res, int i, struct role *r)
{
	r->slug = str(a, res, i, 0);
	r->title = str(a, res, i, 1);
	r->soc_code = str(a, res, i, 2);
	r->kind = str(a, res, i, 3);
}

static void
fill_region(struct arena *a, const PGresult *res, int i, struct region *r)
{
	r->slug = str(a, res, i, 0);
	r->name = str(a, res, i, 1);
	r->kind = str(a, res, i, 2);
	r->parent_slug = str(a, res, i, 3);
}

enum db_status
db_roles(struct db *db, struct arena *a, struct role **out, size_t *n)
{
	enum db_status	 st;
	PGresult	*res = run(db, ST_ROLES, NULL, &st);
	int		 i, rows;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = arena_calloc(a, (size_t)rows, sizeof(**out));
	for (i = 0; i < rows; i++)
		fill_role(a, res, i, &(*out)[i]);
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

enum db_status
db_regions(struct db *db, struct arena *a, struct region **out, size_t *n)
{
	enum db_status	 st;
	PGresult	*res = run(db, ST_REGIONS, NULL, &st);
	int		 i, rows;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = arena_calloc(a, (size_t)rows, sizeof(**out));
	for (i = 0; i < rows; i++)
		fill_region(a, res, i, &(*out)[i]);
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

enum db_status
db_figures(struct db *db, struct arena *a, const char *role, const char *region,
    struct figure **out, size_t *n)
{
	enum db_status	 st;
	const char	*p[2] = { role, region };
	PGresult	*res = run(db, ST_FIGURES, p, &st);
	int		 i, rows;
	struct figure	*f;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = f = arena_calloc(a, (size_t)rows, sizeof(*f));
	for (i = 0; i < rows; i++, f++) {
		f->rank = (int)num(res, i, 0);
		f->publisher = str(a, res, i, 1);
		f->source_title = str(a, res, i, 2);
		f->source_url = str(a, res, i, 3);
		f->license = str(a, res, i, 4);
		f->vintage = str(a, res, i, 5);
		f->mean = num(res, i, 6);
		f->median = num(res, i, 7);
		f->p10 = num(res, i, 8);
		f->p25 = num(res, i, 9);
		f->p75 = num(res, i, 10);
		f->p90 = num(res, i, 11);
		f->employment = num(res, i, 12);
		f->location_quotient = dbl(res, i, 13);
		f->jobs_per_1000 = dbl(res, i, 14);
		f->data_points = num(res, i, 15);
		f->projection = num(res, i, 16);
		f->projection_method = str(a, res, i, 17);
		f->derivation = str(a, res, i, 18);
		f->occupation_title = str(a, res, i, 19);
		f->soc_code = str(a, res, i, 20);
		f->emp_publisher = str(a, res, i, 21);
		f->emp_source_title = str(a, res, i, 22);
		f->emp_vintage = str(a, res, i, 23);
		f->emp_citation = str(a, res, i, 24);
		f->topcoded = str(a, res, i, 25);
		f->topcoded_at_least = num(res, i, 26);
	}
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

enum db_status
db_narratives(struct db *db, struct arena *a, const char *role, const char *region,
    struct narrative_row **out, size_t *n)
{
	enum db_status		 st;
	const char		*p[2] = { role, region };
	PGresult		*res = run(db, ST_NARRATIVES, p, &st);
	int			 i, rows;
	struct narrative_row	*nr;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = nr = arena_calloc(a, (size_t)rows, sizeof(*nr));
	for (i = 0; i < rows; i++, nr++) {
		nr->section = str(a, res, i, 0);
		nr->position = (int)num(res, i, 1);
		nr->body = str(a, res, i, 2);
	}
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

enum db_status
db_required_skills(struct db *db, struct arena *a, const char *role,
    struct skill_share **out, size_t *n)
{
	enum db_status		 st;
	const char		*p[1] = { role };
	PGresult		*res = run(db, ST_REQUIRED_SKILLS, p, &st);
	int			 i, rows;
	struct skill_share	*s;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = s = arena_calloc(a, (size_t)rows, sizeof(*s));
	for (i = 0; i < rows; i++, s++) {
		s->slug = str(a, res, i, 0);
		s->name = str(a, res, i, 1);
		s->category = str(a, res, i, 2);
		s->share_pct = dbl(res, i, 3);
		s->n = num(res, i, 4);
	}
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

static int
boolean(const PGresult *res, int row, int col)
{
	return !PQgetisnull(res, row, col) && PQgetvalue(res, row, col)[0] == 't';
}

enum db_status
db_estimate_base(struct db *db, struct arena *a, const char *role, const char *region,
    struct est_base *b)
{
	enum db_status	 st;
	const char	*p[2] = { role, region };
	PGresult	*res = run(db, ST_ESTIMATE_BASE, p, &st);

	if (res == NULL)
		return st;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return DB_NOTFOUND;
	}
	b->region_slug = str(a, res, 0, 0);
	b->region_name = str(a, res, 0, 1);
	b->fallback = boolean(res, 0, 2);
	b->mean = num(res, 0, 3);
	b->median = num(res, 0, 4);
	b->p10 = num(res, 0, 5);
	b->p25 = num(res, 0, 6);
	b->p75 = num(res, 0, 7);
	b->p90 = num(res, 0, 8);
	b->projection = num(res, 0, 9);
	b->shape_note = str(a, res, 0, 10);
	b->publisher = str(a, res, 0, 11);
	b->vintage = str(a, res, 0, 12);
	b->source_title = str(a, res, 0, 13);
	b->derivation = str(a, res, 0, 14);
	b->projection_pct = dbl(res, 0, 15);
	b->projection_method = str(a, res, 0, 16);
	b->occupation_title = str(a, res, 0, 17);
	b->soc_code = str(a, res, 0, 18);
	PQclear(res);
	return DB_OK;
}

enum db_status
db_model_role(struct db *db, struct arena *a, const char *role, int years, struct est_level *l)
{
	enum db_status	 st;
	char		 y[16];
	const char	*p[2] = { role, y };
	PGresult	*res;

	snprintf(y, sizeof(y), "%d", years);
	if ((res = run(db, ST_MODEL_ROLE, p, &st)) == NULL)
		return st;
	if (PQntuples(res) != 1 || PQgetisnull(res, 0, 7)) {	/* no such role, or no fit stored yet */
		PQclear(res);
		return DB_NOTFOUND;
	}
	l->anchor_soc_code = str(a, res, 0, 0);
	l->anchor_title = str(a, res, 0, 1);
	l->dev_type = str(a, res, 0, 2);
	l->has_level = !PQgetisnull(res, 0, 3);
	l->level = l->has_level ? dbl(res, 0, 3) : 0;
	l->level_low = l->has_level ? dbl(res, 0, 4) : 0;
	l->level_high = l->has_level ? dbl(res, 0, 5) : 0;
	l->level_n = num(res, 0, 6);
	l->exp = dbl(res, 0, 7);
	l->exp_low = dbl(res, 0, 8);
	l->exp_high = dbl(res, 0, 9);
	l->ref_years = dbl(res, 0, 10);
	PQclear(res);
	return DB_OK;
}

enum db_status
db_model_summary(struct db *db, struct arena *a, struct model_fit *m)
{
	enum db_status	 st;
	PGresult	*res = run(db, ST_MODEL_SUMMARY, NULL, &st);

	if (res == NULL)
		return st;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return DB_NOTFOUND;
	}
	m->fitted_on = str(a, res, 0, 0);
	m->vintage = str(a, res, 0, 1);
	m->publisher = str(a, res, 0, 2);
	m->sample = str(a, res, 0, 3);
	m->n = num(res, 0, 4);
	m->columns = num(res, 0, 5);
	m->lambda = dbl(res, 0, 6);
	m->folds = num(res, 0, 7);
	m->boot = num(res, 0, 8);
	m->mae = dbl(res, 0, 9);
	m->mae_baseline = dbl(res, 0, 10);
	m->coverage50 = dbl(res, 0, 11);
	m->coverage80 = dbl(res, 0, 12);
	m->q10 = dbl(res, 0, 13);
	m->q25 = dbl(res, 0, 14);
	m->q75 = dbl(res, 0, 15);
	m->q90 = dbl(res, 0, 16);
	m->ref_years = dbl(res, 0, 17);
	PQclear(res);
	return DB_OK;
}

enum db_status
db_estimate_premiums(struct db *db, struct arena *a, const char *role, const char *region,
    struct est_premium **out, size_t *n)
{
	enum db_status		 st;
	const char		*p[2] = { role, region };
	PGresult		*res = run(db, ST_ESTIMATE_PREMIUMS, p, &st);
	int			 i, rows;
	struct est_premium	*e;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = e = arena_calloc(a, (size_t)rows, sizeof(*e));
	for (i = 0; i < rows; i++, e++) {
		e->kind = str(a, res, i, 0);
		e->slug = str(a, res, i, 1);
		e->name = str(a, res, i, 2);
		e->point_pct = dbl(res, i, 3);
		e->low_pct = dbl(res, i, 4);
		e->high_pct = dbl(res, i, 5);
		e->n = num(res, i, 6);
		e->clear = boolean(res, i, 7);
		e->basis = str(a, res, i, 8);
		e->publisher = str(a, res, i, 9);
		e->vintage = str(a, res, i, 10);
		e->top_decile_with_slug = str(a, res, i, 11);
		e->top_decile_with_name = str(a, res, i, 12);
		e->learnable = boolean(res, i, 13);
		e->published = strcmp(PQgetvalue(res, i, 14), "published") == 0;
		e->used = boolean(res, i, 15);
		e->category = str(a, res, i, 16);
		e->suggest = boolean(res, i, 17);
	}
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

static enum db_status
skills_query(struct db *db, struct arena *a, enum stmt stmt, const char *role,
    struct skill **out, size_t *n)
{
	enum db_status	 st;
	const char	*p[1] = { role };
	PGresult	*res = run(db, stmt, role != NULL ? p : NULL, &st);
	int		 i, rows, ncols;
	struct skill	*k;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	ncols = PQnfields(res);
	*out = k = arena_calloc(a, (size_t)rows, sizeof(*k));
	for (i = 0; i < rows; i++, k++) {
		k->slug = str(a, res, i, 0);
		k->name = str(a, res, i, 1);
		k->category = str(a, res, i, 2);
		k->share_pct = ncols > 3 ? dbl(res, i, 3) : (double)NAN;
		k->rank = ncols > 4 ? (int)num(res, i, 4) : i + 1;
	}
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

enum db_status
db_role_skills(struct db *db, struct arena *a, const char *role, struct skill **out, size_t *n)
{
	return skills_query(db, a, ST_ROLE_SKILLS, role, out, n);
}

enum db_status
db_skills(struct db *db, struct arena *a, struct skill **out, size_t *n)
{
	return skills_query(db, a, ST_SKILLS, NULL, out, n);
}

enum db_status
db_certifications(struct db *db, struct arena *a, struct cert **out, size_t *n)
{
	enum db_status	 st;
	PGresult	*res = run(db, ST_CERTIFICATIONS, NULL, &st);
	int		 i, rows;
	struct cert	*c;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = c = arena_calloc(a, (size_t)rows, sizeof(*c));
	for (i = 0; i < rows; i++, c++) {
		c->slug = str(a, res, i, 0);
		c->name = str(a, res, i, 1);
		c->issuer = str(a, res, i, 2);
	}
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

enum db_status
db_price_parity(struct db *db, struct arena *a, const char *region, struct price_parity *pp)
{
	enum db_status	 st;
	const char	*p[1] = { region };
	PGresult	*res = run(db, ST_PRICE_PARITY, p, &st);

	if (res == NULL)
		return st;
	st = PQntuples(res) >= 1 ? DB_OK : DB_NOTFOUND;
	if (st == DB_OK) {
		pp->rpp = dbl(res, 0, 0);
		pp->year = str(a, res, 0, 1);
		pp->publisher = str(a, res, 0, 2);
		pp->area_name = str(a, res, 0, 3);
	}
	PQclear(res);
	return st;
}

/* A text[] literal from checked slugs: they hold no quote, comma, brace or backslash. */
static const char *
slug_array(struct arena *a, const char **v, size_t n)
{
	struct buf	 b;
	const char	*out;
	size_t		 i;

	buf_init(&b);
	buf_putc(&b, '{');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(&b, ',');
		buf_puts(&b, v[i]);
	}
	buf_putc(&b, '}');
	out = arena_strdup(a, b.data);
	buf_free(&b);
	return out;
}

enum db_status
db_submit_contribution(struct db *db, struct arena *a, const struct contribution *c,
    struct submit_result *out)
{
	enum db_status	 st;
	const char	*p[13];
	char		 hex[2 + 2 * 64 + 1];
	PGresult	*res;
	size_t		 i;

	if (c->client_hash_len > 64)
		return DB_ERROR;
	hex[0] = '\\';
	hex[1] = 'x';
	for (i = 0; i < c->client_hash_len; i++)
		snprintf(hex + 2 + 2 * i, 3, "%02x", c->client_hash[i]);
	hex[2 + 2 * c->client_hash_len] = '\0';
	p[0] = c->key;
	p[1] = c->role;
	p[2] = c->region;
	p[3] = arena_printf(a, "%ld", c->years);
	p[4] = arena_printf(a, "%ld", c->base);
	p[5] = arena_printf(a, "%ld", c->bonus);
	p[6] = arena_printf(a, "%ld", c->equity);
	p[7] = c->employment;
	p[8] = slug_array(a, c->skills, c->nskills);
	p[9] = slug_array(a, c->certs, c->ncerts);
	p[10] = hex;
	p[11] = arena_printf(a, "%d", c->rate_limit);
	p[12] = c->rate_window;
	/*
	 * run() may send this twice when the connection broke under the first try;
	 * the idempotency key makes the second one a no-op, so nothing is stored twice.
	 */
	if ((res = run(db, ST_SUBMIT, p, &st)) == NULL)
		return st;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return DB_ERROR;
	}
	out->id = num(res, 0, 0);
	out->status = str(a, res, 0, 1);
	out->duplicate = boolean(res, 0, 2);
	out->rate_limited = boolean(res, 0, 3);
	PQclear(res);
	return DB_OK;
}

enum db_status
db_contribution_receipt(struct db *db, struct arena *a, long long id, struct receipt *out)
{
	enum db_status	 st;
	const char	*p[1];
	PGresult	*res;

	p[0] = arena_printf(a, "%lld", id);
	if ((res = run(db, ST_RECEIPT, p, &st)) == NULL)
		return st;
	st = PQntuples(res) == 1 ? DB_OK : DB_NOTFOUND;
	if (st == DB_OK) {
		out->role_slug = str(a, res, 0, 0);
		out->role_title = str(a, res, 0, 1);
		out->region_slug = str(a, res, 0, 2);
		out->region_name = str(a, res, 0, 3);
		out->status = str(a, res, 0, 4);
		out->count_before = num(res, 0, 5);
		out->count_after = num(res, 0, 6);
	}
	PQclear(res);
	return st;
}

enum db_status
db_crowd_figures(struct db *db, const char *role, const char *region, struct crowd *out)
{
	enum db_status	 st;
	const char	*p[2] = { role, region };
	PGresult	*res;

	if ((res = run(db, ST_CROWD, p, &st)) == NULL)
		return st;
	st = PQntuples(res) == 1 ? DB_OK : DB_NOTFOUND;
	if (st == DB_OK) {
		out->n = num(res, 0, 0);
		out->published_points = num(res, 0, 1);
		out->median = num(res, 0, 2);
		out->p25 = num(res, 0, 3);
		out->p75 = num(res, 0, 4);
		out->p10 = num(res, 0, 5);
		out->p90 = num(res, 0, 6);
		out->median_rounded_to = num(res, 0, 7);
		out->median_from = num(res, 0, 8);
		out->quartiles_from = num(res, 0, 9);
	}
	PQclear(res);
	return st;
}

enum db_status
db_official_vs_survey(struct db *db, struct arena *a, const char *role, const char *region,
    struct official *out)
{
	enum db_status	 st;
	const char	*p[2] = { role, region };
	PGresult	*res;

	if ((res = run(db, ST_OFFICIAL, p, &st)) == NULL)
		return st;
	st = PQntuples(res) == 1 ? DB_OK : DB_NOTFOUND;
	if (st == DB_OK) {
		out->bls_region_name = str(a, res, 0, 0);
		out->soc_code = str(a, res, 0, 1);
		out->occupation_title = str(a, res, 0, 2);
		out->bls_vintage = str(a, res, 0, 3);
		out->bls_mean = num(res, 0, 4);
		out->bls_median = num(res, 0, 5);
		out->survey_dev_type = str(a, res, 0, 6);
		out->survey_n = num(res, 0, 7);
		out->survey_p25 = num(res, 0, 8);
		out->survey_median = num(res, 0, 9);
		out->survey_p75 = num(res, 0, 10);
	}
	PQclear(res);
	return st;
}
