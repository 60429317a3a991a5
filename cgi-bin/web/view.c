/* View helpers the pages share: figures as text (money, counts, percentages) and field errors into a template. */
#include "config.h"

#include <ctype.h>
#include <math.h>

#include "lib/fmt.h"
#include "web/view.h"

const char *
view_money(struct arena *a, long long v)
{
	char	 b[FMT_MAX];

	if (v == NUM_NONE)
		return NULL;
	fmt_money(b, sizeof(b), v);
	return arena_strdup(a, b);
}

const char *
view_money_d(struct arena *a, double v)
{
	if (isnan(v) || v < 0)
		return NULL;
	return view_money(a, llround(v));
}

const char *
view_count(struct arena *a, long long v)
{
	char	 b[FMT_MAX];

	if (v == NUM_NONE)
		return NULL;
	fmt_thousands(b, sizeof(b), v);
	return arena_strdup(a, b);
}

const char *
view_decimal2(struct arena *a, double v)
{
	return isnan(v) ? NULL : arena_printf(a, "%.2f", v);
}

const char *
view_pct_point(struct arena *a, double v)
{
	char	 b[FMT_MAX];

	if (isnan(v))
		return NULL;
	fmt_decimal(b, sizeof(b), fabs(v));
	return arena_printf(a, "%s%s%%", v < 0 ? "−" : "+", b);
}

const char *
view_pct_range(struct arena *a, double lo, double hi)
{
	char	 b[FMT_MAX];

	if (isnan(lo) || isnan(hi))
		return NULL;
	fmt_pct_range(b, sizeof(b), lo, hi);
	return arena_strdup(a, b);
}

void
view_set_opt(tmpl_dict *d, const char *key, const char *v)
{
	if (v != NULL) {
		tmpl_set(d, key, v);
		tmpl_show(d, key);
	}
}

const char *
view_upper(struct arena *a, const char *s)
{
	char	*u = arena_strdup(a, s), *p;

	for (p = u; *p != '\0'; p++)
		*p = (char)toupper((unsigned char)*p);
	return u;
}

void
view_field_errors(tmpl_dict *c, const struct pfield *f, const char *const *sections, size_t n, size_t errors)
{
	tmpl_dict	*d;
	size_t		 i;

	tmpl_show(c, "ERRORS");
	tmpl_set_int(c, "ERROR_COUNT", (long)errors);
	for (i = 0; i < n; i++) {
		if (f[i].err == FE_NONE || sections[i] == NULL)
			continue;
		d = tmpl_add_section(c, sections[i]);
		tmpl_set(d, "MESSAGE", f[i].msg);
		view_set_opt(d, "BAD", f[i].bad);
	}
}
