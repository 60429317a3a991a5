/* Untrusted input, checked: each page's declared parameters (struct pspec) validated into fields. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "http/bounds.h"
#include "http/params.h"
#include "lib/fmt.h"
#include "lib/num.h"
#include "lib/util.h"

static const char *const field_errs[FE__MAX] = {
	"",					/* FE_NONE */
	"is required",				/* FE_MISSING */
	"was given more than once",		/* FE_REPEATED */
	"has too many values",			/* FE_TOO_MANY */
	"is longer than payband accepts",	/* FE_TOO_LONG */
	"is not valid text (broken percent-encoding or not UTF-8)",	/* FE_BAD_TEXT */
	"must be a whole number",		/* FE_NOT_NUMBER */
	"is out of range",			/* FE_RANGE */
	"is not one payband knows",		/* FE_UNKNOWN */
};

static void
field_fail(struct arena *a, struct pfield *f, const struct pspec *s, enum field_err e,
    const char *bad)
{
	if (f->err != FE_NONE)
		return;		/* the first problem is the one to fix first */
	f->err = e;
	f->bad = bad;
	if (s->type == PT_UINT && (e == FE_NOT_NUMBER || e == FE_RANGE))
		f->msg = arena_printf(a, "must be a whole number from %lu to %lu", s->min, s->max);
	else if (s->type == PT_MONEY && (e == FE_NOT_NUMBER || e == FE_RANGE))
	{
		char lo[FMT_MAX], hi[FMT_MAX];

		fmt_money(lo, sizeof(lo), (long long)s->min);
		fmt_money(hi, sizeof(hi), (long long)s->max);
		f->msg = arena_printf(a, "must be whole dollars from %s to %s", lo, hi);
	}
	else if (e == FE_TOO_MANY)
		f->msg = arena_printf(a, "has too many values (at most %zu)", s->maxcount);
	else if (e == FE_TOO_LONG)
		f->msg = arena_printf(a, "is longer than %u bytes", MAX_PARAM_LEN);
	else
		f->msg = field_errs[e];
}

void
field_unknown(struct arena *a, struct pfield *f, const char *value)
{
	static const struct pspec any = { "", PT_SLUG, 0, 0, 0, 0 };

	field_fail(a, f, &any, FE_UNKNOWN, value);
}

/* The parser's answer as a field error. */
static enum field_err
num_err(enum num_status st)
{
	return st == NUM_OK ? FE_NONE : st == NUM_RANGE ? FE_RANGE : FE_NOT_NUMBER;
}

static enum field_err
parse_uint(const char *s, unsigned long min, unsigned long max, unsigned long *out)
{
	unsigned long long	 v;
	enum num_status		 st = num_parse(s, 10, min, max, &v);

	if (st == NUM_OK)
		*out = (unsigned long)v;
	return num_err(st);
}

/* "$120,000" or "120000", blanks around it allowed: whole dollars; commas must group by three. */
static enum field_err
parse_money(struct arena *a, const char *s, unsigned long min, unsigned long max, unsigned long *out)
{
	char			*t = arena_strdup(a, s), *e;
	unsigned long long	 v;
	enum num_status		 st;

	while (*t == ' ')
		t++;
	for (e = t + strlen(t); e > t && e[-1] == ' '; e--)
		;
	*e = '\0';
	if ((st = num_parse_dollars(t, min, max, &v)) == NUM_OK)
		*out = (unsigned long)v;
	return num_err(st);
}

size_t
params_validate(struct arena *a, const struct param *ps, size_t n, const struct pspec *spec,
    size_t nspec, struct pfield *fields)
{
	size_t		 i, j, errors = 0, seen;
	enum field_err	 e;

	for (i = 0; i < nspec; i++) {
		const struct pspec	*s = &spec[i];
		struct pfield		*f = &fields[i];

		memset(f, 0, sizeof(*f));
		f->vals = arena_calloc(a, s->flags & PF_MULTI ? s->maxcount + 1 : 1,
		    sizeof(*f->vals));
		seen = 0;
		for (j = 0; j < n; j++) {
			const char *v = ps[j].val;

			if (strcmp(ps[j].key, s->name) != 0)
				continue;
			if (v[0] == '\0' && ps[j].err == DECODE_OK)
				continue;	/* an empty field is an absent one */
			seen++;
			if (!(s->flags & PF_MULTI) && seen > 1) {
				field_fail(a, f, s, FE_REPEATED, NULL);
				continue;
			}
			if ((s->flags & PF_MULTI) && seen > s->maxcount) {
				field_fail(a, f, s, FE_TOO_MANY, NULL);
				continue;
			}
			if (ps[j].err == DECODE_TOO_LONG) {
				field_fail(a, f, s, FE_TOO_LONG, NULL);
				continue;
			}
			if (ps[j].err != DECODE_OK) {
				field_fail(a, f, s, FE_BAD_TEXT, NULL);
				continue;
			}
			switch (s->type) {
			case PT_SLUG:
				if (!slug_valid(v)) {
					field_fail(a, f, s, FE_UNKNOWN, v);
					continue;
				}
				break;
			case PT_UINT:
				if ((e = parse_uint(v, s->min, s->max, &f->num)) != FE_NONE) {
					field_fail(a, f, s, e, v);
					continue;
				}
				break;
			case PT_MONEY:
				if ((e = parse_money(a, v, s->min, s->max, &f->num)) != FE_NONE) {
					field_fail(a, f, s, e, v);
					continue;
				}
				break;
			default:
				continue;
			}
			f->vals[f->n++] = v;
		}
		if (f->n == 0 && f->err == FE_NONE && (s->flags & PF_REQUIRED))
			field_fail(a, f, s, FE_MISSING, NULL);
		/* A repeated single value is not trusted at all: the form shows it empty. */
		if (f->err == FE_REPEATED)
			f->n = 0;
		if (f->err != FE_NONE)
			errors++;
	}
	return errors;
}

int
params_none(const struct param *ps, size_t n, const struct pspec *spec, size_t nspec)
{
	size_t	 i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < nspec; j++)
			if (strcmp(ps[i].key, spec[j].name) == 0)
				return 0;
	return 1;
}
