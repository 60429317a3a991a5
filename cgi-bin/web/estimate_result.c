/* The estimate page's result: the estimate explained step by step, its chart, what to learn next, the crowd. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lib/conf.h"
#include "data/db.h"
#include "web/estimate.h"
#include "web/estimate_result.h"
#include "lib/fmt.h"
#include "web/pages.h"
#include "http/request.h"
#include "lib/tmpl.h"
#include "web/view.h"

/* A count with thousands separators. */
static const char *
count_str(struct arena *a, long long v)
{
	char	 b[FMT_MAX];

	fmt_thousands(b, sizeof(b), v);
	return arena_strdup(a, b);
}

static const char *
pct(struct arena *a, double v, int sign)
{
	char	 b[FMT_MAX];

	fmt_decimal(b, sizeof(b), fabs(v));
	return arena_cat(a, sign ? (v < 0 ? "−" : "+") : "", b, "%", NULL);
}


/* An SVG coordinate, one decimal at most. */
static const char *
coord(struct arena *a, double v)
{
	char	 b[FMT_MAX];

	fmt_decimal(b, sizeof(b), v);
	return arena_strdup(a, b);
}

/* Server-rendered chart of p10..p90 with the estimate and its range; numbers only, markup in the template. */
static void
fill_chart(struct req *r, tmpl_dict *c, const struct estimate *e)
{
	const double		 w = 640, left = 20, right = 620;
	const struct model_dist	*dist = &e->res.role_dist;
	double			 lo = dist->p10, hi = dist->p90, span;
	tmpl_dict		*d = tmpl_add_section(c, "CHART");
	struct arena		*a = &r->arena;

	if (e->res.low < lo)
		lo = e->res.low;
	if (e->res.high > hi)
		hi = e->res.high;
	span = hi - lo;
	lo -= span * 0.05;
	hi += span * 0.05;
	span = hi - lo;
#define X(v) coord(a, left + ((v) - lo) / span * (right - left))
	tmpl_set(d, "WIDTH", coord(a, w));
	tmpl_set(d, "X10", X(dist->p10));
	tmpl_set(d, "X25", X(dist->p25));
	tmpl_set(d, "X50", X(dist->p50));
	tmpl_set(d, "X75", X(dist->p75));
	tmpl_set(d, "X90", X(dist->p90));
	tmpl_set(d, "XLOW", X(e->res.low));
	tmpl_set(d, "XHIGH", X(e->res.high));
	tmpl_set(d, "XPOINT", X(e->res.point));
	tmpl_set(d, "W2575", coord(a, (dist->p75 - dist->p25) / span * (right - left)));
	tmpl_set(d, "WRANGE", coord(a, (e->res.high - e->res.low) / span * (right - left)));
#undef X
	tmpl_set(d, "P10", view_money(a, llround(dist->p10)));
	tmpl_set(d, "P25", view_money(a, llround(dist->p25)));
	tmpl_set(d, "P50", view_money(a, llround(dist->p50)));
	tmpl_set(d, "P75", view_money(a, llround(dist->p75)));
	tmpl_set(d, "P90", view_money(a, llround(dist->p90)));
	tmpl_set(d, "POINT", view_money(a, llround(e->res.point)));
	tmpl_set(d, "LOW", view_money(a, llround(e->res.low)));
	tmpl_set(d, "HIGH", view_money(a, llround(e->res.high)));
}

/* "+$1,234" / "−$1,234" */
static const char *
signed_money(struct arena *a, double v)
{
	return arena_cat(a, v < 0 ? "−" : "+", view_money(a, llround(fabs(v))), NULL);
}

/* A log effect as a percentage: exp(v) − 1. */
static const char *
log_pct(struct arena *a, double v)
{
	return pct(a, (exp(v) - 1) * 100, 1);
}

/* Source, n and interval of a premium, as every table of the page shows them. */
static void
fill_premium(struct arena *a, tmpl_dict *d, const struct est_premium *p)
{
	tmpl_set(d, "SOURCE", p->publisher);
	view_set_opt(d, "VINTAGE", p->vintage);	/* shown as a section too: "Stack Overflow 2023" */
	if (p->n != NUM_NONE) {
		tmpl_set(d, "N", arena_printf(a, "%lld", p->n));
		tmpl_show(d, "N");
	}
	tmpl_set(d, "PREMIUM", pct(a, p->point_pct, 1));
	tmpl_set(d, "INTERVAL", arena_cat(a, pct(a, p->low_pct, 1), " to ", pct(a, p->high_pct, 1), NULL));
	tmpl_show(d, p->published ? "PUBLISHED" : "FITTED");
}

/* The headline: the estimate, its range and percentile, the projection, the links to it. */
static void
result_headline(struct req *r, tmpl_dict *res, const struct estimate_form *form, const struct estimate *e)
{
	struct arena		*a = &r->arena;
	const struct model_result *m = &e->res;
	tmpl_dict		*d;
	char			 ord[FMT_MAX];

	tmpl_set(res, "ROLE", form->role->title);
	tmpl_set(res, "REGION", form->region->name);
	tmpl_set(res, "YEARS", arena_printf(a, "%d %s", form->years, form->years == 1 ? "year" : "years"));
	tmpl_set(res, "POINT", view_money(a, llround(m->point)));
	tmpl_set(res, "LOW", view_money(a, llround(m->low)));
	tmpl_set(res, "HIGH", view_money(a, llround(m->high)));
	fmt_ordinal(ord, sizeof(ord), lround(m->percentile));
	tmpl_set(res, "PERCENTILE", ord);
	if (m->below_p10)
		tmpl_show(res, "BELOW_P10");
	else if (m->above_p90)
		tmpl_show(res, "ABOVE_P90");
	if (m->projection > 0) {
		d = tmpl_add_section(res, "PROJECTION");
		tmpl_set(d, "PROJECTED", view_money(a, llround(m->projection)));
		tmpl_set(d, "PCT", pct(a, m->projection_pct, 1));
		if (e->base.projection_method != NULL)
			tmpl_set(res, "PROJECTION_METHOD", e->base.projection_method);
	} else
		tmpl_show(res, "NO_PROJECTION");
	tmpl_set(res, "PERMALINK", arena_printf(a, "%s/estimate?%s", r->cfg->base,
	    estimate_query(r, form)));
	tmpl_set(res, "API_LINK", arena_printf(a, "%s/api/v1/estimate?%s", r->cfg->base,
	    estimate_query(r, form)));
}

/* The model's own validation, beside its result. */
static void
result_validation(struct arena *a, tmpl_dict *res, const struct estimate *e)
{
	char	 num[FMT_MAX];

	fmt_decimal(num, sizeof(num), 100 * e->fit.coverage50);
	tmpl_set(res, "COVERAGE50", arena_printf(a, "%s %%", num));
	tmpl_set(res, "MAE", pct(a, (exp(e->fit.mae) - 1) * 100, 0));
	tmpl_set(res, "MAE_BASELINE", pct(a, (exp(e->fit.mae_baseline) - 1) * 100, 0));
	tmpl_set(res, "FIT_N", count_str(a, e->fit.n));
	tmpl_set(res, "FIT_FOLDS", arena_printf(a, "%lld", e->fit.folds));
	tmpl_set(res, "FIT_SOURCE", arena_printf(a, "%s %s", e->fit.publisher, e->fit.vintage));
}

/* The official figure the estimate starts from, the role's level and the experience effect. */
static void
result_base(struct arena *a, tmpl_dict *res, const struct estimate_form *form, const struct estimate *e)
{
	const struct model_result *m = &e->res;
	const struct est_level	*lv = &e->level;
	tmpl_dict		*d;
	char			 num[FMT_MAX];

	tmpl_set(res, "BASE", view_money(a, llround(m->base)));
	tmpl_set(res, "BASE_REGION", e->base.region_name);
	tmpl_set(res, "PCT_REGION", e->base.region_name);
	tmpl_set(res, "ANCHOR", arena_printf(a, "%s (%s)", lv->anchor_title, lv->anchor_soc_code));
	if (e->base.fallback)
		tmpl_show(res, "FALLBACK");
	if (e->base.publisher != NULL)
		tmpl_set(res, "BASE_PUBLISHER", e->base.publisher);
	if (e->base.vintage != NULL)
		tmpl_set(res, "BASE_VINTAGE", e->base.vintage);
	if (e->base.derivation != NULL) {
		tmpl_set(res, "BASE_DERIVATION", e->base.derivation);
		tmpl_show(res, "BASE_DERIVATION");
	}
	if (e->base.shape_note != NULL) {
		tmpl_set(res, "SHAPE_NOTE", e->base.shape_note);
		tmpl_show(res, "SHAPE_NOTE");
	}
	if (lv->has_level) {
		d = tmpl_add_section(res, "LEVEL");
		tmpl_set(d, "ROLE", form->role->title);
		tmpl_set(d, "DOLLARS", signed_money(a, m->level_dollars));
		tmpl_set(d, "PCT", log_pct(a, lv->level));
		tmpl_set(d, "INTERVAL", arena_printf(a, "%s to %s", log_pct(a, lv->level_low),
		    log_pct(a, lv->level_high)));
		tmpl_set(d, "N", count_str(a, lv->level_n));
		if (lv->dev_type != NULL)
			tmpl_set(d, "DEV_TYPE", lv->dev_type);
		tmpl_set(d, "FIT_SOURCE", arena_printf(a, "%s %s", e->fit.publisher, e->fit.vintage));
	}
	tmpl_set(res, "EXP_DOLLARS", signed_money(a, m->exp_dollars));
	tmpl_set(res, "EXP_PCT", log_pct(a, lv->exp));
	tmpl_set(res, "EXP_INTERVAL", arena_printf(a, "%s to %s", log_pct(a, lv->exp_low), log_pct(a, lv->exp_high)));
	fmt_decimal(num, sizeof(num), lv->ref_years);
	tmpl_set(res, "REF_YEARS", num);
}

/* Each skill and certification asked about: its source, and whether and how much the estimate applies it. */
static void
result_items(struct arena *a, tmpl_dict *res, const struct estimate *e)
{
	const struct model_result *m = &e->res;
	tmpl_dict		*d;
	size_t			 i;

	for (i = 0; i < e->nitems; i++) {
		const struct estimate_item	*it = &e->items[i];
		const struct model_effect	*ef = &m->effects[i];

		d = tmpl_add_section(res, "ITEM");
		tmpl_set(d, "NAME", it->name);
		if (it->kind == ITEM_CERT)
			tmpl_show(d, "IS_CERT");
		if (it->published != NULL && it->published != it->prem) {
			tmpl_dict *p = tmpl_add_section(d, "ALSO_PUBLISHED");

			tmpl_set(p, "NAME", it->name);
			fill_premium(a, p, it->published);
			if (it->published->top_decile_with_name != NULL)
				tmpl_set(tmpl_add_section(p, "TOP_DECILE_CLAIM"), "WITH",
				    it->published->top_decile_with_name);
		}
		if (it->prem == NULL) {
			tmpl_show(d, "NO_DATA");
			continue;
		}
		fill_premium(a, tmpl_add_section(d, "SOURCE"), it->prem);
		switch (ef->why) {
		case EFFECT_APPLIED:
			d = tmpl_add_section(d, "APPLIED");
			tmpl_set(d, "DOLLARS", signed_money(a, ef->dollars));
			tmpl_set(d, "PCT", pct(a, ef->pct, 1));
			break;
		case EFFECT_UNCLEAR:
			d = tmpl_add_section(d, "UNCLEAR");
			break;
		case EFFECT_NEGATIVE:
			d = tmpl_add_section(d, "NEGATIVE");
			break;
		case EFFECT_NO_DATA:
			d = tmpl_add_section(d, "NO_DATA");
			break;
		}
		tmpl_set(d, "PREMIUM", pct(a, it->prem->point_pct, 1));
		tmpl_set(d, "INTERVAL", arena_cat(a, pct(a, it->prem->low_pct, 1), " to ",
		    pct(a, it->prem->high_pct, 1), NULL));
	}
	if (e->nitems == 0)
		tmpl_show(res, "NO_ITEMS");
}

/*
 * What to learn next: learnable skills (and certifications with a figure the estimate would
 * use) not ticked, with a clear, positive premium, ranked by the low end of their interval,
 * so a large premium measured on a few dozen people does not outrank a solid one.
 */
static void
result_next(struct req *r, tmpl_dict *res, const struct estimate_form *form, const struct estimate *e)
{
	struct arena			*a = &r->arena;
	const struct est_premium	*pick[5];
	tmpl_dict			*d;
	size_t				 i, k, shown = 0;

	for (i = 0; i < e->nprems; i++) {
		const struct est_premium *p = &e->prems[i];
		int is_skill = strcmp(p->kind, "skill") == 0;

		if (!p->suggest || isnan(p->low_pct) ||
		    slug_in(is_skill ? form->skill_sel : form->cert_sel,
		    is_skill ? form->nskill_sel : form->ncert_sel, p->slug))
			continue;
		for (k = shown; k > 0 && pick[k - 1]->low_pct < p->low_pct; k--)
			if (k < 5)
				pick[k] = pick[k - 1];
		if (k < 5) {
			pick[k] = p;
			if (shown < 5)
				shown++;
		}
	}
	for (k = 0; k < shown; k++) {
		const struct est_premium *p = pick[k];
		int is_skill = strcmp(p->kind, "skill") == 0;

		d = tmpl_add_section(res, "NEXT");
		tmpl_set(d, "NAME", p->name);
		fill_premium(a, d, p);
		tmpl_set(d, "ADD_URL", arena_printf(a, "%s/estimate?%s&%s=%s", r->cfg->base,
		    estimate_query(r, form), is_skill ? "skill" : "cert", p->slug));
		if (!is_skill)
			tmpl_show(d, "IS_CERT");
	}
	if (shown == 0)
		tmpl_show(res, "NO_NEXT");
}

/* The official figure beside the survey's, with the gap; the template explains it. */
static void
result_official(struct arena *a, tmpl_dict *res, const struct estimate *e)
{
	const struct est_level	*lv = &e->level;
	tmpl_dict		*d;

	if (e->official.survey_n > 0 && e->official.bls_median != NUM_NONE) {
		const struct official *o = &e->official;

		d = tmpl_add_section(res, "OFFICIAL");
		tmpl_set(d, "BLS_REGION", o->bls_region_name);
		tmpl_set(d, "OCCUPATION", o->occupation_title);
		tmpl_set(d, "SOC", o->soc_code);
		tmpl_set(d, "BLS_VINTAGE", o->bls_vintage);
		tmpl_set(d, "BLS_MEDIAN", view_money(a, llround((double)o->bls_median)));
		if (o->bls_mean != NUM_NONE) {
			tmpl_set(d, "BLS_MEAN", view_money(a, llround((double)o->bls_mean)));
			tmpl_show(d, "BLS_MEAN");
		}
		tmpl_set(d, "SURVEY_MEDIAN", view_money(a, llround((double)o->survey_median)));
		tmpl_set(d, "SURVEY_IQR", arena_printf(a, "%s – %s", view_money(a, llround((double)o->survey_p25)),
		    view_money(a, llround((double)o->survey_p75))));
		tmpl_set(d, "SURVEY_N", count_str(a, o->survey_n));
		if (o->survey_dev_type != NULL) {
			tmpl_set(d, "DEV_TYPE", o->survey_dev_type);
			tmpl_show(d, "DEV_TYPE");
		} else
			tmpl_show(d, "ALL_RESPONDENTS");
		tmpl_set(d, "GAP", pct(a, ((double)o->survey_median / (double)o->bls_median - 1) * 100, 1));
		if (o->soc_code != NULL && strcmp(o->soc_code, lv->anchor_soc_code) != 0)
			tmpl_show(d, "OTHER_ANCHOR");
	}
}

/* What people contributed here: shown apart, and only where no one can be singled out. */
static void
result_crowd(struct arena *a, tmpl_dict *res, const struct estimate *e)
{
	tmpl_dict	*d;

	d = tmpl_add_section(res, "CROWD");
	tmpl_set(d, "N", arena_printf(a, "%lld", e->crowd.n));
	tmpl_set(d, "MEDIAN_FROM", arena_printf(a, "%lld", e->crowd.median_from));
	/* which figures exist is the database's privacy rule (crowd_figures): shown as given */
	if (e->crowd.median != NUM_NONE) {
		tmpl_set(d, "MEDIAN", view_money(a, llround((double)e->crowd.median)));
		tmpl_show(d, "MEDIAN");
		if (e->crowd.median_rounded_to > 1) {
			tmpl_set(d, "ROUNDED_TO", view_money(a, llround((double)e->crowd.median_rounded_to)));
			tmpl_show(d, "ROUNDED_TO");
		}
		if (e->crowd.p25 != NUM_NONE && e->crowd.p75 != NUM_NONE) {
			tmpl_set(d, "P25", view_money(a, llround((double)e->crowd.p25)));
			tmpl_set(d, "P75", view_money(a, llround((double)e->crowd.p75)));
			tmpl_show(d, "QUARTILES");
		}
	} else
		tmpl_show(d, "TOO_FEW");
}

/* The estimate's result section, step by step. */
void
estimate_result(struct req *r, tmpl_dict *c, const struct estimate_form *form, const struct estimate *e)
{
	tmpl_dict	*res = tmpl_add_section(c, "RESULT");

	result_headline(r, res, form, e);
	result_validation(&r->arena, res, e);
	result_base(&r->arena, res, form, e);
	result_items(&r->arena, res, e);
	result_next(r, res, form, e);
	fill_chart(r, res, e);
	result_official(&r->arena, res, e);
	result_crowd(&r->arena, res, e);
}
