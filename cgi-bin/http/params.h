/* Untrusted input: path and query decoding, and the checks every value passes. */
#ifndef PAYBAND_PARAMS_H
#define PAYBAND_PARAMS_H

#include <stdbool.h>
#include <stddef.h>

#include "lib/util.h"

/* A decoded query or form parameter. */
struct param {
	const char	*key;
	const char	*val;	/* "" when err is set */
	size_t		 vlen;
	int		 err;	/* enum decode_err: DECODE_OK, or why the value was refused */
};

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


/*
 * Declared inputs: each page lists the parameters it accepts in a table; one
 * validator checks them all, so a handler only sees valid values or absence.
 */
enum ptype {
	PT_SLUG,	/* [a-z0-9-], checked against the database by the handler */
	PT_UINT,	/* whole number in [min, max] */
	PT_MONEY,	/* whole dollars in [min, max]; "$" and "," separators allowed */
	PT__MAX
};

#define PF_REQUIRED	0x1u
#define PF_MULTI	0x2u

struct pspec {
	const char	*name;
	enum ptype	 type;
	unsigned	 flags;
	unsigned long	 min, max;	/* PT_UINT bounds */
	size_t		 maxcount;	/* PF_MULTI: most values accepted */
};

enum field_err {
	FE_NONE,
	FE_MISSING,
	FE_REPEATED,
	FE_TOO_MANY,
	FE_TOO_LONG,
	FE_BAD_TEXT,
	FE_NOT_NUMBER,
	FE_RANGE,
	FE_UNKNOWN,
	FE__MAX
};

struct pfield {
	const char	**vals;		/* valid values, in the order given */
	size_t		 n;
	unsigned long	 num;		/* PT_UINT: the value */
	enum field_err	 err;
	const char	*bad;		/* the refused value, to show back in the form (may be NULL) */
	const char	*msg;		/* message for err, e.g. "must be a whole number from 0 to 60" */
};

/*
 * Check params against the table; fields[i] answers spec[i].  Keys not in the
 * table are ignored.  Returns the number of fields with an error.
 */
size_t		 params_validate(struct arena *, const struct param *, size_t,
		    const struct pspec *, size_t nspec, struct pfield *fields);
/* Mark field f as naming something unknown (a slug not in the database). */
void		 field_unknown(struct arena *, struct pfield *, const char *value);
/* True if no parameter of the table was given at all. */
int		 params_none(const struct param *, size_t, const struct pspec *, size_t nspec);

#endif
