/* GET /report/<role>/<region>: the market report, every figure and sentence from the database. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lib/conf.h"
#include "data/db.h"
#include "lib/fmt.h"
#include "http/bounds.h"
#include "core/narrative.h"
#include "core/report.h"
#include "web/pages.h"
#include "http/params.h"
#include "data/refdata.h"
#include "http/request.h"
#include "lib/tmpl.h"
#include "web/report_view.h"
#include "web/view.h"

/* 404 for an unknown role or region, with links to the nearest known ones. */
static void
not_found(struct req *r, const char *role, const char *region, int role_known)
{
	tmpl_dict		*layout, *c, *d;
	const struct refdata	*ref;
	size_t			 i, shown = 0, dist, best;
	enum db_status		 st;

	if ((st = req_ref(r, &ref)) != DB_OK) {
		page_db_error(r, st);
		return;
	}
	c = page_error_begin(r, &layout, 404);
	tmpl_show(c, role_known ? "UNKNOWN_REGION" : "UNKNOWN_ROLE");
	if (!role_known) {
		/* Closest first: distances 0..cap, then roles whose slug contains the input. */
		for (best = 0; best <= SUGGEST_MAX_DISTANCE && shown < MAX_SUGGESTIONS; best++)
			for (i = 0; i < ref->nroles && shown < MAX_SUGGESTIONS; i++) {
				dist = edit_distance(role, ref->roles[i].slug, SUGGEST_MAX_DISTANCE);
				if (dist != best && !(best == SUGGEST_MAX_DISTANCE &&
				    dist > best && strlen(role) >= 3 && strstr(ref->roles[i].slug, role)))
					continue;
				d = tmpl_add_section(c, "SUGGESTION");
				tmpl_set(d, "ROLE_SLUG", ref->roles[i].slug);
				tmpl_set(d, "REGION_SLUG", slug_valid(region) ? region : "us");
				tmpl_set(d, "LABEL", ref->roles[i].title);
				shown++;
			}
	} else {
		for (best = 0; best <= SUGGEST_MAX_DISTANCE && shown < MAX_SUGGESTIONS; best++)
			for (i = 0; i < ref->nregions && shown < MAX_SUGGESTIONS; i++) {
				const char *s = ref->regions[i].slug;
				/* "ca" or "california" should find "us-ca". */
				const char *tail = strncmp(s, "us-", 3) == 0 ? s + 3 : s;
				size_t d1 = edit_distance(region, s, SUGGEST_MAX_DISTANCE);
				size_t d2 = edit_distance(region, tail, SUGGEST_MAX_DISTANCE);
				char name[128];
				size_t k;

				snprintf(name, sizeof(name), "%s", ref->regions[i].name);
				for (k = 0; name[k] != '\0'; k++)
					name[k] = name[k] == ' ' ? '-' :
					    (char)tolower((unsigned char)name[k]);
				dist = d1 < d2 ? d1 : d2;
				if (strcmp(region, name) == 0)
					dist = 0;
				if (dist != best)
					continue;
				d = tmpl_add_section(c, "SUGGESTION");
				tmpl_set(d, "ROLE_SLUG", role);
				tmpl_set(d, "REGION_SLUG", s);
				tmpl_set(d, "LABEL", ref->regions[i].name);
				shown++;
			}
	}
	if (shown > 0)
		tmpl_show(c, "HAS_SUGGESTIONS");
	page_finish(r, layout, 404);
}


/* The report page of a known role × region. */
static void
report_html(struct req *r, const struct role *role, const struct region *region, const struct report *rep)
{
	tmpl_dict	*layout, *c;

	c = page_begin(r, &layout, "report.tpl", arena_printf(&r->arena, "%s · %s", role->title, region->name));
	report_view(r, c, role, region, rep);
	req_header(r, "Cache-Control", "public, max-age=60");
	page_finish(r, layout, 200);
}

/* "us-ca.csv" -> "us-ca" (in the arena), and 1; else 0. */
static int
strip_csv(struct arena *a, const char **slug)
{
	size_t	 len = strlen(*slug);

	if (len <= 4 || strcmp(*slug + len - 4, ".csv") != 0)
		return 0;
	*slug = arena_strndup(a, *slug, len - 4);
	return 1;
}

/* GET /report/<role>/<region> and /report/<role>/<region>.csv. */
void
page_report(struct req *r)
{
	const char		*rs = r->args[0], *gs = r->args[1];
	const struct role	*role;
	const struct region	*region;
	const struct refdata	*ref;
	struct report		 rep;
	enum db_status		 st;
	int			 as_csv = strip_csv(&r->arena, &gs);

	if ((st = req_ref(r, &ref)) != DB_OK) {
		page_db_error(r, st);
		return;
	}
	if ((role = refdata_role(ref, rs)) == NULL) {
		not_found(r, rs, gs, 0);
		return;
	}
	if ((region = refdata_region(ref, gs)) == NULL) {
		not_found(r, rs, gs, 1);
		return;
	}
	report_load(&rep, ref, role, region, &r->arena);
	if (as_csv)
		report_csv(r, role, region, rep.figs, rep.nfigs);
	else
		report_html(r, role, region, &rep);
}

