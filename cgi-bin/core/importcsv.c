/* CSV import of contributions: line splitting (RFC 4180) and line validation; no I/O, no database. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/importcsv.h"
#include "core/rules.h"
#include "lib/util.h"
#include "lib/num.h"

/* The bounds of the contributions contract: core/rules.h (sql/migrations/019_contributions.sql checks the same). */
#define YEARS_MIN	0L
#define YEARS_MAX	((long)MAX_YEARS)
#define BASE_MIN	((long)MIN_BASE_SALARY)
#define BASE_MAX	((long)MAX_BASE_SALARY)
#define BONUS_MAX	((long)MAX_BONUS)
#define EQUITY_MAX	((long)MAX_EQUITY)
/* Unknown slugs named in one message; the rest are counted. */
#define SHOW_UNKNOWN	3u

const char *const import_columns[IMPORT_COL__MAX] = {
	"role", "region", "years", "base_salary", "bonus", "equity", "employment_type", "skills",
	"certifications",
};

static int
fail(char *err, size_t errsz, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int
fail(char *err, size_t errsz, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(err, errsz, fmt, ap);
	va_end(ap);
	return -1;
}

int
import_split(const char *line, size_t len, struct import_fields *f, char *err, size_t errsz)
{
	size_t	 i = 0, o = 0;
	char	*start;

	f->n = 0;
	if (len > IMPORT_MAX_LINE)
		return fail(err, errsz, "longer than %u bytes", IMPORT_MAX_LINE);
	if (memchr(line, '\0', len) != NULL)
		return fail(err, errsz, "holds a NUL byte");
	/*
	 * Output never outruns input: a field's text is at most its bytes on the
	 * line (quotes and doubled quotes shrink), and each separating comma pays
	 * for one NUL, so o <= len + 1 <= sizeof(f->buf).
	 */
	for (;;) {
		start = f->buf + o;
		if (i < len && line[i] == '"') {
			for (i++;; i++) {
				if (i == len)
					return fail(err, errsz, "field %zu: the quote is not closed on this line", f->n + 1);
				if (line[i] == '"') {
					if (i + 1 < len && line[i + 1] == '"')
						i++;	/* "" is one quote */
					else
						break;
				}
				f->buf[o++] = line[i];
			}
			i++;	/* the closing quote */
			if (i < len && line[i] != ',')
				return fail(err, errsz, "field %zu: text after the closing quote", f->n + 1);
		} else {
			for (; i < len && line[i] != ','; i++) {
				if (line[i] == '"')
					return fail(err, errsz, "field %zu: a quote inside an unquoted field (quote the "
					    "whole field and write the quote twice)", f->n + 1);
				f->buf[o++] = line[i];
			}
		}
		f->buf[o++] = '\0';
		if (f->n < IMPORT_COL__MAX)
			f->field[f->n] = start;
		f->n++;
		if (i == len)
			return 0;
		i++;	/* the comma: a field follows, empty if the line ends here */
	}
}

/* s without the blanks (space, tab) around it; trims in place. */
static char *
trim(char *s)
{
	size_t	 n;

	while (*s == ' ' || *s == '\t')
		s++;
	for (n = strlen(s); n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'); n--)
		s[n - 1] = '\0';
	return s;
}

int
import_header_ok(const struct import_fields *f)
{
	char	 name[IMPORT_MAX_LINE + 1];
	size_t	 i;

	if (f->n != IMPORT_COL__MAX)
		return -1;
	for (i = 0; i < IMPORT_COL__MAX; i++) {
		snprintf(name, sizeof(name), "%s", f->field[i]);
		if (strcasecmp(trim(name), import_columns[i]) != 0)
			return -1;
	}
	return 0;
}

void
import_show(const char *s, char *out, size_t outsz)
{
	size_t	 i, o = 0;
	/* room for the widest escape, the closing quote, "..." and the NUL */
	const size_t reserve = 4 + 1 + 3 + 1;

	if (outsz < reserve + 1) {
		if (outsz > 0)
			out[0] = '\0';
		return;
	}
	out[o++] = '"';
	for (i = 0; s[i] != '\0' && i < IMPORT_SHOW_VALUE && o + reserve < outsz; i++) {
		unsigned char c = (unsigned char)s[i];

		/* Bytes from the file reach a terminal: nothing in them may be a control sequence. */
		if (c == '"' || c == '\\') {
			out[o++] = '\\';
			out[o++] = (char)c;
		} else if (c < 0x20 || c >= 0x7f)
			o += (size_t)snprintf(out + o, outsz - o, "\\x%02x", c);
		else
			out[o++] = (char)c;
	}
	out[o++] = '"';
	if (s[i] != '\0') {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
}

static void
add_error(struct import_errors *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
add_error(struct import_errors *e, const char *fmt, ...)
{
	va_list	 ap;

	if (e->n >= IMPORT_COL__MAX)
		return;
	va_start(ap, fmt);
	vsnprintf(e->msg[e->n++], IMPORT_MAX_MSG, fmt, ap);
	va_end(ap);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
known(const char *const *list, size_t n, const char *s)
{
	return n > 0 && bsearch(&s, list, n, sizeof(*list), cmp_str) != NULL;
}

static void
check_slug(struct import_errors *e, const char *col, const char *what, const char *v,
    const char *const *list, size_t n, const char **out)
{
	char	 shown[IMPORT_SHOWN_MAX];

	if (*v == '\0') {
		add_error(e, "%s: missing", col);
		return;
	}
	if (!known(list, n, v)) {
		import_show(v, shown, sizeof(shown));
		add_error(e, "%s: no such %s (got %s)", col, what, shown);
		return;
	}
	*out = v;
}

static void
check_number(struct import_errors *e, const char *col, char *v, long min, long max, int dollars,
    int empty_is_zero, int *out)
{
	char	 shown[IMPORT_SHOWN_MAX];
	unsigned long long n;
	enum num_status	 rc;

	if (*v == '\0' && empty_is_zero) {
		*out = 0;
		return;
	}
	/* min >= 0: every column is a count or an amount */
	rc = dollars ? num_parse_dollars(v, (unsigned long long)min, (unsigned long long)max, &n)
	    : num_parse(v, 10, (unsigned long long)min, (unsigned long long)max, &n);
	if (rc == NUM_OK) {
		*out = (int)n;	/* within [min, max], which fit an int */
		return;
	}
	import_show(v, shown, sizeof(shown));
	add_error(e, "%s: must be %sa whole number%s from %ld to %ld (got %s)", col,
	    empty_is_zero ? "empty or " : "", dollars ? " of dollars" : "", min, max, shown);
}

/* A ';'-separated list of known slugs, repeats folded, at most max. Rewrites s in place. */
static void
check_list(struct import_errors *e, const char *col, const char *what, char *s,
    const char *const *list, size_t nlist, const char **out, size_t max, size_t *nout)
{
	char	 unknown[SHOW_UNKNOWN * (IMPORT_SHOWN_MAX + 2)], shown[IMPORT_SHOWN_MAX];
	char	*item, *next;
	size_t	 nunknown = 0, ulen = 0, j;
	int	 over = 0;

	*nout = 0;
	unknown[0] = '\0';
	for (item = s; item != NULL; item = next) {
		if ((next = strchr(item, ';')) != NULL)
			*next++ = '\0';
		item = trim(item);
		if (*item == '\0')
			continue;
		if (!known(list, nlist, item)) {
			if (nunknown++ < SHOW_UNKNOWN) {
				/* fits: unknown has room for SHOW_UNKNOWN shown values and separators */
				import_show(item, shown, sizeof(shown));
				if (nunknown > 1) {
					memcpy(unknown + ulen, ", ", 2);
					ulen += 2;
				}
				memcpy(unknown + ulen, shown, strlen(shown) + 1);
				ulen += strlen(shown);
			}
			continue;
		}
		for (j = 0; j < *nout && strcmp(out[j], item) != 0; j++)
			continue;
		if (j < *nout)
			continue;	/* named twice */
		if (*nout == max) {
			over = 1;
			continue;
		}
		out[(*nout)++] = item;
	}
	if (nunknown > SHOW_UNKNOWN)
		add_error(e, "%s: no such %ss %s and %zu more", col, what, unknown, nunknown - SHOW_UNKNOWN);
	else if (nunknown > 1)
		add_error(e, "%s: no such %ss %s", col, what, unknown);
	else if (nunknown == 1)
		add_error(e, "%s: no such %s %s", col, what, unknown);
	else if (over)
		add_error(e, "%s: more than %zu (the most one contribution takes)", col, max);
}

size_t
import_validate(struct import_fields *f, const struct import_lists *l, struct import_row *row,
    struct import_errors *e)
{
	char	*v[IMPORT_COL__MAX];
	size_t	 i;

	e->n = 0;
	memset(row, 0, sizeof(*row));
	if (f->n != IMPORT_COL__MAX) {
		add_error(e, "%zu fields, expected %d%s", f->n, (int)IMPORT_COL__MAX,
		    f->n > IMPORT_COL__MAX ? " (a value with a comma must be in double quotes)" : "");
		return e->n;
	}
	for (i = 0; i < IMPORT_COL__MAX; i++)
		v[i] = trim(f->field[i]);

	check_slug(e, import_columns[IMPORT_ROLE], "role", v[IMPORT_ROLE], l->roles, l->nroles, &row->role);
	check_slug(e, import_columns[IMPORT_REGION], "region", v[IMPORT_REGION], l->regions, l->nregions,
	    &row->region);
	check_number(e, import_columns[IMPORT_YEARS], v[IMPORT_YEARS], YEARS_MIN, YEARS_MAX, 0, 0, &row->years);
	check_number(e, import_columns[IMPORT_BASE], v[IMPORT_BASE], BASE_MIN, BASE_MAX, 1, 0, &row->base);
	check_number(e, import_columns[IMPORT_BONUS], v[IMPORT_BONUS], 0, BONUS_MAX, 1, 1, &row->bonus);
	check_number(e, import_columns[IMPORT_EQUITY], v[IMPORT_EQUITY], 0, EQUITY_MAX, 1, 1, &row->equity);

	row->employment = employment_type(v[IMPORT_EMPLOYMENT]);
	if (row->employment == NULL) {
		char	 shown[IMPORT_SHOWN_MAX];

		import_show(v[IMPORT_EMPLOYMENT], shown, sizeof(shown));
		add_error(e, "%s: must be full-time, part-time or contract (got %s)",
		    import_columns[IMPORT_EMPLOYMENT], shown);
	}

	check_list(e, import_columns[IMPORT_SKILLS], "skill", v[IMPORT_SKILLS], l->skills, l->nskills,
	    row->skills, MAX_SKILLS, &row->nskills);
	check_list(e, import_columns[IMPORT_CERTS], "certification", v[IMPORT_CERTS], l->certs, l->ncerts,
	    row->certs, MAX_CERTS, &row->ncerts);
	return e->n;
}

/* The column names joined by commas, as the header line must be. */
void
import_header_text(struct buf *b)
{
	size_t	 i;

	for (i = 0; i < IMPORT_COL__MAX; i++) {
		if (i > 0)
			buf_putc(b, ',');
		buf_puts(b, import_columns[i]);
	}
}
