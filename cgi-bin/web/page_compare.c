/* GET /compare and /compare.csv: one role in up to eight regions, nominal and price-adjusted. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "http/bounds.h"
#include "lib/conf.h"
#include "lib/csv.h"
#include "data/db.h"
#include "lib/fmt.h"
#include "web/pages.h"
#include "http/params.h"
#include "core/compare.h"
#include "data/refdata.h"
#include "http/request.h"
#include "lib/tmpl.h"
#include "web/view.h"

enum { CF_ROLE, CF_REGION, CF__MAX };

static const char *const error_sections[CF__MAX] = { "ROLE_ERROR", "REGION_ERROR" };

static const struct pspec compare_spec[CF__MAX] = {
	{ "role",	PT_SLUG, PF_REQUIRED,		0, 0, 0 },		/* CF_ROLE */
	{ "region",	PT_SLUG, PF_REQUIRED | PF_MULTI, 0, 0, MAX_COMPARE },	/* CF_REGION */
};

/* The comparison asked for: the checked parameters, the role and the distinct known regions. */
struct comparison {
	struct pfield		 f[CF__MAX];
	const struct refdata	*ref;
	const struct role	*role;
	struct cmp_row		 rows[MAX_COMPARE];
	size_t			 nrows, errors;
	int			 empty;		/* no parameter at all: the blank form */
	double			 maxv;		/* the chart's scale */
};

/* Reads and checks the query; with no errors, fills the rows.  DB errors only: field errors are in cmp. */
static enum db_status
compare_read(struct req *r, struct comparison *cmp)
{
	struct pfield	*f = cmp->f;
	struct arena	*a = &r->arena;
	enum db_status	 st;
	size_t		 j, k;

	memset(cmp, 0, sizeof(*cmp));
	cmp->empty = params_none(r->params, r->nparams, compare_spec, CF__MAX);
	cmp->errors = params_validate(a, r->params, r->nparams, compare_spec, CF__MAX, f);
	if ((st = req_ref(r, &cmp->ref)) != DB_OK)
		return st;
	if (f[CF_ROLE].n == 1 && (cmp->role = refdata_role(cmp->ref, f[CF_ROLE].vals[0])) == NULL) {
		field_unknown(a, &f[CF_ROLE], f[CF_ROLE].vals[0]);
		cmp->errors++;
	}
	for (j = 0; j < f[CF_REGION].n; j++) {
		const struct region *g = refdata_region(cmp->ref, f[CF_REGION].vals[j]);

		if (g == NULL) {
			if (f[CF_REGION].err == FE_NONE)
				cmp->errors++;
			field_unknown(a, &f[CF_REGION], f[CF_REGION].vals[j]);
			continue;
		}
		/* The same region twice is one row. */
		for (k = 0; k < cmp->nrows; k++)
			if (cmp->rows[k].region == g)
				break;
		if (k == cmp->nrows)
			cmp->rows[cmp->nrows++].region = g;
	}
	if (cmp->empty)
		cmp->errors = 0;
	if (!cmp->empty && cmp->errors == 0)
		cmp->maxv = compare_rows(cmp->ref, cmp->role, cmp->rows, cmp->nrows);
	return DB_OK;
}

/* GET /compare.csv: one row per region; 400 in plain text when the query is not a comparison. */
static void
compare_csv(struct req *r, const struct comparison *cmp)
{
	struct buf	*b = &r->body;
	size_t		 i;

	if (cmp->empty || cmp->errors > 0) {
		r->status = 400;
		r->content_type = "text/plain; charset=utf-8";
		buf_puts(b, "role and 1 to 8 known region parameters are required\n");
		return;
	}
	buf_puts(b, "role,region,region_name,mean,median,publisher,vintage,"
	    "price_parity,price_parity_year,mean_adjusted,median_adjusted,derivation,"
	    "price_parity_area\r\n");
	for (i = 0; i < cmp->nrows; i++) {
		const struct cmp_row	*row = &cmp->rows[i];
		const struct figure	*fg = row->fig;

		csv_text(b, cmp->role->slug, 1);
		csv_text(b, row->region->slug, 0);
		csv_text(b, row->region->name, 0);
		csv_num(b, fg ? fg->mean : NUM_NONE, 0);
		csv_num(b, fg ? fg->median : NUM_NONE, 0);
		csv_text(b, fg ? fg->publisher : NULL, 0);
		csv_text(b, fg ? fg->vintage : NULL, 0);
		csv_real(b, row->has_pp ? row->pp.rpp : (double)NAN, 0);
		csv_text(b, row->has_pp ? row->pp.year : NULL, 0);
		csv_num(b, isnan(row->adj_mean) ? NUM_NONE : llround(row->adj_mean), 0);
		csv_num(b, isnan(row->adj_median) ? NUM_NONE : llround(row->adj_median), 0);
		csv_text(b, fg ? fg->derivation : NULL, 0);
		csv_text(b, row->has_pp ? row->pp.area_name : NULL, 0);
		csv_end(b);
	}
	r->status = 200;
	r->content_type = "text/csv; charset=utf-8";
	req_header(r, "Content-Disposition", "attachment; filename=\"payband-compare.csv\"");
}

/* The chart's left edge and width of the longest bar, in SVG units. */
#define CHART_LEFT	170.0
#define CHART_WIDTH	430.0

/* A region's row of the table: the figure, the price parity, the adjusted amounts. */
static void
result_row(struct arena *a, tmpl_dict *res, const struct cmp_row *row)
{
	const struct figure	*fg = row->fig;
	tmpl_dict		*d = tmpl_add_section(res, "ROW");

	tmpl_set(d, "REGION", row->region->name);
	if (fg != NULL) {
		view_set_opt(d, "MEAN", fg->mean != NUM_NONE ? view_money_d(a, (double)fg->mean) : NULL);
		view_set_opt(d, "MEDIAN", fg->median != NUM_NONE ? view_money_d(a, (double)fg->median) : NULL);
		view_set_opt(d, "PUBLISHER", fg->publisher);
		view_set_opt(d, "VINTAGE", fg->vintage);
		view_set_opt(d, "DERIVATION", fg->derivation);
		view_set_opt(d, "CAUTION", fg->caution);	/* the same caution as the report */
	} else
		tmpl_show(d, "NO_FIGURE");
	if (row->has_pp) {
		/* two decimals, as BEA publishes metro parities */
		view_set_opt(d, "RPP", arena_printf(a, "%.2f", row->pp.rpp));
		view_set_opt(d, "RPP_YEAR", row->pp.year);
		view_set_opt(d, "RPP_AREA", row->pp.area_name);
	} else
		tmpl_show(d, "NO_RPP");
	view_set_opt(d, "ADJ_MEAN", view_money_d(a, row->adj_mean));
	view_set_opt(d, "ADJ_MEDIAN", view_money_d(a, row->adj_median));
}

/* The bar chart's geometry for row i: two bars, nominal and adjusted. */
static void
result_bar(struct arena *a, tmpl_dict *res, size_t i, const struct cmp_row *row, double maxv)
{
	const struct figure	*fg = row->fig;
	tmpl_dict		*d = tmpl_add_section(res, "BAR");

	tmpl_set(d, "REGION", row->region->name);
	tmpl_set(d, "Y", arena_printf(a, "%zu", 10 + i * 44));
	tmpl_set(d, "Y2", arena_printf(a, "%zu", 10 + i * 44 + 18));
	tmpl_set(d, "YT", arena_printf(a, "%zu", 10 + i * 44 + 22));
	tmpl_set(d, "X0", arena_printf(a, "%.0f", CHART_LEFT));
	if (fg != NULL && fg->mean != NUM_NONE && maxv > 0) {
		tmpl_set(d, "W", arena_printf(a, "%.1f", fg->mean / maxv * CHART_WIDTH));
		tmpl_set(d, "XT", arena_printf(a, "%.1f", CHART_LEFT + fg->mean / maxv * CHART_WIDTH + 4));
		view_set_opt(d, "NOMINAL", view_money_d(a, (double)fg->mean));
	}
	if (!isnan(row->adj_mean) && maxv > 0) {
		tmpl_set(d, "WA", arena_printf(a, "%.1f", row->adj_mean / maxv * CHART_WIDTH));
		tmpl_set(d, "XTA", arena_printf(a, "%.1f", CHART_LEFT + row->adj_mean / maxv * CHART_WIDTH + 4));
		view_set_opt(d, "ADJUSTED", view_money_d(a, row->adj_mean));
	}
}

/* GET /compare: the form (every region, the chosen ones selected), its errors, or the table and chart. */
static void
compare_html(struct req *r, const struct comparison *cmp)
{
	struct arena	*a = &r->arena;
	tmpl_dict	*layout, *c, *d, *res;
	size_t		 i, j;

	c = page_begin(r, &layout, "compare.tpl", cmp->role != NULL && cmp->errors == 0 ?
	    arena_printf(a, "Compare: %s", cmp->role->title) : "Compare regions");
	form_role_options(c, cmp->ref->roles, cmp->ref->nroles, cmp->role);
	for (i = 0; i < cmp->ref->nregions; i++) {
		const struct region *g = &cmp->ref->regions[i];

		d = tmpl_add_section(c, "REGION_OPTION");
		tmpl_set(d, "SLUG", g->slug);
		tmpl_set(d, "NAME", g->name);
		if (strcmp(g->kind, "metro") == 0)
			tmpl_show(d, "METRO");
		for (j = 0; j < cmp->nrows; j++)
			if (cmp->rows[j].region == g)
				tmpl_show(d, "SELECTED");
	}
	if (cmp->errors > 0)
		view_field_errors(c, cmp->f, error_sections, CF__MAX, cmp->errors);
	if (cmp->empty || cmp->errors > 0)
		tmpl_show(c, "NO_RESULT");
	else {
		res = tmpl_add_section(c, "RESULT");
		tmpl_set(res, "ROLE", cmp->role->title);
		tmpl_set(res, "CSV_QUERY", r->query);
		for (i = 0; i < cmp->nrows; i++) {
			result_row(a, res, &cmp->rows[i]);
			result_bar(a, res, i, &cmp->rows[i], cmp->maxv);
		}
		tmpl_set(res, "CHART_HEIGHT", arena_printf(a, "%zu", 20 + cmp->nrows * 44));
	}
	req_header(r, "Cache-Control", cmp->errors > 0 ? "no-store" : "public, max-age=300");
	page_finish(r, layout, cmp->errors > 0 ? 400 : 200);
}

void
page_compare(struct req *r)
{
	struct comparison	 cmp;
	enum db_status		 st;

	if ((st = compare_read(r, &cmp)) != DB_OK)
		page_db_error(r, st);
	else
		compare_html(r, &cmp);
}

void
page_compare_csv(struct req *r)
{
	struct comparison	 cmp;
	enum db_status		 st;

	if ((st = compare_read(r, &cmp)) != DB_OK)
		page_db_error(r, st);
	else
		compare_csv(r, &cmp);
}
