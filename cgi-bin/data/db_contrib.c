/* Contributions: storing one (one SQL function, one transaction), its receipt, a cell's crowd figures. */
#include "config.h"

#include <stdio.h>

#include <libpq-fe.h>

#include "data/db.h"
#include "data/db_int.h"
#include "lib/util.h"

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
	 * db_run() may send this twice when the connection broke under the first try;
	 * the idempotency key makes the second one a no-op, so nothing is stored twice.
	 */
	if ((res = db_run(db, ST_SUBMIT, p, &st)) == NULL)
		return st;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return DB_ERROR;
	}
	out->id = db_num(res, 0, 0);
	out->status = db_str(a, res, 0, 1);
	out->duplicate = db_boolean(res, 0, 2);
	out->rate_limited = db_boolean(res, 0, 3);
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
	if ((res = db_run(db, ST_RECEIPT, p, &st)) == NULL)
		return st;
	st = PQntuples(res) == 1 ? DB_OK : DB_NOTFOUND;
	if (st == DB_OK) {
		out->role_slug = db_str(a, res, 0, 0);
		out->role_title = db_str(a, res, 0, 1);
		out->region_slug = db_str(a, res, 0, 2);
		out->region_name = db_str(a, res, 0, 3);
		out->status = db_str(a, res, 0, 4);
		out->count_before = db_num(res, 0, 5);
		out->count_after = db_num(res, 0, 6);
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

	if ((res = db_run(db, ST_CROWD, p, &st)) == NULL)
		return st;
	st = PQntuples(res) == 1 ? DB_OK : DB_NOTFOUND;
	if (st == DB_OK)
		parse_crowd(NULL, res, 0, 2, out);
	PQclear(res);
	return st;
}
