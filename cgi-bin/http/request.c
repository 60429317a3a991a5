/* One request: reading its parameters from the front end, sending its response. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lib/conf.h"
#include "http/bounds.h"
#include "lib/log.h"
#include "http/params.h"
#include "http/request.h"

const char *
http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 429: return "Too Many Requests";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	default:  return "Unknown";
	}
}

const char *
req_param(struct req *r, const char *name)
{
	const char	*v = r->io->param(r->io->ctx, name);

	return v == NULL ? NULL : arena_strdup(&r->arena, v);
}

void
req_header(struct req *r, const char *name, const char *value)
{
	/* Headers are an output context too: no CR/LF ever reaches one. */
	if (strpbrk(name, "\r\n:") != NULL || strpbrk(value, "\r\n") != NULL) {
		log_err("refused header %s with CR/LF", name);
		return;
	}
	buf_printf(&r->headers, "%s: %s\r\n", name, value);
}

static enum method
method_of(const char *m)
{
	if (m == NULL)
		return METHOD_OTHER;
	if (strcmp(m, "GET") == 0)
		return METHOD_GET;
	if (strcmp(m, "HEAD") == 0)
		return METHOD_HEAD;
	if (strcmp(m, "POST") == 0)
		return METHOD_POST;
	return METHOD_OTHER;
}

int
req_setup(struct req *r)
{
	const char	*uri, *q, *script, *pinfo;
	enum decode_err	 e;

	r->method_name = req_param(r, "REQUEST_METHOD");
	r->method = method_of(r->method_name);
	r->query = "";
	r->path = "/";

	/*
	 * REQUEST_URI is what the browser asked for under every server we support;
	 * plain CGI servers that lack it give SCRIPT_NAME + PATH_INFO.
	 */
	uri = req_param(r, "REQUEST_URI");
	if (uri == NULL || uri[0] == '\0') {
		script = req_param(r, "SCRIPT_NAME");
		pinfo = req_param(r, "PATH_INFO");
		uri = arena_printf(&r->arena, "%s%s", script ? script : "", pinfo ? pinfo : "");
	}
	if (strlen(uri) > MAX_URI_LEN)
		return 414;
	if ((q = strchr(uri, '?')) != NULL)
		r->query = q + 1;
	else if ((q = req_param(r, "QUERY_STRING")) != NULL)
		r->query = q;

	e = path_decode(&r->arena, uri, r->cfg->base, &r->path);
	if (e != DECODE_OK)
		return 400;
	if (r->path == NULL) {
		r->path = "/";
		return 404;
	}
	e = form_decode(&r->arena, r->query, strlen(r->query), &r->params, &r->nparams);
	if (e != DECODE_OK)
		return 400;
	return 0;
}

void
req_send(struct req *r)
{
	struct buf	 h;
	const struct io	*io = r->io;

	buf_init(&h);
	buf_printf(&h, "Status: %d %s\r\n", r->status, http_reason(r->status));
	if (r->content_type != NULL)
		buf_printf(&h, "Content-Type: %s\r\n", r->content_type);
	buf_printf(&h, "Content-Length: %zu\r\n", r->body.len);
	buf_puts(&h, "X-Content-Type-Options: nosniff\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; "
	    "style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'\r\n");
	if (r->headers.len > 0)
		buf_append(&h, r->headers.data, r->headers.len);
	buf_puts(&h, "\r\n");
	io->write(io->ctx, h.data, h.len);
	if (r->method != METHOD_HEAD && r->body.len > 0)
		io->write(io->ctx, r->body.data, r->body.len);
	buf_free(&h);
}

void
req_reset(struct req *r)
{
	arena_reset(&r->arena);
	buf_reset(&r->headers);
	buf_reset(&r->body);
	r->method = METHOD_OTHER;
	r->method_name = NULL;
	r->path = r->query = NULL;
	r->params = NULL;
	r->nparams = 0;
	r->nargs = 0;
	r->status = 200;
	r->content_type = NULL;
}

int
http_content_length(const char *cl, size_t max, size_t *out)
{
	const char	*p;
	size_t		 want = 0;

	/* Whole decimal digits only: no sign, no spaces, no overflow (CVE-2025-23016 was int arithmetic here). */
	if (cl == NULL || cl[0] == '\0')
		return 411;
	for (p = cl; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return 400;
		if (want > (max + 1) / 10)
			return 413;
		want = want * 10 + (size_t)(*p - '0');
	}
	if (want > max)
		return 413;
	*out = want;
	return 0;
}

const char *
http_cookie(struct arena *a, const char *h, const char *name)
{
	const char	*p, *end, *eq;
	size_t		 nlen = strlen(name);

	if (h == NULL)
		return NULL;
	for (p = h; *p != '\0'; p = *end ? end + 1 : end) {
		while (*p == ' ')
			p++;
		end = strchr(p, ';');
		if (end == NULL)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq != NULL && (size_t)(eq - p) == nlen && strncmp(p, name, nlen) == 0)
			return arena_strndup(a, eq + 1, (size_t)(end - eq - 1));
	}
	return NULL;
}

int
req_read_body(struct req *r, size_t max, const char **body, size_t *len)
{
	const char	*cl = req_param(r, "CONTENT_LENGTH");
	size_t		 want, got = 0, n;
	char		*buf;
	int		 st;

	*body = "";
	*len = 0;
	if ((st = http_content_length(cl, max, &want)) != 0)
		return st;
	buf = arena_alloc(&r->arena, want + 1);
	while (got < want) {
		n = r->io->read(r->io->ctx, buf + got, want - got);
		if (n == 0)
			return 400;	/* the client sent less than it announced */
		got += n;
	}
	buf[got] = '\0';
	*body = buf;
	*len = got;
	return 0;
}

int
req_form(struct req *r, size_t max, struct param **ps, size_t *nps)
{
	const char	*ct = req_param(r, "CONTENT_TYPE"), *body;
	size_t		 len;
	int		 rc;

	if (ct == NULL || strncmp(ct, "application/x-www-form-urlencoded", 33) != 0 ||
	    (ct[33] != '\0' && ct[33] != ';'))
		return 415;
	if ((rc = req_read_body(r, max, &body, &len)) != 0)
		return rc;
	if (form_decode(&r->arena, body, len, ps, nps) != DECODE_OK)
		return 400;
	return 0;
}

const char *
req_cookie(struct req *r, const char *name)
{
	return http_cookie(&r->arena, req_param(r, "HTTP_COOKIE"), name);
}
