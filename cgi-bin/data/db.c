/* The data layer's connection: one per worker, statements prepared on first use, typed values, the lists, LISTEN. */
#include "config.h"

#include <math.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "data/db.h"
#include "data/db_int.h"
#include "http/bounds.h"
#include "lib/log.h"
#include "lib/util.h"

/* Statements sent by this process, on every connection (db_statements). */
static atomic_ulong	 nstatements;

void
db_count_statement(void)
{
	atomic_fetch_add(&nstatements, 1);
}

struct db *
db_new(const char *conninfo)
{
	struct db	*db = xcalloc(1, sizeof(*db));

	db->conninfo = xstrdup(conninfo != NULL ? conninfo : "");
	return db;
}

void
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
enum db_status
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
PGresult *
db_run(struct db *db, enum stmt st, const char *const *params, enum db_status *status)
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
		db_count_statement();
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

const char *
db_str(struct arena *a, const PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return NULL;
	return arena_strdup(a, PQgetvalue(res, row, col));
}

long long
db_num(const PGresult *res, int row, int col)
{
	double	 d;

	if (PQgetisnull(res, row, col))
		return NUM_NONE;
	d = strtod(PQgetvalue(res, row, col), NULL);
	return llround(d);
}

double
db_dbl(const PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return (double)NAN;
	return strtod(PQgetvalue(res, row, col), NULL);
}

enum db_status
db_ping(struct db *db)
{
	enum db_status	 st;
	PGresult	*res = db_run(db, ST_PING, NULL, &st);

	PQclear(res);
	return st;
}


int
db_boolean(const PGresult *res, int row, int col)
{
	return !PQgetisnull(res, row, col) && PQgetvalue(res, row, col)[0] == 't';
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
	PGresult	*res = db_run(db, stmt, params, &st);
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

	r->slug = db_str(a, res, i, 0);
	r->title = db_str(a, res, i, 1);
	r->soc_code = db_str(a, res, i, 2);
	r->kind = db_str(a, res, i, 3);
}

static void
fill_region(struct arena *a, const PGresult *res, int i, void *out)
{
	struct region	*r = out;

	r->slug = db_str(a, res, i, 0);
	r->name = db_str(a, res, i, 1);
	r->kind = db_str(a, res, i, 2);
	r->parent_slug = db_str(a, res, i, 3);
}

/* A skill: slug, name, category, then (role skills) share and rank; without a rank, its place in the list. */
static void
fill_skill(struct arena *a, const PGresult *res, int i, void *out)
{
	struct skill	*k = out;
	int		 ncols = PQnfields(res);

	k->slug = db_str(a, res, i, 0);
	k->name = db_str(a, res, i, 1);
	k->category = db_str(a, res, i, 2);
	k->share_pct = ncols > 3 ? db_dbl(res, i, 3) : (double)NAN;
	k->rank = ncols > 4 ? (int)db_num(res, i, 4) : i + 1;
}

static void
fill_cert(struct arena *a, const PGresult *res, int i, void *out)
{
	struct cert	*c = out;

	c->slug = db_str(a, res, i, 0);
	c->name = db_str(a, res, i, 1);
	c->issuer = db_str(a, res, i, 2);
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
		db_count_statement();
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

