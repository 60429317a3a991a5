/* The route table: which path pattern goes to which page handler, and its methods. */
#include "config.h"

#include <string.h>

#include "pagecache.h"
#include "pages.h"
#include "params.h"
#include "router.h"

const struct route routes[PAGE__MAX] = {
	{ "",			METHODS_READ,	"GET, HEAD",	page_home, 1 },	/* PAGE_HOME */
	{ "estimate",		METHODS_READ,	"GET, HEAD",	page_estimate, 1 },	/* PAGE_ESTIMATE */
	{ "compare",		METHODS_READ,	"GET, HEAD",	page_compare, 1 },	/* PAGE_COMPARE */
	{ "compare.csv",	METHODS_READ,	"GET, HEAD",	page_compare_csv, 1 }, /* PAGE_COMPARE_CSV */
	{ "contribute",		METHODS_FORM,	"GET, HEAD, POST", page_contribute, 0 }, /* PAGE_CONTRIBUTE */
	{ "contribute/thanks",	METHODS_READ,	"GET, HEAD",	page_contribute_thanks, 0 }, /* PAGE_CONTRIBUTE_THANKS */
	{ "report/*/*",		METHODS_READ,	"GET, HEAD",	page_report, 1 },	/* PAGE_REPORT */
	{ "report",		METHODS_READ,	"GET, HEAD",	page_report_pick, 0 }, /* PAGE_REPORT_PICK */
	{ "healthz",		METHODS_READ,	"GET, HEAD",	page_health, 0 },	/* PAGE_HEALTH */
	{ "api/v1/roles",	METHODS_READ,	"GET, HEAD",	api_roles, 1 },	/* PAGE_API_ROLES */
	{ "api/v1/regions",	METHODS_READ,	"GET, HEAD",	api_regions, 1 },	/* PAGE_API_REGIONS */
	{ "api/v1/skills",	METHODS_READ,	"GET, HEAD",	api_skills, 1 },	/* PAGE_API_SKILLS */
	{ "api/v1/certifications", METHODS_READ, "GET, HEAD",	api_certifications, 1 }, /* PAGE_API_CERTIFICATIONS */
	{ "api/v1/report/*/*",	METHODS_READ,	"GET, HEAD",	api_report, 1 },	/* PAGE_API_REPORT */
	{ "api/v1/estimate",	METHODS_READ,	"GET, HEAD",	api_estimate, 1 },	/* PAGE_API_ESTIMATE */
};

#define MAX_SEGS 8

/* Does the pattern match segs?  Captures "*" segments in args. */
static int
match(const char *pattern, const char **segs, size_t nsegs, const char **args, size_t *nargs)
{
	size_t		 i = 0, len;
	const char	*p = pattern, *slash;

	*nargs = 0;
	while (*p != '\0') {
		slash = strchr(p, '/');
		len = slash != NULL ? (size_t)(slash - p) : strlen(p);
		if (i == nsegs)
			return 0;
		if (len == 1 && p[0] == '*') {
			if (*nargs == REQ_MAX_ARGS)
				return 0;
			args[(*nargs)++] = segs[i];
		} else if (strlen(segs[i]) != len || strncmp(segs[i], p, len) != 0)
			return 0;
		i++;
		p += len;
		if (*p == '/')
			p++;
	}
	return i == nsegs;
}

enum page
route_match(struct req *r, int *status)
{
	const char	*segs[MAX_SEGS], *args[REQ_MAX_ARGS];
	int		 nsegs;
	size_t		 nargs, i;
	enum page	 pg;
	int		 path_found = 0;

	*status = 404;
	nsegs = path_split(&r->arena, r->path, segs, MAX_SEGS);
	if (nsegs < 0)
		return PAGE__MAX;
	for (pg = 0; pg < PAGE__MAX; pg++) {
		if (!match(routes[pg].pattern, segs, (size_t)nsegs, args, &nargs))
			continue;
		path_found = 1;
		if (!(routes[pg].methods & (1u << r->method))) {
			*status = 405;
			req_header(r, "Allow", routes[pg].allow);
			continue;
		}
		for (i = 0; i < nargs; i++)
			r->args[i] = args[i];
		r->nargs = nargs;
		*status = 200;
		return pg;
	}
	if (path_found)
		*status = 405;
	return PAGE__MAX;
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
