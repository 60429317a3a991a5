/* The market report page's content: figures, narratives, premiums, required skills, crowd figures. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lib/conf.h"
#include "data/db.h"
#include "lib/fmt.h"
#include "core/narrative.h"
#include "core/report.h"
#include "web/pages.h"
#include "data/refdata.h"
#include "http/request.h"
#include "lib/tmpl.h"
#include "web/report_view.h"
#include "web/view.h"

/* Narrative sections of the report, in the database's names; template sections are upper case. */
static const char *const sections[] = {
	"overview", "demand", "growth_catalyst", "career_moat", "skill_premium",
	"required_skills_intro", "ai_impact", "negotiation", "checklist",
};
#define NSECTIONS (sizeof(sections) / sizeof(sections[0]))

enum var {
	V_ROLE, V_REGION, V_MEAN, V_MEDIAN, V_PROJECTED, V_DATA_POINTS, V_EMPLOYMENT, V_LQ,
	V_VINTAGE, V_PUBLISHER, V_TOP_SKILL, V_TOP_SKILL_RANGE, V_COMBO_SKILL, V_TOP_CERT,
	V_TOP_CERT_RANGE, V__MAX
};

static const char *const var_names[V__MAX] = {
	"role", "region", "mean", "median", "projected", "data_points", "employment", "lq",
	"vintage", "publisher", "top_skill", "top_skill_range", "combo_skill", "top_cert",
	"top_cert_range",
};

/* One paragraph of narrative as a repeated section with the para.tpl include. */
static int
add_paragraph(struct req *r, tmpl_dict *parent, const char *section, const char *body,
    const struct nvar *vars)
{
	struct seg	*segs;
	size_t		 nsegs, i;
	tmpl_dict	*s, *p, *g;
	static const char *const style_sections[SEG__MAX] = { "PLAIN", "STRONG", "EM" };

	if (narrative_render(&r->arena, body, vars, V__MAX, &segs, &nsegs) == -1)
		return -1;
	s = tmpl_add_section(parent, section);
	p = tmpl_include(s, "PARA", "para.tpl");
	for (i = 0; i < nsegs; i++) {
		g = tmpl_add_section(p, "SEG");
		tmpl_show(g, style_sections[segs[i].style]);
		tmpl_set(g, "TEXT", segs[i].text);
	}
	return 0;
}

/* A figure's value as shown: the amount, "≥ $239,200" where the source top-coded it, or NULL. */
static const char *
value(struct arena *a, const struct figure *f, long long v, const char *name)
{
	char	 b[FMT_MAX];

	if (v == NUM_NONE && f->topcoded_at_least != NUM_NONE && figure_topcoded(f, name)) {
		fmt_money(b, sizeof(b), f->topcoded_at_least);
		return arena_printf(a, "≥ %s", b);
	}
	return view_money(a, v);
}

static void
fill_figure(struct arena *a, tmpl_dict *d, const struct figure *f)
{
	const char	*mean = value(a, f, f->mean, "mean"), *median = value(a, f, f->median, "median");
	const char	*p10 = value(a, f, f->p10, "p10"), *p25 = value(a, f, f->p25, "p25");
	const char	*p75 = value(a, f, f->p75, "p75"), *p90 = value(a, f, f->p90, "p90");

	view_set_opt(d, "PUBLISHER", f->publisher);
	view_set_opt(d, "SOURCE_TITLE", f->source_title);
	view_set_opt(d, "SOURCE_URL", f->source_url);
	view_set_opt(d, "LICENSE", f->license);
	view_set_opt(d, "VINTAGE", f->vintage);
	view_set_opt(d, "MEAN", mean);
	view_set_opt(d, "MEDIAN", median);
	view_set_opt(d, "P10", p10);
	view_set_opt(d, "P25", p25);
	view_set_opt(d, "P75", p75);
	view_set_opt(d, "P90", p90);
	if (f->topcoded != NULL && f->topcoded_at_least != NUM_NONE) {
		tmpl_show(d, "TOPCODED");
		tmpl_set(d, "TOPCODE_MIN", view_money(a, f->topcoded_at_least));
	}
	view_set_opt(d, "EMPLOYMENT", view_count(a, f->employment));
	view_set_opt(d, "LQ", view_decimal2(a, f->location_quotient));
	view_set_opt(d, "JOBS_PER_1000", view_decimal2(a, f->jobs_per_1000));
	view_set_opt(d, "DATA_POINTS", view_count(a, f->data_points));
	view_set_opt(d, "PROJECTED", view_money(a, f->projection));
	view_set_opt(d, "PROJECTION_METHOD", f->projection_method);
	view_set_opt(d, "DERIVATION", f->derivation);
	view_set_opt(d, "CAUTION", f->caution);
	view_set_opt(d, "OCCUPATION_TITLE", f->occupation_title);
	view_set_opt(d, "SOC_CODE", f->soc_code);
	/* Employment, location quotient and jobs per 1,000 may come from another source than the pay. */
	view_set_opt(d, "EMP_PUBLISHER", f->emp_publisher);
	view_set_opt(d, "EMP_VINTAGE", f->emp_vintage);
	view_set_opt(d, "EMP_CITATION", f->emp_citation);
	if (f->emp_publisher != NULL && f->publisher != NULL && f->emp_vintage != NULL &&
	    f->vintage != NULL && (strcmp(f->emp_publisher, f->publisher) != 0 ||
	    strcmp(f->emp_vintage, f->vintage) != 0))
		tmpl_show(d, "EMP_CREDIT");
	if (p10 != NULL || p25 != NULL || median != NULL || p75 != NULL || p90 != NULL)
		tmpl_show(d, "HAS_DISTRIBUTION");
}


/* How many survey premiums the report's table lists. */
#define REPORT_PREMIUMS 10

/* One row of the premium table; a published figure also shows the survey's for the same item. */
static void
premium_row(struct arena *a, tmpl_dict *c, const struct est_premium *p, const struct est_premium *all,
    size_t n)
{
	tmpl_dict	*d = tmpl_add_section(c, strcmp(p->kind, "skill") == 0 ? "PREMIUM_SKILL" : "PREMIUM_CERT");
	size_t		 i;

	tmpl_set(d, "NAME", p->name);
	tmpl_set(d, "SLUG", p->slug);
	view_set_opt(d, "POINT", view_pct_point(a, p->point_pct));
	view_set_opt(d, "INTERVAL", arena_printf(a, "%s to %s", view_pct_point(a, p->low_pct), view_pct_point(a, p->high_pct)));
	view_set_opt(d, "TOP_DECILE_WITH", p->top_decile_with_name);
	view_set_opt(d, "N", view_count(a, p->n));
	view_set_opt(d, "PUBLISHER", p->publisher);
	view_set_opt(d, "VINTAGE", p->vintage);
	if (p->published) {
		tmpl_show(d, "PUBLISHED");
		view_set_opt(d, "RANGE", view_pct_range(a, p->low_pct, p->high_pct));
		view_set_opt(d, "BASIS", p->basis);
		for (i = 0; i < n; i++)
			if (!all[i].published && strcmp(all[i].kind, p->kind) == 0 &&
			    strcmp(all[i].slug, p->slug) == 0) {
				tmpl_dict *s = tmpl_add_section(d, "SURVEY_BESIDE");

				view_set_opt(s, "POINT", view_pct_point(a, all[i].point_pct));
				view_set_opt(s, "INTERVAL", arena_printf(a, "%s to %s", view_pct_point(a, all[i].low_pct),
				    view_pct_point(a, all[i].high_pct)));
				view_set_opt(s, "N", view_count(a, all[i].n));
				view_set_opt(s, "PUBLISHER", all[i].publisher);
				view_set_opt(s, "VINTAGE", all[i].vintage);
				if (!all[i].clear)
					tmpl_show(s, "UNCLEAR");
			}
		if (p->used)
			tmpl_show(d, "USED");
	} else
		tmpl_show(d, "FITTED");
}

/* The values narratives may use ({role}, {median}, {top_skill} …); NULL where the report has none. */
static void
report_vars(struct arena *a, struct nvar *vars, const struct role *role, const struct region *region,
    const struct report *rep)
{
	const struct figure		*f0 = rep->primary, *fd = rep->demand;
	const struct est_premium	*ts = rep->top_skill, *tc = rep->top_cert;
	size_t				 i;

	for (i = 0; i < V__MAX; i++) {
		vars[i].name = var_names[i];
		vars[i].value = NULL;
	}
	vars[V_ROLE].value = role->title;
	vars[V_REGION].value = region->name;
	if (f0 != NULL) {
		vars[V_MEAN].value = view_money(a, f0->mean);
		vars[V_MEDIAN].value = view_money(a, f0->median);
		vars[V_PROJECTED].value = view_money(a, f0->projection);
		/* The source's own count: contributions are counted apart (the crowd section). */
		vars[V_DATA_POINTS].value = view_count(a, f0->data_points);
		vars[V_VINTAGE].value = f0->vintage;
		vars[V_PUBLISHER].value = f0->publisher;
	}
	if (fd != NULL) {
		vars[V_EMPLOYMENT].value = view_count(a, fd->employment);
		vars[V_LQ].value = view_decimal2(a, fd->location_quotient);
	}
	if (ts != NULL) {
		vars[V_TOP_SKILL].value = ts->name;
		vars[V_TOP_SKILL_RANGE].value = ts->published ?
		    view_pct_range(a, ts->low_pct, ts->high_pct) : view_pct_point(a, ts->point_pct);
		vars[V_COMBO_SKILL].value = ts->top_decile_with_name;
	}
	if (tc != NULL) {
		vars[V_TOP_CERT].value = tc->name;
		vars[V_TOP_CERT_RANGE].value = tc->published ?
		    view_pct_range(a, tc->low_pct, tc->high_pct) : view_pct_point(a, tc->point_pct);
	}
}

/* The primary figure, every figure with its top-code notes, and the demand figure. */
static void
fill_figures(struct arena *a, tmpl_dict *c, const struct report *rep)
{
	tmpl_dict	*d;
	size_t		 i;

	if (rep->primary == NULL)
		tmpl_show(c, "NO_FIGURES");
	else {
		fill_figure(a, tmpl_add_section(c, "PRIMARY"), rep->primary);
		for (i = 0; i < rep->nfigs; i++) {
			const struct figure *f = &rep->figs[i];

			fill_figure(a, tmpl_add_section(c, "FIGURE"), f);
			if (f->topcoded != NULL && f->topcoded_at_least != NUM_NONE) {
				d = tmpl_add_section(c, "SOURCES_TOPCODED");
				tmpl_set(d, "TOPCODE_MIN", view_money(a, f->topcoded_at_least));
				tmpl_set(d, "PUBLISHER", f->publisher);
				tmpl_set(d, "VINTAGE", f->vintage);
			}
		}
	}
	if (rep->demand != NULL)
		fill_figure(a, tmpl_add_section(c, "DEMAND_FIGURE"), rep->demand);
	else
		tmpl_show(c, "NO_DEMAND_FIGURE");
}

/* Every narrative row of a section, in order; a row whose values are missing falls away; NO_SECTION for none. */
static void
fill_narratives(struct req *r, tmpl_dict *c, const struct role *role, const struct region *region,
    const struct report *rep, const struct nvar *vars)
{
	struct arena			*a = &r->arena;
	const struct narrative_row	**narr;
	size_t				 nnarr, i, j;
	int				 rendered[NSECTIONS] = { 0 };
	const struct refdata		*ref = r->ref;

	narr = refdata_narratives(ref, role, region, a, &nnarr);
	for (i = 0; i < nnarr; i++)
		for (j = 0; j < NSECTIONS; j++)
			if (strcmp(narr[i]->section, sections[j]) == 0 &&
			    !(rep->nskills == 0 && strcmp(sections[j], "required_skills_intro") == 0) &&
			    add_paragraph(r, c, view_upper(a, sections[j]), narr[i]->body, vars) == 0)
				rendered[j] = 1;
	for (j = 0; j < NSECTIONS; j++)
		if (!rendered[j])
			tmpl_show(c, arena_printf(a, "NO_%s", view_upper(a, sections[j])));
}

/*
 * The premium table: the cell's published figures, then the survey fit's clearly positive, learnable skills
 * by the low end of their interval (REPORT_PREMIUMS of them), each with the same n and interval the estimate
 * shows.  A skill with a published figure also shows the survey's, and which one the estimate uses.
 */
static void
fill_premiums(struct arena *a, tmpl_dict *c, const struct report *rep)
{
	size_t	 pick[REPORT_PREMIUMS], npick, i;

	for (i = 0; i < rep->nprems; i++)
		if (rep->prems[i].published)
			premium_row(a, c, &rep->prems[i], rep->prems, rep->nprems);
	npick = report_survey_premiums(rep, REPORT_PREMIUMS, pick, a);
	for (i = 0; i < npick; i++)
		premium_row(a, c, &rep->prems[pick[i]], rep->prems, rep->nprems);
	if (npick > 0)
		tmpl_show(c, "SURVEY_PREMIUMS_NOTE");
	if (rep->top_skill == NULL)
		tmpl_show(c, "NO_SKILL_PREMIUMS");
	if (rep->top_cert == NULL)
		tmpl_show(c, "NO_CERT_PREMIUMS");
}

static void
fill_required_skills(struct arena *a, tmpl_dict *c, const struct report *rep)
{
	tmpl_dict	*d;
	size_t		 i;

	for (i = 0; i < rep->nskills; i++) {
		char pct[FMT_MAX];

		d = tmpl_add_section(c, "REQUIRED_SKILL");
		tmpl_set(d, "NAME", rep->skills[i].name);
		view_set_opt(d, "CATEGORY", rep->skills[i].category);
		if (!isnan(rep->skills[i].share_pct)) {
			fmt_decimal(pct, sizeof(pct), rep->skills[i].share_pct);
			view_set_opt(d, "SHARE", pct);
		}
		if (i == 0)
			view_set_opt(c, "REQUIRED_SKILLS_N", view_count(a, rep->skills[i].n));
	}
	if (rep->nskills == 0)
		tmpl_show(c, "NO_REQUIRED_SKILLS");
	else
		tmpl_show(c, "HAS_REQUIRED_SKILLS");
}

/*
 * Crowd figures: separate from published ones. Which of them exist is the
 * database's privacy rule (crowd_figures): shown as given, never recomputed.
 */
static void
fill_crowd(struct arena *a, tmpl_dict *c, const struct crowd *crowd)
{
	tmpl_dict	*d = tmpl_add_section(c, "CROWD");

	view_set_opt(d, "N", view_count(a, crowd->n));
	view_set_opt(d, "MEDIAN_FROM", view_count(a, crowd->median_from));
	view_set_opt(d, "QUARTILES_FROM", view_count(a, crowd->quartiles_from));
	if (crowd->median == NUM_NONE) {
		tmpl_show(d, "TOO_FEW");
		return;
	}
	tmpl_show(d, "FIGURES");
	view_set_opt(d, "MEDIAN", view_money(a, crowd->median));
	if (crowd->median_rounded_to > 1)
		view_set_opt(d, "ROUNDED_TO", view_money(a, crowd->median_rounded_to));
	if (crowd->p25 != NUM_NONE && crowd->p75 != NUM_NONE) {
		view_set_opt(d, "P25", view_money(a, crowd->p25));
		view_set_opt(d, "P75", view_money(a, crowd->p75));
	}
	view_set_opt(d, "P10", view_money(a, crowd->p10));
	view_set_opt(d, "P90", view_money(a, crowd->p90));
	if (crowd->p25 == NUM_NONE)
		tmpl_show(d, "TAILS_HIDDEN");
}


void
report_view(struct req *r, tmpl_dict *c, const struct role *role, const struct region *region,
    const struct report *rep)
{
	struct arena	*a = &r->arena;
	struct nvar	 vars[V__MAX];

	report_vars(a, vars, role, region, rep);
	tmpl_set(c, "ROLE", role->title);
	tmpl_set(c, "ROLE_SLUG", role->slug);
	tmpl_set(c, "REGION", region->name);
	tmpl_set(c, "REGION_SLUG", region->slug);
	view_set_opt(c, "ROLE_SOC_CODE", role->soc_code);
	fill_figures(a, c, rep);
	fill_narratives(r, c, role, region, rep, vars);
	fill_premiums(a, c, rep);
	fill_required_skills(a, c, rep);
	fill_crowd(a, c, &rep->crowd);
}

