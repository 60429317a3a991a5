/* Route matching: a request's path and method against a table of patterns (the table is the caller's). */
#ifndef PAYBAND_ROUTER_H
#define PAYBAND_ROUTER_H

#include <stddef.h>

#include "http/request.h"

#define METHODS_READ ((1u << METHOD_GET) | (1u << METHOD_HEAD))
#define METHODS_FORM (METHODS_READ | (1u << METHOD_POST))

struct route {
	const char	*pattern;	/* segments; "*" matches one slug-like segment */
	unsigned	 methods;	/* bit set of enum method; the 405's Allow: header is derived from it */
	void		 (*handler)(struct req *);
	int		 cached;	/* depends only on the reference data and the URL: kept once rendered */
};

/*
 * Match the request's path against table[0..n); fill req->args.  Returns the index of the route, or n
 * with *status set to 404 (no such path) or 405 (path exists, method does not; Allow: header added).
 */
size_t		 route_find(struct req *, const struct route *table, size_t n, int *status);
/* The Allow: header value for a bit set of methods ("GET, HEAD", "GET, HEAD, POST"). */
const char	*route_allow(unsigned methods);

#endif
