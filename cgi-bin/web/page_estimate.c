/* GET / and /estimate: the estimate form and, when filled in, the explained estimate. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "http/bounds.h"
#include "lib/conf.h"
#include "data/db.h"
#include "web/estimate.h"
#include "web/estimate_result.h"
#include "lib/fmt.h"
#include "web/pages.h"
#include "http/params.h"
#include "http/request.h"
#include "lib/tmpl.h"
#include "web/view.h"

/* Template section names for each field's error, beside the field and in the summary. */
static const char *const field_sections[EF__MAX] = {
	"ROLE_ERROR", "REGION_ERROR", "YEARS_ERROR", "SKILL_ERROR", "CERT_ERROR", "FORM_ERROR",
};

/* How many of the role's most used skills the form lists first. */
#define TOP_SKILLS 12

/* The form, filled with what the person sent: valid values selected, wrong ones shown with their error. */
static enum db_status
fill_form(struct req *r, tmpl_dict *c, const struct estimate_form *form, int compact)
{
	struct skill		*rs = NULL;
	size_t			 nrs = 0, i, top = 0;
	tmpl_dict		*d, *g = NULL;
	const struct pfield	*f = form->f;
	const char		*years_raw;

	form_role_select(r, c, form->ref, form->role);
	/* compact (a result page's form): the states, and the metros of the region asked about */
	form_region_select(r, c, form->ref, form->region, !compact);
	years_raw = f[EF_YEARS].n == 1 ? f[EF_YEARS].vals[0] : f[EF_YEARS].bad;
	if (years_raw != NULL)
		tmpl_set(c, "YEARS", years_raw);

	/* Skills: the role's most used first, then every category. */
	if (form->role != NULL)
		rs = refdata_role_skills(form->ref, form->role, &r->arena, &nrs);
	if (nrs > 0) {
		struct skill	**by_share = arena_calloc(&r->arena, nrs, sizeof(*by_share));
		size_t		 k;

		for (i = 0; i < nrs; i++)
			by_share[i] = &rs[i];
		/* top TOP_SKILLS by share: a partial selection sort is plenty for ~230 */
		for (i = 0; i < TOP_SKILLS && i < nrs; i++) {
			for (k = i + 1; k < nrs; k++)
				if (by_share[k]->share_pct > by_share[i]->share_pct) {
					struct skill *t = by_share[i];
					by_share[i] = by_share[k];
					by_share[k] = t;
				}
			if (!(by_share[i]->share_pct > 0))
				break;
		}
		top = i;
		if (top > 0) {
			g = tmpl_add_section(c, "SKILL_GROUP");
			tmpl_show(g, "TOP");
			tmpl_show(g, "OPEN");
			tmpl_set(g, "ROLE", form->role->title);
			for (i = 0; i < top; i++) {
				d = tmpl_add_section(g, "SKILL");
				tmpl_set(d, "SLUG", by_share[i]->slug);
				tmpl_set(d, "NAME", by_share[i]->name);
				tmpl_set(d, "SHARE", arena_printf(&r->arena, "%.0f", by_share[i]->share_pct));
				tmpl_show(d, "SHARE");
				if (slug_in(form->skill_sel, form->nskill_sel, by_share[i]->slug))
					tmpl_show(d, "CHECKED");
			}
			/* mark them so the categories below skip them */
			for (i = 0; i < top; i++)
				by_share[i]->rank = -1;
		}
	}
	if (compact) {
		/* the person's other skills; every other one is one click away (form=full) */
		for (i = 0; i < nrs; i++)
			if (rs[i].rank != -1 && !slug_in(form->skill_sel, form->nskill_sel, rs[i].slug))
				rs[i].rank = -1;
		form_skill_groups(c, rs, nrs, form->skill_sel, form->nskill_sel);
		d = tmpl_add_section(c, "MORE");
		tmpl_set(d, "URL", arena_printf(&r->arena, "%s/estimate?%s&form=full#skills", r->cfg->base,
		    estimate_query(r, form)));
	} else if (nrs > 0)
		form_skill_groups(c, rs, nrs, form->skill_sel, form->nskill_sel);
	else
		form_skill_groups(c, form->ref->skills, form->ref->nskills, form->skill_sel, form->nskill_sel);
	form_cert_options(c, form->ref->certs, form->ref->ncerts, form->cert_sel, form->ncert_sel);

	if (form->errors > 0 && !form->empty)
		view_field_errors(c, f, field_sections, EF__MAX, form->errors);
	return DB_OK;
}


/* The home page's own parts: the report picker and the list of roles, beside the estimate form. */
static void
home_lists(tmpl_dict *c, const struct refdata *ref)
{
	tmpl_dict	*d;
	size_t		 i;

	for (i = 0; i < ref->nroles; i++) {
		d = tmpl_add_section(c, "REPORT_ROLE_OPTION");
		tmpl_set(d, "SLUG", ref->roles[i].slug);
		tmpl_set(d, "TITLE", ref->roles[i].title);
		d = tmpl_add_section(c, strcmp(ref->roles[i].kind, "developer") == 0 ?
		    "DEVELOPER_ROLE" : "OCCUPATION_ROLE");
		tmpl_set(d, "SLUG", ref->roles[i].slug);
		tmpl_set(d, "TITLE", ref->roles[i].title);
		if (ref->roles[i].soc_code != NULL)
			tmpl_set(d, "SOC_CODE", ref->roles[i].soc_code);
	}
	for (i = 0; i < ref->nregions; i++) {
		if (strcmp(ref->regions[i].kind, "metro") == 0)
			continue;
		d = tmpl_add_section(c, "REPORT_REGION_OPTION");
		tmpl_set(d, "SLUG", ref->regions[i].slug);
		tmpl_set(d, "NAME", ref->regions[i].name);
	}
}

/* A valid query without an estimate: no model stored yet (503, retry later) or no figure. The status. */
static int
no_estimate(struct req *r, tmpl_dict *c, const struct estimate_form *form, const struct estimate *est,
    int status)
{
	tmpl_dict	*d;

	if (est->no_model) {
		tmpl_show(c, "NO_MODEL");
		req_header(r, "Retry-After", "300");
		return 503;
	}
	d = tmpl_add_section(c, "NO_FIGURE");
	tmpl_set(d, "ROLE", form->role->title);
	tmpl_set(d, "REGION", form->region->name);
	return status;
}

/*
 * The estimate form in the template file and, for a valid query, the estimate; more (NULL: none) adds the
 * page's own parts.
 */
static void
render(struct req *r, const char *file, void (*more)(tmpl_dict *, const struct refdata *))
{
	struct estimate_form	 form;
	struct estimate		 est = { .no_model = 0 };
	enum db_status		 st, run_st = DB_OK;
	tmpl_dict		*layout, *c, *fd;
	int			 status = 200, valid;

	if ((st = estimate_read(r, &form)) != DB_OK) {
		page_db_error(r, st);
		return;
	}
	valid = !form.empty && form.errors == 0;
	if (valid) {
		form.canonical = estimate_query(r, &form);	/* links on the page use it many times */
		run_st = estimate_run(r, &form, &est);
		if (run_st == DB_UNAVAILABLE || run_st == DB_ERROR) {
			page_db_error(r, run_st);
			return;
		}
	}
	c = page_begin(r, &layout, file, !valid ? NULL :
	    arena_printf(&r->arena, "%s in %s", form.role->title, form.region->name));
	fd = tmpl_include(c, "FORM", "form.tpl");
	/* a result page's form is compact, unless the person asked for every option */
	if ((st = fill_form(r, fd, &form, valid && run_st == DB_OK &&
	    !(form.f[EF_FORM].n == 1 && strcmp(form.f[EF_FORM].vals[0], "full") == 0))) != DB_OK) {
		tmpl_dict_free(layout);
		page_db_error(r, st);
		return;
	}
	if (!form.empty && form.errors > 0)
		status = 400;
	if (valid && run_st == DB_OK)
		estimate_result(r, c, &form, &est);
	else
		tmpl_show(c, "NO_RESULT");
	if (valid && run_st == DB_NOTFOUND)
		status = no_estimate(r, c, &form, &est, status);
	if (more != NULL)
		more(c, form.ref);
	req_header(r, "Cache-Control", status == 200 ? "public, max-age=300" : "no-store");
	page_finish(r, layout, status);
}

void
page_estimate(struct req *r)
{
	render(r, "estimate.tpl", NULL);
}

void
page_home(struct req *r)
{
	render(r, "home.tpl", home_lists);
}
