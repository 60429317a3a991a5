/* The route table: which path pattern goes to which page handler, and its methods. */
#ifndef PAYBAND_ROUTER_H
#define PAYBAND_ROUTER_H

#include "request.h"

enum page {
	PAGE_HOME,
	PAGE_ESTIMATE,
	PAGE_COMPARE,
	PAGE_CONTRIBUTE,
	PAGE_CONTRIBUTE_THANKS,
	PAGE_COMPARE_CSV,
	PAGE_REPORT,
	PAGE_REPORT_PICK,
	PAGE_HEALTH,
	PAGE_API_ROLES,
	PAGE_API_REGIONS,
	PAGE_API_SKILLS,
	PAGE_API_CERTIFICATIONS,
	PAGE_API_REPORT,
	PAGE_API_ESTIMATE,
	PAGE__MAX
};

#define METHODS_READ ((1u << METHOD_GET) | (1u << METHOD_HEAD))
#define METHODS_FORM (METHODS_READ | (1u << METHOD_POST))

struct route {
	const char	*pattern;	/* segments; "*" matches one slug-like segment */
	unsigned	 methods;	/* bit set of enum method */
	const char	*allow;		/* Allow: header for 405 */
	void		 (*handler)(struct req *);
	int		 cached;	/* depends only on the reference data and the URL: kept once rendered (pagecache.c) */
};

extern const struct route routes[PAGE__MAX];

/*
 * Match the request's path; fill req->args.  Returns the page, or PAGE__MAX
 * with *status set to 404 (no such path) or 405 (path exists, method does not).
 */
enum page	 route_match(struct req *, int *status);
/* Run the whole request: route, handler or error page, send. */
void		 route_dispatch(struct req *);

#endif
