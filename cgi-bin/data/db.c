/* All SQL of the program: one connection per worker, named prepared statements, typed results. */
#include "config.h"

#include <math.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "data/db.h"
#include "http/bounds.h"
#include "lib/log.h"
#include "lib/util.h"


enum stmt {
	ST_PING,
	ST_ROLES,
	ST_REGIONS,
	ST_SKILLS,
	ST_CERTIFICATIONS,
	ST_SUBMIT,
	ST_RECEIPT,
	ST_CROWD,
	ST_LOAD_FIRST,		/* the bulk loads, in the order of enum db_bulk */
	ST_LOAD_LAST = ST_LOAD_FIRST + DBB__MAX - 1,
	ST__MAX
};

/* Statements sent by this process, on every connection (db_statements). */
static atomic_ulong	 nstatements;

struct db {
	char		*conninfo;
	PGconn		*conn;
	unsigned char	 prepared[ST__MAX];	/* prepared on this connection yet? */
};

/* The columns of a premium row, for the per-cell and the bulk statements alike. */
#define PREMIUM_COLUMNS "kind, slug, name, point_pct, low_pct, high_pct, n, clear, basis, publisher, vintage," \
	" top_decile_with_slug, top_decile_with_name, learnable, origin, used, category, suggest"

static const struct {
	const char	*name;
	int		 nparams;
	const char	*sql;
} stmts[ST__MAX] = {
	{ "ping", 0, "SELECT 1" },
	{ "roles", 0, "SELECT slug, title, soc_code, kind FROM v_roles ORDER BY title" },
	{ "regions", 0, "SELECT slug, name, kind, parent_slug FROM v_regions ORDER BY sort_key" },
	{ "skills", 0, "SELECT slug, name, category FROM v_skills ORDER BY category, name" },
	{ "certifications", 0,
	  "SELECT slug, name, issuer FROM v_certifications ORDER BY name" },
	{ "submit", 13,
	  "SELECT id, status, duplicate, rate_limited FROM submit_contribution($1::uuid, $2, $3,"
	  " $4::int, $5::int, $6::int, $7::int, $8, $9::text[], $10::text[], $11::bytea, $12::int,"
	  " $13::interval)" },
	{ "receipt", 1,
	  "SELECT role_slug, role_title, region_slug, region_name, status, count_before, count_after"
	  " FROM contribution_receipt($1::bigint)" },
	{ "crowd", 2,
	  "SELECT NULL, NULL, n, published_points, median, p25, p75, p10, p90, median_rounded_to,"
	  " median_from, quartiles_from FROM crowd_figures($1, $2)" },
	/* Bulk loads: every row has the role and region slugs first (NULL: no key, or "any"). */
	{ "load_figures", 0,
	  "SELECT role_slug, region_slug, rank, publisher, source_title, source_url, license, vintage,"
	  " mean, median, p10, p25, p75, p90, employment, location_quotient, jobs_per_1000,"
	  " data_points, projection, projection_method, derivation, occupation_title, soc_code,"
	  " employment_publisher, employment_source_title, employment_vintage, employment_citation,"
	  " nullif(array_to_string(topcoded, ','), ''), topcoded_at_least, caution"
	  " FROM v_figures ORDER BY role_slug, region_slug, rank" },
	{ "load_fitted_premiums", 0,
	  "SELECT NULL, NULL, " PREMIUM_COLUMNS " FROM skill_premiums('', '') WHERE origin = 'survey'"
	  " ORDER BY kind DESC, point_pct DESC, slug" },
	{ "load_published_premiums", 0,
	  "SELECT role_slug, region_slug, " PREMIUM_COLUMNS " FROM v_published_premiums"
	  " ORDER BY role_slug, region_slug, kind DESC, point_pct DESC, slug" },
	{ "load_narratives", 0,
	  "SELECT role_slug, region_slug, section, position, body FROM v_narratives"
	  " ORDER BY section, position" },
	{ "load_required_skills", 0,
	  "SELECT r.slug, NULL, x.slug, x.name, x.category, x.share_pct, x.n"
	  " FROM v_roles r CROSS JOIN LATERAL role_required_skills(r.slug) x"
	  " WHERE x.rank <= 12 ORDER BY r.slug, x.rank" },
	{ "load_role_skills", 0,
	  "SELECT r.slug, NULL, x.slug, x.name, x.category, x.share_pct, x.rank"
	  " FROM v_roles r CROSS JOIN LATERAL role_skills(r.slug) x ORDER BY r.slug, x.category, x.rank" },
	{ "load_bases", 0,
	  "SELECT role_slug, requested_region_slug, region_slug, region_name, fallback, mean, median, p10,"
	  " p25, p75, p90, projection, shape_note, publisher, vintage, source_title, derivation,"
	  " projection_pct, projection_method, occupation_title, soc_code"
	  " FROM v_estimate_bases ORDER BY role_slug, requested_region_slug" },
	{ "load_official", 0,
	  "SELECT role_slug, region_slug, bls_region_name, soc_code, occupation_title, bls_vintage,"
	  " bls_mean, bls_median, survey_dev_type, survey_n, survey_p25, survey_median, survey_p75"
	  " FROM v_official_vs_survey ORDER BY role_slug, region_slug" },
	{ "load_levels", 0,
	  "SELECT r.slug, NULL, m.anchor_soc_code, m.anchor_title, m.dev_type, m.level_coef, m.level_low,"
	  " m.level_high, m.level_n, m.ref_years"
	  " FROM v_roles r CROSS JOIN LATERAL model_role(r.slug, 0) m ORDER BY r.slug" },
	{ "load_experience", 0,
	  "SELECT NULL, NULL, years, coef, low, high, n FROM model_experience_curve() ORDER BY years" },
	{ "load_fit", 0,
	  "SELECT NULL, NULL, to_char(fitted_at, 'YYYY-MM-DD'), vintage, publisher, sample, n, columns,"
	  " lambda, folds, boot, mae_log, mae_log_baseline, coverage50, coverage80, resid_q10, resid_q25,"
	  " resid_q75, resid_q90, ref_years FROM model_summary()" },
	{ "load_parities", 0,
	  "SELECT NULL, region_slug, rpp, year, publisher, area_name FROM v_price_parity"
	  " ORDER BY region_slug" },
	{ "load_crowd", 0,
	  "SELECT role_slug, region_slug, n, published_points, median, p25, p75, p10, p90,"
	  " median_rounded_to, median_from, quartiles_from FROM v_crowd_figures"
	  " ORDER BY role_slug, region_slug" },
	{ "load_crowd_empty", 0,
	  "SELECT NULL, NULL, n, published_points, median, p25, p75, p10, p90, median_rounded_to,"
	  " median_from, quartiles_from FROM crowd_figures('', '')" },
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
		atomic_fetch_add(&nstatements, 1);
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

/* Turns row i of a result into one element of a list (strings go to the arena). */
typedef void (*row_fill)(struct arena *, const PGresult *, int i, void *out);

/*
 * The one row-fetching helper: run the statement, make an array of one element of size bytes per row,
 * fill each, clear the result.  *out and *n stay NULL and 0 unless it returns DB_OK.
 */
static enum db_status
fetch_rows(struct db *db, struct arena *a, enum stmt stmt, const char *const *params, size_t size, row_fill fill,
    void **out, size_t *n)
{
	enum db_status	 st;
	PGresult	*res = run(db, stmt, params, &st);
	int		 i, rows;
	char		*p;

	*out = NULL;
	*n = 0;
	if (res == NULL)
		return st;
	rows = PQntuples(res);
	*out = p = arena_calloc(a, (size_t)rows, size);
	for (i = 0; i < rows; i++, p += size)
		fill(a, res, i, p);
	*n = (size_t)rows;
	PQclear(res);
	return DB_OK;
}

static void
fill_role(struct arena *a, const PGresult *res, int i, void *out)
{
	struct role	*r = out;

	r->slug = str(a, res, i, 0);
	r->title = str(a, res, i, 1);
	r->soc_code = str(a, res, i, 2);
	r->kind = str(a, res, i, 3);
}

static void
fill_region(struct arena *a, const PGresult *res, int i, void *out)
{
	struct region	*r = out;

	r->slug = str(a, res, i, 0);
	r->name = str(a, res, i, 1);
	r->kind = str(a, res, i, 2);
	r->parent_slug = str(a, res, i, 3);
}

/* A skill: slug, name, category, then (role skills) share and rank; without a rank, its place in the list. */
static void
fill_skill(struct arena *a, const PGresult *res, int i, void *out)
{
	struct skill	*k = out;
	int		 ncols = PQnfields(res);

	k->slug = str(a, res, i, 0);
	k->name = str(a, res, i, 1);
	k->category = str(a, res, i, 2);
	k->share_pct = ncols > 3 ? dbl(res, i, 3) : (double)NAN;
	k->rank = ncols > 4 ? (int)num(res, i, 4) : i + 1;
}

static void
fill_cert(struct arena *a, const PGresult *res, int i, void *out)
{
	struct cert	*c = out;

	c->slug = str(a, res, i, 0);
	c->name = str(a, res, i, 1);
	c->issuer = str(a, res, i, 2);
}

enum db_status
db_roles(struct db *db, struct arena *a, struct role **out, size_t *n)
{
	void		*v;
	enum db_status	 st = fetch_rows(db, a, ST_ROLES, NULL, sizeof(**out), fill_role, &v, n);

	*out = v;
	return st;
}

enum db_status
db_regions(struct db *db, struct arena *a, struct region **out, size_t *n)
{
	void		*v;
	enum db_status	 st = fetch_rows(db, a, ST_REGIONS, NULL, sizeof(**out), fill_region, &v, n);

	*out = v;
	return st;
}

static int
boolean(const PGresult *res, int row, int col)
{
	return !PQgetisnull(res, row, col) && PQgetvalue(res, row, col)[0] == 't';
}

/*
 * Row parsers of the bulk loads: row i of res, its values from column c on (the keys before it),
 * into *out.  Strings go to the arena.
 */
static void
parse_figure(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct figure	*f = out;

	f->rank = (int)num(res, i, c + 0);
	f->publisher = str(a, res, i, c + 1);
	f->source_title = str(a, res, i, c + 2);
	f->source_url = str(a, res, i, c + 3);
	f->license = str(a, res, i, c + 4);
	f->vintage = str(a, res, i, c + 5);
	f->mean = num(res, i, c + 6);
	f->median = num(res, i, c + 7);
	f->p10 = num(res, i, c + 8);
	f->p25 = num(res, i, c + 9);
	f->p75 = num(res, i, c + 10);
	f->p90 = num(res, i, c + 11);
	f->employment = num(res, i, c + 12);
	f->location_quotient = dbl(res, i, c + 13);
	f->jobs_per_1000 = dbl(res, i, c + 14);
	f->data_points = num(res, i, c + 15);
	f->projection = num(res, i, c + 16);
	f->projection_method = str(a, res, i, c + 17);
	f->derivation = str(a, res, i, c + 18);
	f->occupation_title = str(a, res, i, c + 19);
	f->soc_code = str(a, res, i, c + 20);
	f->emp_publisher = str(a, res, i, c + 21);
	f->emp_source_title = str(a, res, i, c + 22);
	f->emp_vintage = str(a, res, i, c + 23);
	f->emp_citation = str(a, res, i, c + 24);
	f->topcoded = str(a, res, i, c + 25);
	f->topcoded_at_least = num(res, i, c + 26);
	f->caution = str(a, res, i, c + 27);
}

static void
parse_premium(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_premium	*e = out;

	e->kind = str(a, res, i, c + 0);
	e->slug = str(a, res, i, c + 1);
	e->name = str(a, res, i, c + 2);
	e->point_pct = dbl(res, i, c + 3);
	e->low_pct = dbl(res, i, c + 4);
	e->high_pct = dbl(res, i, c + 5);
	e->n = num(res, i, c + 6);
	e->clear = boolean(res, i, c + 7);
	e->basis = str(a, res, i, c + 8);
	e->publisher = str(a, res, i, c + 9);
	e->vintage = str(a, res, i, c + 10);
	e->top_decile_with_slug = str(a, res, i, c + 11);
	e->top_decile_with_name = str(a, res, i, c + 12);
	e->learnable = boolean(res, i, c + 13);
	e->published = strcmp(PQgetvalue(res, i, c + 14), "published") == 0;
	e->used = boolean(res, i, c + 15);
	e->category = str(a, res, i, c + 16);
	e->suggest = boolean(res, i, c + 17);
}

static void
parse_narrative(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct narrative_row	*nr = out;

	nr->section = str(a, res, i, c + 0);
	nr->position = (int)num(res, i, c + 1);
	nr->body = str(a, res, i, c + 2);
}

static void
parse_skill_share(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct skill_share	*s = out;

	s->slug = str(a, res, i, c + 0);
	s->name = str(a, res, i, c + 1);
	s->category = str(a, res, i, c + 2);
	s->share_pct = dbl(res, i, c + 3);
	s->n = num(res, i, c + 4);
}

static void
parse_role_skill(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct skill	*k = out;

	k->slug = str(a, res, i, c + 0);
	k->name = str(a, res, i, c + 1);
	k->category = str(a, res, i, c + 2);
	k->share_pct = dbl(res, i, c + 3);
	k->rank = (int)num(res, i, c + 4);
}

static void
parse_base(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_base	*b = out;

	b->region_slug = str(a, res, i, c + 0);
	b->region_name = str(a, res, i, c + 1);
	b->fallback = boolean(res, i, c + 2);
	b->mean = num(res, i, c + 3);
	b->median = num(res, i, c + 4);
	b->p10 = num(res, i, c + 5);
	b->p25 = num(res, i, c + 6);
	b->p75 = num(res, i, c + 7);
	b->p90 = num(res, i, c + 8);
	b->projection = num(res, i, c + 9);
	b->shape_note = str(a, res, i, c + 10);
	b->publisher = str(a, res, i, c + 11);
	b->vintage = str(a, res, i, c + 12);
	b->source_title = str(a, res, i, c + 13);
	b->derivation = str(a, res, i, c + 14);
	b->projection_pct = dbl(res, i, c + 15);
	b->projection_method = str(a, res, i, c + 16);
	b->occupation_title = str(a, res, i, c + 17);
	b->soc_code = str(a, res, i, c + 18);
}

static void
parse_official(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct official	*o = out;

	o->bls_region_name = str(a, res, i, c + 0);
	o->soc_code = str(a, res, i, c + 1);
	o->occupation_title = str(a, res, i, c + 2);
	o->bls_vintage = str(a, res, i, c + 3);
	o->bls_mean = num(res, i, c + 4);
	o->bls_median = num(res, i, c + 5);
	o->survey_dev_type = str(a, res, i, c + 6);
	o->survey_n = num(res, i, c + 7);
	o->survey_p25 = num(res, i, c + 8);
	o->survey_median = num(res, i, c + 9);
	o->survey_p75 = num(res, i, c + 10);
}

static void
parse_level(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_level	*l = out;

	l->anchor_soc_code = str(a, res, i, c + 0);
	l->anchor_title = str(a, res, i, c + 1);
	l->dev_type = str(a, res, i, c + 2);
	l->has_level = !PQgetisnull(res, i, c + 3);
	l->level = l->has_level ? dbl(res, i, c + 3) : 0;
	l->level_low = l->has_level ? dbl(res, i, c + 4) : 0;
	l->level_high = l->has_level ? dbl(res, i, c + 5) : 0;
	l->level_n = num(res, i, c + 6);
	l->ref_years = dbl(res, i, c + 7);
}

static void
parse_experience(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct est_exp	*x = out;

	(void)a;
	x->years = (int)num(res, i, c + 0);
	x->coef = dbl(res, i, c + 1);
	x->low = dbl(res, i, c + 2);
	x->high = dbl(res, i, c + 3);
	x->n = num(res, i, c + 4);
}

static void
parse_fit(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct model_fit	*m = out;

	m->fitted_on = str(a, res, i, c + 0);
	m->vintage = str(a, res, i, c + 1);
	m->publisher = str(a, res, i, c + 2);
	m->sample = str(a, res, i, c + 3);
	m->n = num(res, i, c + 4);
	m->columns = num(res, i, c + 5);
	m->lambda = dbl(res, i, c + 6);
	m->folds = num(res, i, c + 7);
	m->boot = num(res, i, c + 8);
	m->mae = dbl(res, i, c + 9);
	m->mae_baseline = dbl(res, i, c + 10);
	m->coverage50 = dbl(res, i, c + 11);
	m->coverage80 = dbl(res, i, c + 12);
	m->q10 = dbl(res, i, c + 13);
	m->q25 = dbl(res, i, c + 14);
	m->q75 = dbl(res, i, c + 15);
	m->q90 = dbl(res, i, c + 16);
	m->ref_years = dbl(res, i, c + 17);
}

static void
parse_parity(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct price_parity	*pp = out;

	pp->rpp = dbl(res, i, c + 0);
	pp->year = str(a, res, i, c + 1);
	pp->publisher = str(a, res, i, c + 2);
	pp->area_name = str(a, res, i, c + 3);
}

static void
parse_crowd(struct arena *a, const PGresult *res, int i, int c, void *out)
{
	struct crowd	*o = out;

	(void)a;
	o->n = num(res, i, c + 0);
	o->published_points = num(res, i, c + 1);
	o->median = num(res, i, c + 2);
	o->p25 = num(res, i, c + 3);
	o->p75 = num(res, i, c + 4);
	o->p10 = num(res, i, c + 5);
	o->p90 = num(res, i, c + 6);
	o->median_rounded_to = num(res, i, c + 7);
	o->median_from = num(res, i, c + 8);
	o->quartiles_from = num(res, i, c + 9);
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
	PGresult	*res = run(db, (enum stmt)(ST_LOAD_FIRST + kind), NULL, &st);
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
		out->role[i] = str(a, res, i, 0);
		out->region[i] = str(a, res, i, 1);
		bulk[kind].parse(a, res, i, 2, p);
	}
	PQclear(res);
	return DB_OK;
}

enum db_status
db_skills(struct db *db, struct arena *a, struct skill **out, size_t *n)
{
	void		*v;
	enum db_status	 st = fetch_rows(db, a, ST_SKILLS, NULL, sizeof(**out), fill_skill, &v, n);

	*out = v;
	return st;
}

enum db_status
db_certifications(struct db *db, struct arena *a, struct cert **out, size_t *n)
{
	void		*v;
	enum db_status	 st = fetch_rows(db, a, ST_CERTIFICATIONS, NULL, sizeof(**out), fill_cert, &v, n);

	*out = v;
	return st;
}

/* A text[] literal of the slugs, in the arena. */
static const char *
slug_array(struct arena *a, const char **v, size_t n)
{
	struct buf	 b;
	const char	*out;

	buf_init(&b);
	buf_text_array(&b, v, n);
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
	if (st == DB_OK)
		parse_crowd(NULL, res, 0, 2, out);
	PQclear(res);
	return st;
}

unsigned long
db_statements(void)
{
	return atomic_load(&nstatements);
}

enum db_status
db_listen(struct db *db, const char *const *channels)
{
	enum db_status	 st;
	PGresult	*res;
	char		*q, sql[256];
	size_t		 i;

	if ((st = db_ensure(db, ST_PING)) != DB_OK)
		return st;
	for (i = 0; channels[i] != NULL; i++) {
		/* a channel name is an identifier: quoted by libpq, never pasted */
		if ((q = PQescapeIdentifier(db->conn, channels[i], strlen(channels[i]))) == NULL)
			return DB_ERROR;
		snprintf(sql, sizeof(sql), "LISTEN %s", q);
		PQfreemem(q);
		atomic_fetch_add(&nstatements, 1);
		res = PQexec(db->conn, sql);
		if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK) {
			log_err("listen: %s", PQerrorMessage(db->conn));
			PQclear(res);
			db_close(db);
			return DB_UNAVAILABLE;
		}
		PQclear(res);
	}
	return DB_OK;
}

int
db_wait_notify(struct db *db, int timeout_ms, char *channel, size_t chsz, char *payload, size_t plsz)
{
	PGnotify	*n;
	struct pollfd	 pfd;

	if (db->conn == NULL || PQstatus(db->conn) != CONNECTION_OK)
		return -1;
	if ((n = PQnotifies(db->conn)) == NULL) {
		pfd.fd = PQsocket(db->conn);
		pfd.events = POLLIN;
		pfd.revents = 0;
		if (pfd.fd < 0)
			return -1;
		if (poll(&pfd, 1, timeout_ms) < 0)
			return 0;	/* interrupted: the caller looks again */
		if (pfd.revents != 0 && PQconsumeInput(db->conn) == 0) {
			log_err("notifications: %s", PQerrorMessage(db->conn));
			db_close(db);
			return -1;
		}
		if ((n = PQnotifies(db->conn)) == NULL)
			return 0;
	}
	snprintf(channel, chsz, "%s", n->relname);
	snprintf(payload, plsz, "%s", n->extra);
	PQfreemem(n);
	return 1;
}
