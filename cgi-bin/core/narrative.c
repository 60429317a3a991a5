/* Narrative text from the database: placeholders filled, emphasis split into segments. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/narrative.h"
#include "lib/util.h"

static int
isname(char c)
{
	return (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9');
}

/* Expand {name} placeholders into out. Returns -1 if one has no value. */
static int
fill(struct buf *out, const char *body, const struct nvar *vars, size_t nvars)
{
	const char	*p = body, *q;
	size_t		 i, len;

	while (*p != '\0') {
		if (*p != '{') {
			buf_putc(out, *p++);
			continue;
		}
		for (q = p + 1; isname(*q); q++)
			continue;
		if (*q != '}' || q == p + 1) {
			buf_putc(out, *p++);
			continue;
		}
		len = (size_t)(q - p - 1);
		for (i = 0; i < nvars; i++)
			if (strlen(vars[i].name) == len && strncmp(vars[i].name, p + 1, len) == 0)
				break;
		if (i == nvars || vars[i].value == NULL)
			return -1;
		buf_puts(out, vars[i].value);
		p = q + 1;
	}
	return 0;
}

int
narrative_render(struct arena *a, const char *body, const struct nvar *vars, size_t nvars,
    struct seg **out, size_t *nout)
{
	struct buf	 filled, cur;
	struct seg	*segs;
	size_t		 n = 0, cap, i;
	enum seg_style	 style = SEG_PLAIN, next;
	const char	*p;
	int		 rc = -1;

	*out = NULL;
	*nout = 0;
	buf_init(&filled);
	buf_init(&cur);
	buf_puts(&filled, "");
	if (fill(&filled, body, vars, nvars) == -1)
		goto done;
	/* Each marker starts at most one segment: bounded by the count of '*' + 1. */
	cap = 1;
	for (i = 0; i < filled.len; i++)
		if (filled.data[i] == '*')
			cap++;
	segs = arena_calloc(a, cap, sizeof(*segs));
	for (p = filled.data; ; p++) {
		int marker = 0;

		if (*p == '*' && p[1] == '*') {
			marker = 2;
			next = style == SEG_STRONG ? SEG_PLAIN : SEG_STRONG;
		} else if (*p == '*') {
			marker = 1;
			next = style == SEG_EM ? SEG_PLAIN : SEG_EM;
		} else
			next = style;
		/* A marker inside the other style is literal: "**a*b**". */
		if (marker && style != SEG_PLAIN && next != SEG_PLAIN) {
			buf_append(&cur, p, (size_t)marker);
			p += marker - 1;
			continue;
		}
		if (marker || *p == '\0') {
			if (cur.len > 0) {
				segs[n].style = style;
				segs[n].text = arena_strndup(a, cur.data, cur.len);
				n++;
				buf_reset(&cur);
			}
			if (*p == '\0')
				break;
			style = next;
			p += marker - 1;
			continue;
		}
		buf_putc(&cur, *p);
	}
	*out = segs;
	*nout = n;
	rc = 0;
done:
	buf_free(&filled);
	buf_free(&cur);
	return rc;
}

size_t
edit_distance(const char *a, const char *b, size_t cap)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j, best, *row, diag, up, v;

	if ((la > lb ? la - lb : lb - la) > cap)
		return cap + 1;
	row = xcalloc(lb + 1, sizeof(*row));
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		diag = row[0];
		row[0] = i;
		best = row[0];
		for (j = 1; j <= lb; j++) {
			up = row[j];
			v = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > cap) {
			free(row);
			return cap + 1;
		}
	}
	v = row[lb];
	free(row);
	return v > cap ? cap + 1 : v;
}
