/* Untrusted input: path and query decoding, and the checks every value passes. */
#ifndef PAYBAND_PARAMS_H
#define PAYBAND_PARAMS_H

#include <stdbool.h>
#include <stddef.h>

#include "request.h"

/* Why a decode failed; messages are for logs and the API, pages word them in templates. */
enum decode_err {
	DECODE_OK = 0,
	DECODE_BAD_ESCAPE,	/* '%' not followed by two hex digits, or %00 */
	DECODE_BAD_UTF8,
	DECODE_TOO_LONG,
	DECODE_TOO_MANY,
	DECODE__MAX
};

const char	*decode_err_str(enum decode_err);

/* True if s[0..len) is well-formed UTF-8 without NUL or other C0 controls except TAB/LF/CR. */
bool		 utf8_valid(const char *s, size_t len);
/* True for lower-case hyphenated slugs: [a-z0-9]+(-[a-z0-9]+)*, at most MAX_SLUG_LEN. */
bool		 slug_valid(const char *s);

/*
 * Decode an x-www-form-urlencoded string (a query string or a form body).
 * Keys and values are percent-decoded, '+' is a space.  A key that is too long,
 * badly escaped or not UTF-8 fails the whole input; a value that is
 * (more than MAX_PARAM_LEN bytes, bad escape, not UTF-8) is kept with its
 * error in param.err and an empty value, so a form can say which field was wrong.
 * Results live in the arena.
 */
enum decode_err	 form_decode(struct arena *, const char *s, size_t len,
		    struct param **out, size_t *nout);

/*
 * From REQUEST_URI: drop the query, check and remove the base prefix, percent-decode.
 * Returns the path (starting with '/') in *out, or NULL in *out if the URI is not
 * below the base.  Decode errors are returned as for form_decode.
 */
enum decode_err	 path_decode(struct arena *, const char *uri, const char *base,
		    const char **out);

/* Split a decoded path into at most max non-empty segments; returns the count, or -1 if more. */
int		 path_split(struct arena *, const char *path, const char **segs, size_t max);

/* First value of key, or NULL; *count (if given) is how many times key occurs. */
const char	*param_get(const struct param *, size_t n, const char *key, size_t *count);

#endif
