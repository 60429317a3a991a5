/* What every page shares: the layout, error pages and the database-error answer. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "conf.h"
#include "db.h"
#include "log.h"
#include "pages.h"
#include "request.h"
#include "tmpl.h"

static void
body_writer(void *ctx, const char *data, size_t len)
{
	buf_append(ctx, data, len);
}

tmpl_dict *
page_begin(struct req *r, tmpl_dict **layout, const char *file, const char *title)
{
	*layout = tmpl_dict_new("layout");
	tmpl_set_global(*layout, "BASE", r->cfg->base);
	if (title != NULL) {
		tmpl_set(*layout, "TITLE", title);
		tmpl_show(*layout, "TITLE");
	}
	return tmpl_include(*layout, "CONTENT", file);
}

void
page_finish(struct req *r, tmpl_dict *layout, int status)
{
	buf_reset(&r->body);
	if (tmpl_expand("layout.tpl", layout, body_writer, &r->body) == -1) {
		log_err("template expansion failed for %s", r->path ? r->path : "?");
		buf_reset(&r->body);
		buf_puts(&r->body, "Internal error\n");
		r->status = 500;
		r->content_type = "text/plain; charset=utf-8";
	} else {
		r->status = status;
		r->content_type = "text/html; charset=utf-8";
	}
	tmpl_dict_free(layout);
}

tmpl_dict *
page_error_begin(struct req *r, tmpl_dict **layout, int status)
{
	tmpl_dict	*c;
	char		 sect[8];

	c = page_begin(r, layout, "error.tpl", http_reason(status));
	snprintf(sect, sizeof(sect), "E%d", status);
	tmpl_show(c, sect);
	tmpl_set_int(c, "STATUS", status);
	tmpl_set(c, "REASON", http_reason(status));
	if (status == 503)
		req_header(r, "Retry-After", "5");
	req_header(r, "Cache-Control", "no-store");
	return c;
}

void
page_error(struct req *r, int status)
{
	tmpl_dict	*layout;

	page_error_begin(r, &layout, status);
	page_finish(r, layout, status);
}

void
page_db_error(struct req *r, int dbstatus)
{
	page_error(r, dbstatus == DB_UNAVAILABLE ? 503 : 500);
}
