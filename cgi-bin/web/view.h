/* View helpers the pages share: figures as text (money, counts, percentages) and field errors into a template. */
#ifndef PAYBAND_VIEW_H
#define PAYBAND_VIEW_H

#include <stddef.h>

#include "http/params.h"
#include "lib/tmpl.h"
#include "lib/util.h"

/* "$123,456" in the arena; NULL for NUM_NONE (not published). */
const char	*view_money(struct arena *, long long);
/* "$123,456" of a computed amount, rounded to the dollar; NULL when it is NAN or negative. */
const char	*view_money_d(struct arena *, double);
/* "12,345"; NULL for NUM_NONE. */
const char	*view_count(struct arena *, long long);
/* "1.23"; NULL for NAN. */
const char	*view_decimal2(struct arena *, double);
/* 12.3 -> "+12.3%", -4 -> "−4%"; NULL for NAN. */
const char	*view_pct_point(struct arena *, double);
/* "+5–12%" (fmt_pct_range); NULL when either end is NAN. */
const char	*view_pct_range(struct arena *, double lo, double hi);
/* Sets KEY and shows its section ({{#KEY}}…{{KEY}}…{{/KEY}}) when v is known; nothing when NULL. */
void		 view_set_opt(tmpl_dict *, const char *key, const char *v);
/* A copy of s in upper case (template section names from the database's names). */
const char	*view_upper(struct arena *, const char *);
/*
 * The form's field errors: ERRORS, ERROR_COUNT, and for each field in error with a section name in
 * sections[0..n) (NULL: none), that section with MESSAGE and, when the value is shown back, BAD.
 */
void		 view_field_errors(tmpl_dict *, const struct pfield *, const char *const *sections, size_t n,
		    size_t errors);

#endif
