/* GET /: what payband is, the roles and regions to pick, links to reports. */
#include "config.h"

#include <string.h>

#include "conf.h"
#include "db.h"
#include "pages.h"
#include "params.h"
#include "request.h"
#include "tmpl.h"

/* Fill ROLE_OPTION / REGION_OPTION lists (used by the home page and 404 pages). */
static void
fill_pickers(tmpl_dict *c, const struct role *roles, size_t nroles,
    const struct region *regions, size_t nregions, const char *role_sel, const char *region_sel)
{
	tmpl_dict	*d;
	size_t		 i;

	for (i = 0; i < nroles; i++) {
		d = tmpl_add_section(c, "ROLE_OPTION");
		tmpl_set(d, "SLUG", roles[i].slug);
		tmpl_set(d, "TITLE", roles[i].title);
		if (role_sel != NULL && strcmp(role_sel, roles[i].slug) == 0)
			tmpl_show(d, "SELECTED");
	}
	for (i = 0; i < nregions; i++) {
		d = tmpl_add_section(c, "REGION_OPTION");
		tmpl_set(d, "SLUG", regions[i].slug);
		tmpl_set(d, "NAME", regions[i].name);
		if (region_sel != NULL && strcmp(region_sel, regions[i].slug) == 0)
			tmpl_show(d, "SELECTED");
	}
}

void
page_home(struct req *r)
{
	struct role	*roles;
	struct region	*regions;
	size_t		 nroles, nregions, i;
	enum db_status	 st;
	tmpl_dict	*layout, *c, *d;

	if ((st = db_roles(r->db, &r->arena, &roles, &nroles)) != DB_OK ||
	    (st = db_regions(r->db, &r->arena, &regions, &nregions)) != DB_OK) {
		page_db_error(r, st);
		return;
	}
	c = page_begin(r, &layout, "home.tpl", NULL);
	fill_pickers(c, roles, nroles, regions, nregions, "backend-developer", "us");
	for (i = 0; i < nroles; i++) {
		d = tmpl_add_section(c, strcmp(roles[i].kind, "developer") == 0 ?
		    "DEVELOPER_ROLE" : "OCCUPATION_ROLE");
		tmpl_set(d, "SLUG", roles[i].slug);
		tmpl_set(d, "TITLE", roles[i].title);
		if (roles[i].soc_code != NULL)
			tmpl_set(d, "SOC_CODE", roles[i].soc_code);
	}
	req_header(r, "Cache-Control", "public, max-age=300");
	page_finish(r, layout, 200);
}

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
