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

struct cmp_row {
	const struct region	*region;
	const struct figure	*fig;		/* NULL: no figure */
	struct price_parity	 pp;
	int			 has_pp;
	double			 adj_mean, adj_median;	/* NAN when not computable */
};

static void
compare(struct req *r, int csv)
{
	struct pfield	 f[CF__MAX];
	const struct refdata *ref;
	size_t		 i, j, k, nrows = 0, errors;
	const struct role *role = NULL;
	struct cmp_row	 rows[MAX_COMPARE];
	enum db_status	 st;
	tmpl_dict	*layout, *c, *d;
	struct arena	*a = &r->arena;
	double		 maxv = 0;
	int		 empty;

	empty = params_none(r->params, r->nparams, compare_spec, CF__MAX);
	errors = params_validate(a, r->params, r->nparams, compare_spec, CF__MAX, f);
	if ((st = req_ref(r, &ref)) != DB_OK) {
		page_db_error(r, st);
		return;
	}
	if (f[CF_ROLE].n == 1 && (role = refdata_role(ref, f[CF_ROLE].vals[0])) == NULL) {
		field_unknown(a, &f[CF_ROLE], f[CF_ROLE].vals[0]);
		errors++;
	}
	for (j = 0; j < f[CF_REGION].n; j++) {
		const struct region *g = refdata_region(ref, f[CF_REGION].vals[j]);

		if (g == NULL) {
			if (f[CF_REGION].err == FE_NONE)
				errors++;
			field_unknown(a, &f[CF_REGION], f[CF_REGION].vals[j]);
			continue;
		}
		/* The same region twice is one row. */
		for (k = 0; k < nrows; k++)
			if (rows[k].region == g)
				break;
		if (k == nrows)
			rows[nrows++].region = g;
	}
	if (empty)
		errors = 0;

	if (!empty && errors == 0) {
		for (i = 0; i < nrows; i++) {
			const struct figure		*figs;
			const struct price_parity	*pp;
			size_t				 nfigs;

			/* from the snapshot in memory: no SQL */
			figs = refdata_figures(ref, role, rows[i].region, &nfigs);
			rows[i].fig = nfigs > 0 ? &figs[0] : NULL;
			if ((pp = refdata_parity(ref, rows[i].region)) != NULL)
				rows[i].pp = *pp;
			rows[i].has_pp = pp != NULL && rows[i].pp.rpp > 0;
			rows[i].adj_mean = rows[i].adj_median = (double)NAN;
			if (rows[i].fig != NULL && rows[i].has_pp) {
				if (rows[i].fig->mean != NUM_NONE)
					rows[i].adj_mean = rows[i].fig->mean * 100.0 / rows[i].pp.rpp;
				if (rows[i].fig->median != NUM_NONE)
					rows[i].adj_median = rows[i].fig->median * 100.0 / rows[i].pp.rpp;
			}
			if (rows[i].fig != NULL && rows[i].fig->mean > maxv)
				maxv = (double)rows[i].fig->mean;
			if (!isnan(rows[i].adj_mean) && rows[i].adj_mean > maxv)
				maxv = rows[i].adj_mean;
		}
	}

	if (csv) {
		if (empty || errors > 0) {
			r->status = 400;
			r->content_type = "text/plain; charset=utf-8";
			buf_puts(&r->body, "role and 1 to 8 known region parameters are required\n");
			return;
		}
		buf_puts(&r->body, "role,region,region_name,mean,median,publisher,vintage,"
		    "price_parity,price_parity_year,mean_adjusted,median_adjusted,derivation,"
		    "price_parity_area\r\n");
		for (i = 0; i < nrows; i++) {
			const struct figure *fg = rows[i].fig;

			csv_text(&r->body, role->slug, 1);
			csv_text(&r->body, rows[i].region->slug, 0);
			csv_text(&r->body, rows[i].region->name, 0);
			csv_num(&r->body, fg ? fg->mean : NUM_NONE, 0);
			csv_num(&r->body, fg ? fg->median : NUM_NONE, 0);
			csv_text(&r->body, fg ? fg->publisher : NULL, 0);
			csv_text(&r->body, fg ? fg->vintage : NULL, 0);
			csv_real(&r->body, rows[i].has_pp ? rows[i].pp.rpp : (double)NAN, 0);
			csv_text(&r->body, rows[i].has_pp ? rows[i].pp.year : NULL, 0);
			csv_num(&r->body, isnan(rows[i].adj_mean) ? NUM_NONE : llround(rows[i].adj_mean), 0);
			csv_num(&r->body, isnan(rows[i].adj_median) ? NUM_NONE : llround(rows[i].adj_median), 0);
			csv_text(&r->body, fg ? fg->derivation : NULL, 0);
			csv_text(&r->body, rows[i].has_pp ? rows[i].pp.area_name : NULL, 0);
			csv_end(&r->body);
		}
		r->status = 200;
		r->content_type = "text/csv; charset=utf-8";
		req_header(r, "Content-Disposition", "attachment; filename=\"payband-compare.csv\"");
		return;
	}

	c = page_begin(r, &layout, "compare.tpl", role != NULL && errors == 0 ?
	    arena_printf(a, "Compare: %s", role->title) : "Compare regions");
	form_role_options(c, ref->roles, ref->nroles, role);
	for (i = 0; i < ref->nregions; i++) {
		const struct region *g = &ref->regions[i];

		d = tmpl_add_section(c, "REGION_OPTION");
		tmpl_set(d, "SLUG", g->slug);
		tmpl_set(d, "NAME", g->name);
		if (strcmp(g->kind, "metro") == 0)
			tmpl_show(d, "METRO");
		for (j = 0; j < nrows; j++)
			if (rows[j].region == g)
				tmpl_show(d, "SELECTED");
	}
	if (errors > 0)
		view_field_errors(c, f, error_sections, CF__MAX, errors);
	if (empty || errors > 0)
		tmpl_show(c, "NO_RESULT");
	if (!empty && errors == 0) {
		tmpl_dict *res = tmpl_add_section(c, "RESULT");
		const double left = 170, width = 430;

		tmpl_set(res, "ROLE", role->title);
		tmpl_set(res, "CSV_QUERY", r->query);
		for (i = 0; i < nrows; i++) {
			const struct figure *fg = rows[i].fig;

			d = tmpl_add_section(res, "ROW");
			tmpl_set(d, "REGION", rows[i].region->name);
			if (fg != NULL) {
				view_set_opt(d, "MEAN", fg->mean != NUM_NONE ? view_money_d(a, (double)fg->mean) : NULL);
				view_set_opt(d, "MEDIAN", fg->median != NUM_NONE ? view_money_d(a, (double)fg->median) : NULL);
				view_set_opt(d, "PUBLISHER", fg->publisher);
				view_set_opt(d, "VINTAGE", fg->vintage);
				view_set_opt(d, "DERIVATION", fg->derivation);
				view_set_opt(d, "CAUTION", fg->caution);	/* the same caution as the report */
			} else
				tmpl_show(d, "NO_FIGURE");
			if (rows[i].has_pp) {
				/* two decimals, as BEA publishes metro parities */
				view_set_opt(d, "RPP", arena_printf(a, "%.2f", rows[i].pp.rpp));
				view_set_opt(d, "RPP_YEAR", rows[i].pp.year);
				view_set_opt(d, "RPP_AREA", rows[i].pp.area_name);
			} else
				tmpl_show(d, "NO_RPP");
			view_set_opt(d, "ADJ_MEAN", view_money_d(a, rows[i].adj_mean));
			view_set_opt(d, "ADJ_MEDIAN", view_money_d(a, rows[i].adj_median));
			/* bar chart geometry: two bars per region */
			d = tmpl_add_section(res, "BAR");
			tmpl_set(d, "REGION", rows[i].region->name);
			tmpl_set(d, "Y", arena_printf(a, "%zu", 10 + i * 44));
			tmpl_set(d, "Y2", arena_printf(a, "%zu", 10 + i * 44 + 18));
			tmpl_set(d, "YT", arena_printf(a, "%zu", 10 + i * 44 + 22));
			tmpl_set(d, "X0", arena_printf(a, "%.0f", left));
			if (fg != NULL && fg->mean != NUM_NONE && maxv > 0) {
				tmpl_set(d, "W", arena_printf(a, "%.1f", fg->mean / maxv * width));
				tmpl_set(d, "XT", arena_printf(a, "%.1f", left + fg->mean / maxv * width + 4));
				view_set_opt(d, "NOMINAL", view_money_d(a, (double)fg->mean));
			}
			if (!isnan(rows[i].adj_mean) && maxv > 0) {
				tmpl_set(d, "WA", arena_printf(a, "%.1f", rows[i].adj_mean / maxv * width));
				tmpl_set(d, "XTA", arena_printf(a, "%.1f",
				    left + rows[i].adj_mean / maxv * width + 4));
				view_set_opt(d, "ADJUSTED", view_money_d(a, rows[i].adj_mean));
			}
		}
		tmpl_set(res, "CHART_HEIGHT", arena_printf(a, "%zu", 20 + nrows * 44));
	}
	req_header(r, "Cache-Control", errors > 0 ? "no-store" : "public, max-age=300");
	page_finish(r, layout, errors > 0 ? 400 : 200);
}

void
page_compare(struct req *r)
{
	compare(r, 0);
}

void
page_compare_csv(struct req *r)
{
	compare(r, 1);
}
