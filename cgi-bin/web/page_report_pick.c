/* GET /report?role=R&region=G: the report picker of the home page, answered with a redirect. */
#include "config.h"

#include "lib/conf.h"
#include "web/pages.h"
#include "http/params.h"
#include "http/request.h"

/*
 * GET /report?role=R&region=G: the home page's form, without JavaScript.
 * Only valid slugs reach the Location header, so it cannot be used to inject.
 */
void
page_report_pick(struct req *r)
{
	const char	*role, *region;
	size_t		 nrole, nregion;
	const char	*loc;

	role = param_get(r->params, r->nparams, "role", &nrole);
	region = param_get(r->params, r->nparams, "region", &nregion);
	if (role == NULL || region == NULL || nrole != 1 || nregion != 1 ||
	    !slug_valid(role) || !slug_valid(region)) {
		page_error(r, 400);
		return;
	}
	loc = arena_printf(&r->arena, "%s/report/%s/%s", r->cfg->base, role, region);
	req_header(r, "Location", loc);
	r->status = 303;
	r->content_type = "text/plain; charset=utf-8";
	buf_puts(&r->body, loc);
	buf_puts(&r->body, "\n");
}

