/* GET /healthz: 200 when the database answers, 503 when it does not. */
#include "config.h"

#include "db.h"
#include "pages.h"
#include "request.h"

void
page_health(struct req *r)
{
	enum db_status	 st = db_ping(r->db);

	r->content_type = "text/plain; charset=utf-8";
	req_header(r, "Cache-Control", "no-store");
	buf_reset(&r->body);
	if (st == DB_OK) {
		r->status = 200;
		buf_puts(&r->body, "ok\n");
	} else {
		r->status = 503;
		buf_puts(&r->body, "database unavailable\n");
	}
}
