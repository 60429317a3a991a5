/* What every page shares: the layout, error pages and the database-error answer. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/bounds.h"
#include "lib/conf.h"
#include "data/db.h"
#include "lib/log.h"
#include "web/pages.h"
#include "data/refdata.h"
#include "http/request.h"
#include "lib/tmpl.h"
#include "lib/util.h"

static void
body_writer(void *ctx, const char *data, size_t len)
{
	buf_append(ctx, data, len);
}

tmpl_dict *
page_begin(struct req *r, tmpl_dict **layout, const char *file, const char *title)
{
	*layout = tmpl_dict_new("layout");
	tmpl_set_global(*layout, "BASE", r->cfg->base);
	if (title != NULL) {
		tmpl_set(*layout, "TITLE", title);
		tmpl_show(*layout, "TITLE");
	}
	return tmpl_include(*layout, "CONTENT", file);
}

void
page_finish(struct req *r, tmpl_dict *layout, int status)
{
	buf_reset(&r->body);
	if (tmpl_expand("layout.tpl", layout, body_writer, &r->body) == -1) {
		log_err("template expansion failed for %s", r->path ? r->path : "?");
		buf_reset(&r->body);
		buf_puts(&r->body, "Internal error\n");
		r->status = 500;
		r->content_type = "text/plain; charset=utf-8";
	} else {
		r->status = status;
		r->content_type = "text/html; charset=utf-8";
	}
	tmpl_dict_free(layout);
}

tmpl_dict *
page_error_begin(struct req *r, tmpl_dict **layout, int status)
{
	tmpl_dict	*c;
	char		 sect[16];

	c = page_begin(r, layout, "error.tpl", http_reason(status));
	snprintf(sect, sizeof(sect), "E%d", status);
	tmpl_show(c, sect);
	tmpl_set_int(c, "STATUS", status);
	tmpl_set(c, "REASON", http_reason(status));
	if (status == 503)
		req_header(r, "Retry-After", "5");
	req_header(r, "Cache-Control", "no-store");
	return c;
}

void
page_error(struct req *r, int status)
{
	tmpl_dict	*layout;

	page_error_begin(r, &layout, status);
	page_finish(r, layout, status);
}

void
page_db_error(struct req *r, int dbstatus)
{
	page_error(r, dbstatus == DB_UNAVAILABLE ? 503 : 500);
}

int
slug_in(const char **set, size_t n, const char *slug)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(set[i], slug) == 0)
			return 1;
	return 0;
}

void
form_role_options(tmpl_dict *c, const struct role *roles, size_t n, const struct role *sel)
{
	tmpl_dict	*d;
	size_t		 i;

	for (i = 0; i < n; i++) {
		d = tmpl_add_section(c, "ROLE_OPTION");
		tmpl_set(d, "SLUG", roles[i].slug);
		tmpl_set(d, "TITLE", roles[i].title);
		if (sel == &roles[i])
			tmpl_show(d, "SELECTED");
	}
	if (sel == NULL)
		tmpl_show(c, "NO_ROLE_SELECTED");
}

/*
 * A state's metros are sections inside the state's section, and ctemplate shows a
 * section that a parent dictionary shows: the state's option is marked with a name
 * of its own (STATE_SELECTED), so that choosing a state does not select its metros.
 */
static void
region_options(tmpl_dict *c, const struct region *regions, size_t n, const struct region *sel, int all_metros)
{
	tmpl_dict	*d, *state = NULL;
	size_t		 i;
	int		 is_state;
	const char	*metros_of = NULL;	/* the one state whose metros are listed, when not all */

	if (!all_metros && sel != NULL)
		metros_of = strcmp(sel->kind, "metro") == 0 ? sel->parent_slug : sel->slug;
	for (i = 0; i < n; i++) {
		const struct region *g = &regions[i];

		is_state = strcmp(g->kind, "state") == 0;
		if (!all_metros && strcmp(g->kind, "metro") == 0 &&
		    (metros_of == NULL || g->parent_slug == NULL || strcmp(g->parent_slug, metros_of) != 0))
			continue;
		if (strcmp(g->kind, "metro") == 0 && state != NULL)
			d = tmpl_add_section(state, "METRO");
		else if (is_state)
			d = state = tmpl_add_section(c, "REGION_STATE");
		else
			d = tmpl_add_section(c, "REGION_NATION");
		tmpl_set(d, "SLUG", g->slug);
		tmpl_set(d, "NAME", g->name);
		if (sel == g || (sel == NULL && strcmp(g->kind, "nation") == 0))
			tmpl_show(d, is_state ? "STATE_SELECTED" : "SELECTED");
	}
}

/*
 * The role and region <option> lists are the same for every request that selects the same
 * values: rendered once per snapshot (templates/role_options.tpl, region_options.tpl, auto-escaped
 * like every template) and kept here, then put in the page as ROLE_OPTIONS / REGION_OPTIONS.
 * Building ~100 section dictionaries per page cost more than the rest of the estimate.
 */
struct options_entry {
	unsigned long	 snapshot;
	char		*key;
	char		*html;
};

static pthread_mutex_t		 options_mu = PTHREAD_MUTEX_INITIALIZER;
static struct options_entry	 options[OPTIONS_CACHE_MAX];	/* guarded by options_mu */
static size_t			 noptions;			/* guarded by options_mu */

static void
string_writer(void *ctx, const char *data, size_t len)
{
	buf_append(ctx, data, len);
}

static void
options_set(struct req *r, tmpl_dict *c, const char *var, const char *key, const char *file,
    void (*fill)(tmpl_dict *, const void *, const void *, int), const void *list, const void *sel, int flag)
{
	unsigned long	 snapshot = r->ref != NULL ? r->ref->id : 0;
	const char	*html = NULL;
	struct buf	 b;
	tmpl_dict	*d;
	size_t		 i;

	pthread_mutex_lock(&options_mu);
	for (i = 0; i < noptions; i++)
		if (options[i].snapshot == snapshot && strcmp(options[i].key, key) == 0) {
			html = arena_strdup(&r->arena, options[i].html);
			break;
		}
	pthread_mutex_unlock(&options_mu);
	if (html == NULL) {
		buf_init(&b);
		d = tmpl_dict_new(file);
		fill(d, list, sel, flag);
		if (tmpl_expand(file, d, string_writer, &b) == -1)
			log_err("template expansion failed for %s", file);
		tmpl_dict_free(d);
		html = arena_strdup(&r->arena, b.data != NULL ? b.data : "");
		pthread_mutex_lock(&options_mu);
		if (noptions == OPTIONS_CACHE_MAX) {	/* full (or of older snapshots): start afresh */
			for (i = 0; i < noptions; i++) {
				free(options[i].key);
				free(options[i].html);
			}
			noptions = 0;
		}
		options[noptions].snapshot = snapshot;
		options[noptions].key = xstrdup(key);
		options[noptions].html = xstrdup(html);
		noptions++;
		pthread_mutex_unlock(&options_mu);
		buf_free(&b);
	}
	tmpl_set(c, var, html);
}

static const struct refdata *
snapshot_of(const void *list)
{
	return list;
}

static void
fill_roles(tmpl_dict *d, const void *list, const void *sel, int flag)
{
	const struct refdata	*ref = snapshot_of(list);

	(void)flag;
	form_role_options(d, ref->roles, ref->nroles, sel);
}

static void
fill_regions(tmpl_dict *d, const void *list, const void *sel, int all_metros)
{
	const struct refdata	*ref = snapshot_of(list);

	region_options(d, ref->regions, ref->nregions, sel, all_metros);
}

void
form_role_select(struct req *r, tmpl_dict *c, const struct refdata *ref, const struct role *sel)
{
	options_set(r, c, "ROLE_OPTIONS", arena_printf(&r->arena, "role %s", sel != NULL ? sel->slug : ""),
	    "role_options.tpl", fill_roles, ref, sel, 0);
}

void
form_region_select(struct req *r, tmpl_dict *c, const struct refdata *ref, const struct region *sel,
    int all_metros)
{
	options_set(r, c, "REGION_OPTIONS", arena_printf(&r->arena, "region %s %d", sel != NULL ? sel->slug : "",
	    all_metros), "region_options.tpl", fill_regions, ref, sel, all_metros);
}

void
form_skill_groups(tmpl_dict *c, const struct skill *list, size_t n, const char **sel, size_t nsel)
{
	tmpl_dict	*g = NULL, *d;
	const char	*cat = NULL;
	size_t		 i, j, ticked;

	for (i = 0; i < n; i++) {
		if (list[i].rank == -1)
			continue;
		if (g == NULL || strcmp(cat, list[i].category) != 0) {
			ticked = 0;
			for (j = i; j < n && strcmp(list[j].category, list[i].category) == 0; j++)
				if (list[j].rank != -1 && slug_in(sel, nsel, list[j].slug))
					ticked++;
			g = tmpl_add_section(c, "SKILL_GROUP");
			tmpl_show(g, "CATEGORY");
			tmpl_set(g, "LABEL", list[i].category);
			if (ticked > 0) {
				tmpl_show(g, "OPEN");
				tmpl_set_int(g, "TICKED", (long)ticked);
				tmpl_show(g, "TICKED");
			}
			cat = list[i].category;
		}
		d = tmpl_add_section(g, "SKILL");
		tmpl_set(d, "SLUG", list[i].slug);
		tmpl_set(d, "NAME", list[i].name);
		if (slug_in(sel, nsel, list[i].slug))
			tmpl_show(d, "CHECKED");
	}
}

void
form_cert_options(tmpl_dict *c, const struct cert *certs, size_t n, const char **sel, size_t nsel)
{
	tmpl_dict	*d;
	size_t		 i;

	for (i = 0; i < n; i++) {
		d = tmpl_add_section(c, "CERT");
		tmpl_set(d, "SLUG", certs[i].slug);
		tmpl_set(d, "NAME", certs[i].name);
		tmpl_set(d, "ISSUER", certs[i].issuer);
		if (slug_in(sel, nsel, certs[i].slug))
			tmpl_show(d, "CHECKED");
	}
}

int
figure_topcoded(const struct figure *f, const char *name)
{
	const char	*p = f->topcoded;
	size_t		 len = strlen(name);

	/* f->topcoded is "p75,p90": whole names between commas */
	while (p != NULL && *p != '\0') {
		if (strncmp(p, name, len) == 0 && (p[len] == ',' || p[len] == '\0'))
			return 1;
		if ((p = strchr(p, ',')) != NULL)
			p++;
	}
	return 0;
}

int
req_ref(struct req *r, const struct refdata **out)
{
	enum db_status	 st = DB_OK;

	if (r->ref == NULL)
		st = refdata_acquire(r->db, &r->ref);
	*out = r->ref;
	return (int)st;
}
