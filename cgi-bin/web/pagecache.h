/*
 * Pages that depend only on the reference data and their URL (reports, comparisons, estimates, API
 * answers, CSV) are kept once rendered, for their snapshot and crowd generation, and then served from
 * memory with an ETag; a request whose If-None-Match names the current one gets 304 and no body.
 * Only 200s are kept; the cache holds at most PAGECACHE_SLOTS / 2 pages and starts afresh when full.
 */
#ifndef PAYBAND_PAGECACHE_H
#define PAYBAND_PAGECACHE_H

#include "http/request.h"

/* Answer from the cache (1), or 0: render the page, then pagecache_store(). */
int	 pagecache_serve(struct req *);
/* Keep a rendered 200 for the next requests of the same URL; adds its ETag. */
void	 pagecache_store(struct req *);

#endif
