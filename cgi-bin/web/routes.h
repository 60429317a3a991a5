/* The pages and their routes: which path pattern goes to which page handler, and its methods. */
#ifndef PAYBAND_ROUTES_H
#define PAYBAND_ROUTES_H

#include "http/router.h"

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

extern const struct route routes[PAGE__MAX];

/* Match the request against the route table: the page, or PAGE__MAX with *status 404 or 405. */
enum page	 route_match(struct req *, int *status);
/* Run the whole request: route, handler or error page, send. */
void		 route_dispatch(struct req *);

#endif
