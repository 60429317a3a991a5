/* The route table (pattern, methods, handler, cached) and the request's way through it. */
#include "config.h"

#include "http/router.h"
#include "web/pagecache.h"
#include "web/pages.h"
#include "web/routes.h"

const struct route routes[PAGE__MAX] = {
	[PAGE_HOME] = { "", METHODS_READ, page_home, 1 },
	[PAGE_ESTIMATE] = { "estimate", METHODS_READ, page_estimate, 1 },
	[PAGE_COMPARE] = { "compare", METHODS_READ, page_compare, 1 },
	[PAGE_COMPARE_CSV] = { "compare.csv", METHODS_READ, page_compare_csv, 1 },
	[PAGE_CONTRIBUTE] = { "contribute", METHODS_FORM, page_contribute, 0 },
	[PAGE_CONTRIBUTE_THANKS] = { "contribute/thanks", METHODS_READ, page_contribute_thanks, 0 },
	[PAGE_REPORT] = { "report/*/*", METHODS_READ, page_report, 1 },
	[PAGE_REPORT_PICK] = { "report", METHODS_READ, page_report_pick, 0 },
	[PAGE_HEALTH] = { "healthz", METHODS_READ, page_health, 0 },
	[PAGE_API_ROLES] = { "api/v1/roles", METHODS_READ, api_roles, 1 },
	[PAGE_API_REGIONS] = { "api/v1/regions", METHODS_READ, api_regions, 1 },
	[PAGE_API_SKILLS] = { "api/v1/skills", METHODS_READ, api_skills, 1 },
	[PAGE_API_CERTIFICATIONS] = { "api/v1/certifications", METHODS_READ, api_certifications, 1 },
	[PAGE_API_REPORT] = { "api/v1/report/*/*", METHODS_READ, api_report, 1 },
	[PAGE_API_ESTIMATE] = { "api/v1/estimate", METHODS_READ, api_estimate, 1 },
};

enum page
route_match(struct req *r, int *status)
{
	return (enum page)route_find(r, routes, PAGE__MAX, status);
}

void
route_dispatch(struct req *r)
{
	enum page	 pg;
	int		 status;

	if ((status = req_setup(r)) != 0) {
		page_error(r, status);
	} else if ((pg = route_match(r, &status)) == PAGE__MAX) {
		page_error(r, status);
	} else if (!(routes[pg].cached && pagecache_serve(r))) {
		routes[pg].handler(r);
		if (routes[pg].cached)
			pagecache_store(r);
	}
	req_send(r);
}
