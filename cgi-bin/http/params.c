/* Untrusted input: path and query decoding, and the checks every value passes. */
#include "config.h"

#include <limits.h>
#include <string.h>

#include <uriparser/Uri.h>

#include "http/bounds.h"
#include "lib/fmt.h"
#include "http/params.h"
#include "lib/num.h"
#include "lib/util.h"

static const char *const decode_errs[DECODE__MAX] = {
	"ok",				/* DECODE_OK */
	"malformed percent-encoding",	/* DECODE_BAD_ESCAPE */
	"not valid UTF-8 text",		/* DECODE_BAD_UTF8 */
	"value too long",		/* DECODE_TOO_LONG */
	"too many parameters",		/* DECODE_TOO_MANY */
};

const char *
decode_err_str(enum decode_err e)
{
	return (unsigned)e < DECODE__MAX ? decode_errs[e] : "unknown";
}

bool
utf8_valid(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s, *end = p + len;
	unsigned		 c, need;
	unsigned long		 cp, min;

	while (p < end) {
		c = *p++;
		if (c < 0x80) {
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
				return false;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			need = 1; cp = c & 0x1f; min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2; cp = c & 0x0f; min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3; cp = c & 0x07; min = 0x10000;
		} else
			return false;
		if ((size_t)(end - p) < need)
			return false;
		while (need-- > 0) {
			if ((*p & 0xc0) != 0x80)
				return false;
			cp = (cp << 6) | (*p++ & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return false;
	}
	return true;
}

bool
slug_valid(const char *s)
{
	size_t	 i, len = strlen(s);

	if (len == 0 || len > MAX_SLUG_LEN || s[0] == '-' || s[len - 1] == '-')
		return false;
	for (i = 0; i < len; i++) {
		if (s[i] == '-') {
			if (s[i + 1] == '-')
				return false;
		} else if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9')))
			return false;
	}
	return true;
}

static int
ishex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Reject what uriparser would pass through leniently: stray '%' and %00. */
static enum decode_err
check_escapes(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\0')
			return DECODE_BAD_ESCAPE;
		if (s[i] != '%')
			continue;
		if (len - i < 3 || !ishex(s[i + 1]) || !ishex(s[i + 2]))
			return DECODE_BAD_ESCAPE;
		if (s[i + 1] == '0' && s[i + 2] == '0')
			return DECODE_BAD_ESCAPE;
		i += 2;
	}
	return DECODE_OK;
}

enum decode_err
form_decode(struct arena *a, const char *s, size_t len, struct param **out, size_t *nout)
{
	struct param	*ps;
	const char	*p = s, *end = s + len, *amp, *eq;
	size_t		 n = 0, cap = 1, i, klen, vlen;
	char		*k, *v;
	enum decode_err	 e;

	*out = NULL;
	*nout = 0;
	for (i = 0; i < len; i++)
		if (s[i] == '&' || s[i] == ';')
			cap++;
	if (cap > MAX_PARAMS * 2)
		return DECODE_TOO_MANY;
	ps = arena_calloc(a, cap, sizeof(*ps));
	for (; p < end; p = amp + 1) {
		for (amp = p; amp < end && *amp != '&' && *amp != ';'; amp++)
			continue;
		if (amp == p)
			continue;	/* "a=1&&b=2" */
		for (eq = p; eq < amp && *eq != '='; eq++)
			continue;
		klen = (size_t)(eq - p);
		vlen = eq < amp ? (size_t)(amp - eq - 1) : 0;
		/* A key we cannot read makes the whole input unreadable; a bad value is the field's error. */
		if (klen > MAX_PARAM_LEN * 3)
			return DECODE_TOO_LONG;
		if ((e = check_escapes(p, klen)) != DECODE_OK)
			return e;
		k = arena_strndup(a, p, klen);
		klen = (size_t)(uriUnescapeInPlaceExA(k, URI_TRUE, URI_BR_DONT_TOUCH) - k);
		if (klen > MAX_PARAM_LEN)
			return DECODE_TOO_LONG;
		if (!utf8_valid(k, klen))
			return DECODE_BAD_UTF8;
		if (n == MAX_PARAMS)
			return DECODE_TOO_MANY;
		ps[n].key = k;
		ps[n].val = "";
		ps[n].vlen = 0;
		ps[n].err = DECODE_OK;
		if (vlen > MAX_PARAM_LEN * 3)
			ps[n].err = DECODE_TOO_LONG;
		else if ((ps[n].err = check_escapes(eq + 1, vlen)) == DECODE_OK) {
			v = arena_strndup(a, eq + 1, vlen);
			vlen = (size_t)(uriUnescapeInPlaceExA(v, URI_TRUE, URI_BR_DONT_TOUCH) - v);
			if (vlen > MAX_PARAM_LEN)
				ps[n].err = DECODE_TOO_LONG;
			else if (!utf8_valid(v, vlen))
				ps[n].err = DECODE_BAD_UTF8;
			else {
				ps[n].val = v;
				ps[n].vlen = vlen;
			}
		}
		n++;
		if (amp == end)
			break;
	}
	*out = ps;
	*nout = n;
	return DECODE_OK;
}

enum decode_err
path_decode(struct arena *a, const char *uri, const char *base, const char **out)
{
	const char	*q = strchr(uri, '?');
	size_t		 len = q != NULL ? (size_t)(q - uri) : strlen(uri);
	size_t		 blen = strlen(base);
	char		*p;
	const char	*end;
	enum decode_err	 e;

	*out = NULL;
	if (len > MAX_URI_LEN)
		return DECODE_TOO_LONG;
	if ((e = check_escapes(uri, len)) != DECODE_OK)
		return e;
	if (blen > 0) {
		if (len < blen || strncmp(uri, base, blen) != 0)
			return DECODE_OK;
		if (len > blen && uri[blen] != '/')
			return DECODE_OK;	/* "/paybandx" is not below "/payband" */
		uri += blen;
		len -= blen;
	}
	if (len == 0) {
		*out = "/";
		return DECODE_OK;
	}
	if (uri[0] != '/')
		return DECODE_OK;
	p = arena_strndup(a, uri, len);
	end = uriUnescapeInPlaceExA(p, URI_FALSE, URI_BR_DONT_TOUCH);
	if (!utf8_valid(p, (size_t)(end - p)))
		return DECODE_BAD_UTF8;
	*out = p;
	return DECODE_OK;
}

int
path_split(struct arena *a, const char *path, const char **segs, size_t max)
{
	size_t		 n = 0;
	const char	*p = path, *slash;

	while (*p != '\0') {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		slash = strchr(p, '/');
		if (slash == NULL)
			slash = p + strlen(p);
		if (n == max)
			return -1;
		segs[n++] = arena_strndup(a, p, (size_t)(slash - p));
		p = slash;
	}
	return (int)n;
}

const char *
param_get(const struct param *ps, size_t n, const char *key, size_t *count)
{
	const char	*first = NULL;
	size_t		 i, c = 0;

	for (i = 0; i < n; i++) {
		if (strcmp(ps[i].key, key) != 0)
			continue;
		if (c++ == 0)
			first = ps[i].val;
	}
	if (count != NULL)
		*count = c;
	return first;
}
