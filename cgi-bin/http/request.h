/* One request: its inputs, its response and the arena that owns both. */
#ifndef PAYBAND_REQUEST_H
#define PAYBAND_REQUEST_H

#include <stddef.h>

#include "lib/util.h"

struct db;
struct config;
struct refdata;

enum method {
	METHOD_GET,
	METHOD_HEAD,
	METHOD_POST,
	METHOD_OTHER,
	METHOD__MAX
};

/* How a front end (FastCGI or plain CGI) gives us the request and takes the answer. */
struct io {
	const char	*(*param)(void *ctx, const char *name);
	/* Returns bytes read, 0 at end of body or on error. */
	size_t		 (*read)(void *ctx, char *buf, size_t len);
	void		 (*write)(void *ctx, const char *buf, size_t len);
	void		*ctx;
};

struct param;	/* a decoded query or form parameter (params.h) */

#define REQ_MAX_ARGS 4

struct req {
	struct arena		 arena;	/* everything below that is allocated hangs off this */
	const struct config	*cfg;
	struct db		*db;
	const struct io		*io;
	const struct refdata	*ref;	/* reference lists, held for this request (req_ref in web/pages.h); released by the front end */

	enum method		 method;
	const char		*method_name;
	const char		*path;	/* percent-decoded, base path removed, starts with '/' */
	const char		*query;	/* raw query string, never NULL */
	struct param		*params;
	size_t			 nparams;
	const char		*args[REQ_MAX_ARGS];	/* path segments matched by the router */
	size_t			 nargs;

	int			 status;
	const char		*content_type;
	struct buf		 headers;	/* extra "Name: value\r\n" lines */
	struct buf		 body;
};

/* Copy of a front-end parameter into the request arena, or NULL. */
const char	*req_param(struct req *, const char *name);
void		 req_header(struct req *, const char *name, const char *value);
/* Send status line, headers and (unless HEAD) the body through the front end. */
void		 req_send(struct req *);
/* Prepare a request from the front end's parameters; returns 0 or an HTTP status to answer with. */
int		 req_setup(struct req *);
/*
 * Read the body: exactly CONTENT_LENGTH bytes, refusing more than max before
 * reading any.  Returns 0 (body NUL-terminated in the arena), or the HTTP
 * status to answer: 411 (no length), 413 (too large), 400 (short body).
 */
int		 req_read_body(struct req *, size_t max, const char **body, size_t *len);
/* The POSTed form (application/x-www-form-urlencoded, at most max bytes), decoded: 0, or 415, 411, 413, 400. */
int		 req_form(struct req *, size_t max, struct param **, size_t *);
/* Value of a cookie from HTTP_COOKIE, or NULL. */
const char	*req_cookie(struct req *, const char *name);
/*
 * CONTENT_LENGTH (may be NULL) checked against max: 0 with the length in *out, or the status to answer:
 * 411 (none), 400 (not whole decimal digits), 413 (over max).  Pure: the unit tests and a fuzz target use it.
 */
int		 http_content_length(const char *cl, size_t max, size_t *out);
/* The value of cookie name in a Cookie: header (may be NULL), copied to the arena; NULL when absent. */
const char	*http_cookie(struct arena *, const char *header, const char *name);
/* Release everything the request allocated, ready for the next one. */
void		 req_reset(struct req *);
const char	*http_reason(int status);

#endif
