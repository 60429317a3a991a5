/* Route matching: path segments against a table of patterns, then the method. */
#include "config.h"

#include <string.h>

#include "http/params.h"
#include "http/router.h"

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

const char *
route_allow(unsigned methods)
{
	return (methods & (1u << METHOD_POST)) ? "GET, HEAD, POST" : "GET, HEAD";
}

size_t
route_find(struct req *r, const struct route *table, size_t n, int *status)
{
	const char	*segs[MAX_SEGS], *args[REQ_MAX_ARGS];
	int		 nsegs;
	size_t		 nargs, i, pg;
	int		 path_found = 0;

	*status = 404;
	nsegs = path_split(&r->arena, r->path, segs, MAX_SEGS);
	if (nsegs < 0)
		return n;
	for (pg = 0; pg < n; pg++) {
		if (!match(table[pg].pattern, segs, (size_t)nsegs, args, &nargs))
			continue;
		path_found = 1;
		if (!(table[pg].methods & (1u << r->method))) {
			*status = 405;
			req_header(r, "Allow", route_allow(table[pg].methods));
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
	return n;
}
