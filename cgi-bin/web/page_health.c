/*
 * GET /healthz: 200 "ok" when the database answers; 200 "degraded" when it does not but the data
 * is in memory (every read still answers; contributions get 503); 503 when neither.  The body's
 * first line is that word; the others give the snapshot and the number of SQL statements sent.
 */
#include "config.h"

#include "data/db.h"
#include "web/pages.h"
#include "data/refdata.h"
#include "http/request.h"

void
page_health(struct req *r)
{
	enum db_status		 st = db_ping(r->db);
	const struct refdata	*ref = NULL;
	unsigned long		 id;
	size_t			 bytes;

	r->content_type = "text/plain; charset=utf-8";
	req_header(r, "Cache-Control", "no-store");
	buf_reset(&r->body);
	if (st == DB_OK) {
		r->status = 200;
		buf_puts(&r->body, "ok\n");
		if (refdata_loaded(&id, &bytes))	/* never loads it: plain CGI answers at once */
			buf_printf(&r->body, "snapshot %lu: %zu bytes\n", id, bytes);
	} else if (req_ref(r, &ref) == DB_OK) {
		r->status = 200;
		buf_printf(&r->body, "degraded: database unavailable; reads served from memory (snapshot %lu), "
		    "contributions refused\n", ref->id);
	} else {
		r->status = 503;
		buf_puts(&r->body, "database unavailable\n");
	}
	/* for benchmarks and tests: reads from memory send none (this answer's own ping is one) */
	buf_printf(&r->body, "sql statements sent: %lu\n", db_statements());
}
