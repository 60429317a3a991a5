/* /api/v1/…: the same figures as the pages, as JSON built with jansson. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "data/db.h"
#include "web/estimate.h"
#include "core/report.h"
#include "lib/log.h"
#include "web/pages.h"
#include "http/params.h"
#include "data/refdata.h"
#include "http/request.h"

/* Take ownership of v and send it with status. */
static void
send_json(struct req *r, int status, json_t *v)
{
	char	*s;

	buf_reset(&r->body);
	s = v != NULL ? json_dumps(v, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_REAL_PRECISION(6)) : NULL;
	if (s == NULL) {
		log_err("json_dumps failed");
		status = 500;
		buf_puts(&r->body, "{\"error\":{\"message\":\"internal error\"}}");
	} else {
		buf_puts(&r->body, s);
		free(s);
	}
	buf_putc(&r->body, '\n');
	json_decref(v);
	r->status = status;
	r->content_type = "application/json; charset=utf-8";
	req_header(r, "Access-Control-Allow-Origin", "*");
	req_header(r, "Cache-Control", status == 200 ? "public, max-age=300" : "no-store");
}

static void
api_error(struct req *r, int status, const char *field, const char *message)
{
	json_t	*e = json_object();

	if (field != NULL)
		json_object_set_new(e, "field", json_string(field));
	json_object_set_new(e, "message", json_string(message));
	send_json(r, status, json_pack("{s:o}", "error", e));
}

static void
api_db_error(struct req *r, enum db_status st)
{
	if (st == DB_UNAVAILABLE) {
		req_header(r, "Retry-After", "5");
		api_error(r, 503, NULL, "database unavailable");
	} else
		api_error(r, 500, NULL, "internal error");
}

/* NULL-safe constructors: SQL NULL becomes JSON null. */
static json_t *
jstr(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
jnum(long long v)
{
	return v != NUM_NONE ? json_integer(v) : json_null();
}

static json_t *
jreal(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

/* Round dollars to whole numbers: the API never claims more precision than the sources. */
static json_t *
jdollars(double v)
{
	return json_integer(llround(v));
}

enum api_list {
	LIST_ROLES,
	LIST_REGIONS,
	LIST_SKILLS,
	LIST_CERTIFICATIONS,
	LIST__MAX
};

static const char *const list_keys[LIST__MAX] = {
	"roles", "regions", "skills", "certifications",
};

/* GET /api/v1/{roles,regions,skills,certifications}: the shared reference lists. */
static void
api_list(struct req *r, enum api_list which)
{
	const struct refdata	*ref;
	enum db_status		 st;
	json_t			*a;
	size_t			 i;

	if ((st = req_ref(r, &ref)) != DB_OK) {
		api_db_error(r, st);
		return;
	}
	a = json_array();
	switch (which) {
	case LIST_ROLES:
		for (i = 0; i < ref->nroles; i++)
			json_array_append_new(a, json_pack("{s:o,s:o,s:o,s:o}",
			    "slug", jstr(ref->roles[i].slug), "title", jstr(ref->roles[i].title),
			    "soc_code", jstr(ref->roles[i].soc_code), "kind", jstr(ref->roles[i].kind)));
		break;
	case LIST_REGIONS:
		for (i = 0; i < ref->nregions; i++)
			json_array_append_new(a, json_pack("{s:o,s:o,s:o,s:o}",
			    "slug", jstr(ref->regions[i].slug), "name", jstr(ref->regions[i].name),
			    "kind", jstr(ref->regions[i].kind),
			    "parent", jstr(ref->regions[i].parent_slug)));
		break;
	case LIST_SKILLS:
		for (i = 0; i < ref->nskills; i++)
			json_array_append_new(a, json_pack("{s:o,s:o,s:o}",
			    "slug", jstr(ref->skills[i].slug), "name", jstr(ref->skills[i].name),
			    "category", jstr(ref->skills[i].category)));
		break;
	case LIST_CERTIFICATIONS:
		for (i = 0; i < ref->ncerts; i++)
			json_array_append_new(a, json_pack("{s:o,s:o,s:o}",
			    "slug", jstr(ref->certs[i].slug), "name", jstr(ref->certs[i].name),
			    "issuer", jstr(ref->certs[i].issuer)));
		break;
	default:
		break;
	}
	send_json(r, 200, json_pack("{s:o}", list_keys[which], a));
}

void
api_roles(struct req *r)
{
	api_list(r, LIST_ROLES);
}

void
api_regions(struct req *r)
{
	api_list(r, LIST_REGIONS);
}

void
api_skills(struct req *r)
{
	api_list(r, LIST_SKILLS);
}

void
api_certifications(struct req *r)
{
	api_list(r, LIST_CERTIFICATIONS);
}

/* Contributions of a cell, apart from the published figures; the database has applied the privacy rule. */
static json_t *
crowd_json(const struct crowd *c)
{
	return json_pack("{s:o,s:o,s:o,s:o,s:o,s:o,s:o}", "n", jnum(c->n), "median", jnum(c->median),
	    "median_rounded_to", jnum(c->median_rounded_to), "p25", jnum(c->p25), "p75", jnum(c->p75),
	    "p10", jnum(c->p10), "p90", jnum(c->p90));
}

static json_t *
figure_json(const struct figure *f)
{
	static const char *const values[] = { "mean", "median", "p10", "p25", "p75", "p90" };
	json_t	*es = f->emp_publisher == NULL ? json_null() : json_pack("{s:o,s:o,s:o}",
	    "publisher", jstr(f->emp_publisher), "source", jstr(f->emp_source_title),
	    "vintage", jstr(f->emp_vintage));
	json_t	*top = json_array();
	size_t	 i;

	/* a top-coded value is null, named here, and at least topcoded_at_least */
	for (i = 0; i < sizeof(values) / sizeof(values[0]); i++)
		if (figure_topcoded(f, values[i]))
			json_array_append_new(top, json_string(values[i]));

	return json_pack("{s:i,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o}",
	    "rank", f->rank, "publisher", jstr(f->publisher), "source", jstr(f->source_title),
	    "license", jstr(f->license), "vintage", jstr(f->vintage),
	    "mean", jnum(f->mean), "median", jnum(f->median), "p10", jnum(f->p10),
	    "p25", jnum(f->p25), "p75", jnum(f->p75), "p90", jnum(f->p90),
	    "employment", jnum(f->employment), "location_quotient", jreal(f->location_quotient),
	    "data_points", jnum(f->data_points), "projection", jnum(f->projection),
	    "projection_method", jstr(f->projection_method), "derivation", jstr(f->derivation),
	    "occupation", jstr(f->occupation_title), "soc_code", jstr(f->soc_code),
	    "source_url", jstr(f->source_url), "employment_source", es, "topcoded", top,
	    "topcoded_at_least", jnum(f->topcoded_at_least), "caution", jstr(f->caution));
}

void
api_report(struct req *r)
{
	const char		*rs = r->args[0], *gs = r->args[1];
	const struct refdata	*ref;
	const struct role	*role;
	const struct region	*region;
	struct report		 rep;
	const struct figure	*figs;
	const struct est_premium *prems;
	const struct skill_share *skills;
	size_t			 i;
	enum db_status		 st;
	json_t			*jf, *jp, *js;

	if ((st = req_ref(r, &ref)) != DB_OK) {
		api_db_error(r, st);
		return;
	}
	if ((role = refdata_role(ref, rs)) == NULL) {
		api_error(r, 404, "role", "no such role");
		return;
	}
	if ((region = refdata_region(ref, gs)) == NULL) {
		api_error(r, 404, "region", "no such region");
		return;
	}
	report_load(&rep, ref, role, region, &r->arena);
	figs = rep.figs;
	prems = rep.prems;
	skills = rep.skills;
	jf = json_array();
	for (i = 0; i < rep.nfigs; i++)
		json_array_append_new(jf, figure_json(&figs[i]));
	jp = json_array();
	for (i = 0; i < rep.nprems; i++)
		json_array_append_new(jp, json_pack("{s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:b,s:b,s:b,s:o,s:o,s:o,s:o,s:o}",
		    "kind", jstr(prems[i].kind), "slug", jstr(prems[i].slug), "name", jstr(prems[i].name),
		    "origin", jstr(prems[i].published ? "published" : "survey"),
		    "premium_pct", jreal(prems[i].point_pct),
		    "low_pct", jreal(prems[i].low_pct), "high_pct", jreal(prems[i].high_pct),
		    "clear", prems[i].clear, "used_by_estimate", prems[i].used, "learnable", prems[i].learnable,
		    "top_decile_with", jstr(prems[i].top_decile_with_slug), "basis", jstr(prems[i].basis),
		    "n", jnum(prems[i].n), "publisher", jstr(prems[i].publisher),
		    "vintage", jstr(prems[i].vintage)));
	js = json_array();
	for (i = 0; i < rep.nskills; i++)
		json_array_append_new(js, json_pack("{s:o,s:o,s:o,s:o}", "slug", jstr(skills[i].slug),
		    "name", jstr(skills[i].name), "share_pct", jreal(skills[i].share_pct),
		    "n", jnum(skills[i].n)));
	send_json(r, 200, json_pack("{s:{s:o,s:o},s:{s:o,s:o},s:o,s:o,s:o,s:o}",
	    "role", "slug", jstr(role->slug), "title", jstr(role->title),
	    "region", "slug", jstr(region->slug), "name", jstr(region->name),
	    "figures", jf, "premiums", jp, "required_skills", js, "contributions", crowd_json(&rep.crowd)));
}

/* 400 with the first field in error, and every error. */
static void
api_field_errors(struct req *r, const struct estimate_form *form)
{
	json_t	*errs = json_array();
	size_t	 i, first = EF__MAX;

	for (i = 0; i < EF__MAX; i++) {
		if (form->f[i].err == FE_NONE)
			continue;
		if (first == EF__MAX)
			first = i;
		json_array_append_new(errs, json_pack("{s:s,s:s}", "field",
		    estimate_spec[i].name, "message", form->f[i].msg));
	}
	send_json(r, 400, json_pack("{s:{s:s,s:s},s:o}", "error",
	    "field", estimate_spec[first].name, "message", form->f[first].msg, "errors", errs));
}

/* The query as understood: role, region, years, skills and certifications (sorted). */
static json_t *
estimate_input_json(const struct estimate_form *form)
{
	json_t	*skills = json_array(), *certs = json_array();
	size_t	 i;

	for (i = 0; i < form->nskill_sel; i++)
		json_array_append_new(skills, json_string(form->skill_sel[i]));
	for (i = 0; i < form->ncert_sel; i++)
		json_array_append_new(certs, json_string(form->cert_sel[i]));
	return json_pack("{s:s,s:s,s:i,s:o,s:o}", "role", form->role->slug, "region",
	    form->region->slug, "years", form->years, "skills", skills, "certifications", certs);
}

/* One skill or certification of the breakdown: its premium and what the estimate did with it. */
static json_t *
item_json(const struct estimate_item *it, const struct model_effect *ef)
{
	static const char *const why[] = { "applied", "unclear", "negative_not_applied", "no_data" };
	const struct est_premium *p = it->prem;

	return json_pack("{s:s,s:s,s:s,s:o,s:o,s:s,s:o,s:o,s:o,s:o,s:o,s:o,s:o,s:o}",
	    "factor", it->kind == ITEM_SKILL ? "skill" : "certification",
	    "slug", it->slug, "name", it->name,
	    "dollars", jdollars(ef->dollars), "pct", json_real(ef->pct),
	    "effect", why[ef->why],
	    "origin", jstr(p ? (p->published ? "published" : "survey") : NULL),
	    "premium_pct", p ? jreal(p->point_pct) : json_null(),
	    "low_pct", p ? jreal(p->low_pct) : json_null(),
	    "high_pct", p ? jreal(p->high_pct) : json_null(),
	    "clear", p ? json_boolean(p->clear) : json_false(),
	    "publisher", jstr(p ? p->publisher : NULL), "basis", jstr(p ? p->basis : NULL),
	    "n", p ? jnum(p->n) : json_null());
}

/* The breakdown: the market figure, the role's level, experience, then each skill and certification. */
static json_t *
breakdown_json(const struct estimate *e)
{
	const struct model_result *m = &e->res;
	json_t			*items = json_array();
	size_t			 i;

	json_array_append_new(items, json_pack("{s:s,s:o,s:o,s:o,s:o,s:o,s:b}", "factor", "market",
	    "dollars", jdollars(m->base), "region", jstr(e->base.region_slug),
	    "publisher", jstr(e->base.publisher), "vintage", jstr(e->base.vintage),
	    "derivation", jstr(e->base.derivation), "fallback", e->base.fallback));
	if (e->level.has_level)
		json_array_append_new(items, json_pack("{s:s,s:o,s:o,s:o,s:o,s:o,s:o}", "factor", "role_level",
		    "dollars", jdollars(m->level_dollars), "pct", json_real((m->level_factor - 1) * 100),
		    "low_pct", json_real((exp(e->level.level_low) - 1) * 100),
		    "high_pct", json_real((exp(e->level.level_high) - 1) * 100),
		    "dev_type", jstr(e->level.dev_type), "n", jnum(e->level.level_n)));
	json_array_append_new(items, json_pack("{s:s,s:o,s:o,s:o,s:o,s:o}", "factor", "experience",
	    "dollars", jdollars(m->exp_dollars), "pct", json_real((m->exp_factor - 1) * 100),
	    "low_pct", json_real((exp(e->level.exp_low) - 1) * 100),
	    "high_pct", json_real((exp(e->level.exp_high) - 1) * 100),
	    "reference_years", json_real(e->level.ref_years)));
	for (i = 0; i < e->nitems; i++)
		json_array_append_new(items, item_json(&e->items[i], &m->effects[i]));
	return items;
}

void
api_estimate(struct req *r)
{
	struct estimate_form	 form;
	struct estimate		 e;
	enum db_status		 st;
	json_t			*items, *in;
	const struct model_result *m;

	if ((st = estimate_read(r, &form)) != DB_OK) {
		api_db_error(r, st);
		return;
	}
	if (form.errors > 0) {
		api_field_errors(r, &form);
		return;
	}
	st = estimate_run(r, &form, &e);
	if (st == DB_NOTFOUND && e.no_model) {
		req_header(r, "Retry-After", "300");
		api_error(r, 503, "model", "the pay model is not fitted yet");
		return;
	}
	if (st == DB_NOTFOUND) {
		api_error(r, 404, "region", "no published figure for this role in this region");
		return;
	}
	if (st != DB_OK) {
		api_db_error(r, st);
		return;
	}
	m = &e.res;
	in = estimate_input_json(&form);
	items = breakdown_json(&e);
	send_json(r, 200, json_pack("{s:o,s:{s:o,s:o,s:o,s:o,s:o,s:o},s:o,s:{s:o,s:o,s:o,s:o,s:o,s:o},s:{s:o,s:o,s:o,s:o,s:o,s:o,s:o},s:o,s:o}",
	    "input", in,
	    "estimate", "point", jdollars(m->point), "low", jdollars(m->low), "high", jdollars(m->high),
	    "percentile", json_integer(lround(m->percentile)),
	    "projection", m->projection > 0 ? jdollars(m->projection) : json_null(),
	    "projection_pct", m->projection > 0 ? json_real(m->projection_pct) : json_null(),
	    "breakdown", items,
	    "distribution", "mean", jdollars(m->role_dist.mean), "p10", jdollars(m->role_dist.p10),
	    "p25", jdollars(m->role_dist.p25), "p50", jdollars(m->role_dist.p50),
	    "p75", jdollars(m->role_dist.p75), "p90", jdollars(m->role_dist.p90),
	    "model", "sample_n", jnum(e.fit.n), "folds", jnum(e.fit.folds),
	    "heldout_median_abs_error_log", json_real(e.fit.mae),
	    "baseline_median_abs_error_log", json_real(e.fit.mae_baseline),
	    "range_coverage", json_real(e.fit.coverage50), "fitted_on", jstr(e.fit.fitted_on),
	    "source", jstr(e.fit.publisher),
	    "permalink", json_string(estimate_query(r, &form)),
	    "crowd", crowd_json(&e.crowd)));
}
