/* GET/POST /contribute and GET /contribute/thanks: people add their own pay data. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "http/bounds.h"
#include "lib/conf.h"
#include "data/db.h"
#include "lib/fmt.h"
#include "lib/log.h"
#include "web/pages.h"
#include "http/params.h"
#include "data/refdata.h"
#include "http/request.h"
#include "lib/tmpl.h"
#include "core/rules.h"
#include "web/view.h"
#include "core/token.h"

enum cf {
	CF_CSRF,
	CF_KEY,
	CF_ROLE,
	CF_REGION,
	CF_YEARS,
	CF_BASE,
	CF_BONUS,
	CF_EQUITY,
	CF_EMPLOYMENT,
	CF_SKILL,
	CF_CERT,
	CF__MAX
};

static const struct pspec contribute_spec[CF__MAX] = {
	{ "csrf",	PT_SLUG,  0,			0, 0, 0 },	/* CF_CSRF: checked apart */
	{ "key",	PT_SLUG,  0,			0, 0, 0 },	/* CF_KEY: a UUID, checked apart */
	{ "role",	PT_SLUG,  PF_REQUIRED,		0, 0, 0 },
	{ "region",	PT_SLUG,  PF_REQUIRED,		0, 0, 0 },
	{ "years",	PT_UINT,  PF_REQUIRED,		0, MAX_YEARS, 0 },
	{ "base_salary", PT_MONEY, PF_REQUIRED,	MIN_BASE_SALARY, MAX_BASE_SALARY, 0 },
	{ "bonus",	PT_MONEY, 0,			0, MAX_BONUS, 0 },
	{ "equity",	PT_MONEY, 0,			0, MAX_EQUITY, 0 },
	{ "employment",	PT_SLUG,  PF_REQUIRED,		0, 0, 0 },
	{ "skill",	PT_SLUG,  PF_MULTI,		0, 0, MAX_SKILLS },
	{ "cert",	PT_SLUG,  PF_MULTI,		0, 0, MAX_CERTS },
};

/* Template sections for each field's error (NULL: never shown beside a field). */
static const char *const error_sections[CF__MAX] = {
	NULL, NULL, "ROLE_ERROR", "REGION_ERROR", "YEARS_ERROR", "BASE_ERROR", "BONUS_ERROR",
	"EQUITY_ERROR", "EMPLOYMENT_ERROR", "SKILL_ERROR", "CERT_ERROR",
};


#define CSRF_COOKIE "pb_csrf"

struct cform {
	struct pfield		 f[CF__MAX];
	size_t			 errors;
	const struct refdata	*ref;
	const struct role	*role;
	const struct region	*region;
	const char		*employment;
	const char		**skill_sel, **cert_sel;
	size_t			 nskill_sel, ncert_sel;
};

static enum db_status
load_lists(struct req *r, struct cform *cf)
{
	enum db_status		 st;
	const struct refdata	*ref;

	if ((st = req_ref(r, &ref)) != DB_OK)
		return st;
	cf->ref = ref;
	return DB_OK;
}

/* Keep the known values of a multi-valued slug field, once each; flag the first unknown one. */
static const char **
known(struct req *r, struct pfield *f, const struct refdata *ref, int skills, size_t *nout)
{
	const char	**out = arena_calloc(&r->arena, f->n + 1, sizeof(*out));
	size_t		 i, k = 0;

	for (i = 0; i < f->n; i++) {
		if ((skills ? (const void *)refdata_skill(ref, f->vals[i]) :
		    (const void *)refdata_cert(ref, f->vals[i])) == NULL) {
			field_unknown(&r->arena, f, f->vals[i]);
			continue;
		}
		if (!slug_in(out, k, f->vals[i]))
			out[k++] = f->vals[i];
	}
	*nout = k;
	return out;
}

static void
check(struct req *r, struct cform *cf, const struct param *ps, size_t n)
{
	struct pfield	*f = cf->f;
	size_t		 i;

	params_validate(&r->arena, ps, n, contribute_spec, CF__MAX, f);
	if (f[CF_ROLE].n == 1 && (cf->role = refdata_role(cf->ref, f[CF_ROLE].vals[0])) == NULL)
		field_unknown(&r->arena, &f[CF_ROLE], f[CF_ROLE].vals[0]);
	if (f[CF_REGION].n == 1 &&
	    (cf->region = refdata_region(cf->ref, f[CF_REGION].vals[0])) == NULL)
		field_unknown(&r->arena, &f[CF_REGION], f[CF_REGION].vals[0]);
	if (f[CF_EMPLOYMENT].n == 1) {
		if ((cf->employment = employment_type(f[CF_EMPLOYMENT].vals[0])) == NULL)
			field_unknown(&r->arena, &f[CF_EMPLOYMENT], f[CF_EMPLOYMENT].vals[0]);
	}
	cf->skill_sel = known(r, &f[CF_SKILL], cf->ref, 1, &cf->nskill_sel);
	cf->cert_sel = known(r, &f[CF_CERT], cf->ref, 0, &cf->ncert_sel);
	cf->errors = 0;
	for (i = CF_ROLE; i < CF__MAX; i++)
		if (f[i].err != FE_NONE)
			cf->errors++;
}

/* Did the request reach the front end over HTTPS?  nginx and Apache pass HTTPS=on then (and nothing, or "off", not). */
static int
https(struct req *r)
{
	const char	*v = req_param(r, "HTTPS");

	return v != NULL && strcasecmp(v, "on") == 0;
}

/* The cookie the form's token is tied to: the browser's own when it is well-formed, else a new one. */
static const char *
csrf_cookie(struct req *r)
{
	const char	*c = req_cookie(r, CSRF_COOKIE);
	char		 fresh[TOKEN_HEX];

	if (c != NULL && token_hex_valid(c))
		return c;
	token_random_hex(fresh);
	c = arena_strdup(&r->arena, fresh);
	/* HttpOnly: scripts never need it; SameSite=Strict: other sites cannot send it. */
	req_header(r, "Set-Cookie", arena_printf(&r->arena,
	    CSRF_COOKIE "=%s; Path=%s/; HttpOnly; SameSite=Strict%s", c, r->cfg->base,
	    https(r) ? "; Secure" : ""));
	return c;
}

static void
set_value(tmpl_dict *c, const char *key, const struct pfield *f)
{
	const char	*v = f->n >= 1 ? f->vals[0] : f->bad;

	if (v != NULL)
		tmpl_set(c, key, v);
}

/* Render the form; cf may hold what the person sent (values kept, errors beside fields). */
static void
render_form(struct req *r, struct cform *cf, int status, const char *notice, const char *key)
{
	tmpl_dict	*layout, *c, *d;
	char		 token[TOKEN_HEX], uuid[37];
	const char	*cookie = csrf_cookie(r);
	size_t		 i;

	c = page_begin(r, &layout, "contribute.tpl", "Contribute your pay");
	token_csrf(cookie, token);
	tmpl_set(c, "CSRF", token);
	if (key == NULL || !token_uuid_valid(key)) {
		token_uuid(uuid);
		key = uuid;
	}
	tmpl_set(c, "KEY", key);
	if (notice != NULL)
		tmpl_show(c, notice);
	form_role_select(r, c, cf->ref, cf->role);
	form_region_select(r, c, cf->ref, cf->region, 1);
	form_skill_groups(c, cf->ref->skills, cf->ref->nskills, cf->skill_sel, cf->nskill_sel);
	form_cert_options(c, cf->ref->certs, cf->ref->ncerts, cf->cert_sel, cf->ncert_sel);
	set_value(c, "YEARS", &cf->f[CF_YEARS]);
	set_value(c, "BASE", &cf->f[CF_BASE]);
	set_value(c, "BONUS", &cf->f[CF_BONUS]);
	set_value(c, "EQUITY", &cf->f[CF_EQUITY]);
	for (i = 0; i < NEMPLOYMENT; i++) {
		d = tmpl_add_section(c, "EMPLOYMENT_OPTION");
		tmpl_set(d, "VALUE", employment_types[i]);
		tmpl_show(d, i == 0 ? "FULL_TIME" : i == 1 ? "PART_TIME" : "CONTRACT");
		if (cf->employment == employment_types[i] || (cf->employment == NULL && i == 0))
			tmpl_show(d, "CHECKED");
	}
	if (cf->errors > 0)
		view_field_errors(c, cf->f, error_sections, CF__MAX, cf->errors);
	tmpl_set_int(c, "MAX_SKILLS", MAX_SKILLS);
	req_header(r, "Cache-Control", "no-store");
	page_finish(r, layout, status);
}

static void
contribute_get(struct req *r)
{
	struct cform	 cf;
	enum db_status	 st;

	memset(&cf, 0, sizeof(cf));
	if ((st = load_lists(r, &cf)) != DB_OK) {
		page_db_error(r, st);
		return;
	}
	render_form(r, &cf, 200, NULL, NULL);
}

/* The contribution to store from a valid form (bonus and equity 0 when left empty). */
static void
contribution_of(struct req *r, const struct cform *cf, const char *key, unsigned char *hash,
    struct contribution *c)
{
	memset(c, 0, sizeof(*c));
	c->key = key;
	c->role = cf->role->slug;
	c->region = cf->region->slug;
	c->employment = cf->employment;
	c->years = (long)cf->f[CF_YEARS].num;
	c->base = (long)cf->f[CF_BASE].num;
	c->bonus = cf->f[CF_BONUS].n ? (long)cf->f[CF_BONUS].num : 0;
	c->equity = cf->f[CF_EQUITY].n ? (long)cf->f[CF_EQUITY].num : 0;
	c->skills = cf->skill_sel;
	c->nskills = cf->nskill_sel;
	c->certs = cf->cert_sel;
	c->ncerts = cf->ncert_sel;
	token_client_hash(req_param(r, "REMOTE_ADDR"), time(NULL), hash);
	c->client_hash = hash;
	c->client_hash_len = CLIENT_HASH_BYTES;
	c->rate_limit = r->cfg->rate_limit;
	c->rate_window = RATE_WINDOW;
}

/* Committed: only now say so, and send the browser away from the POST (303 to the signed receipt). */
static void
thanks_redirect(struct req *r, long long id)
{
	char	 receipt[96];

	token_receipt(id, receipt, sizeof(receipt));
	req_header(r, "Location", arena_printf(&r->arena, "%s/contribute/thanks?receipt=%s",
	    r->cfg->base, receipt));
	req_header(r, "Cache-Control", "no-store");
	r->status = 303;
	r->content_type = "text/plain; charset=utf-8";
	buf_puts(&r->body, "Stored. See ");
	buf_puts(&r->body, receipt);
	buf_puts(&r->body, "\n");
}

static void
contribute_post(struct req *r)
{
	struct cform		 cf;
	struct param		*ps;
	size_t			 nps;
	const char		*cookie, *token, *key;
	int			 rc;
	enum db_status		 st;
	struct contribution	 c;
	struct submit_result	 res;
	unsigned char		 hash[CLIENT_HASH_BYTES];

	memset(&cf, 0, sizeof(cf));
	if ((rc = req_form(r, MAX_BODY, &ps, &nps)) != 0) {
		page_error(r, rc);
		return;
	}
	if ((st = load_lists(r, &cf)) != DB_OK) {
		page_db_error(r, st);
		return;
	}
	check(r, &cf, ps, nps);
	key = param_get(ps, nps, "key", NULL);

	/* The token must belong to this browser's cookie: another site cannot read either. */
	cookie = req_cookie(r, CSRF_COOKIE);
	token = param_get(ps, nps, "csrf", NULL);
	if (!token_csrf_ok(cookie, token)) {
		if (!token_persistent())
			log_err("form token refused and no --secret-file is set: as plain CGI or with "
			    "several processes, tokens cannot survive from the form to its POST");
		cf.errors = 0;	/* the 403 explains; field errors would distract */
		render_form(r, &cf, 403, "CSRF_FAILED", key);
		return;
	}
	if (key == NULL || !token_uuid_valid(key)) {
		render_form(r, &cf, 400, "KEY_INVALID", NULL);
		return;
	}
	if (cf.errors > 0) {
		render_form(r, &cf, 400, NULL, key);
		return;
	}

	contribution_of(r, &cf, key, hash, &c);
	if ((st = db_submit_contribution(r->db, &r->arena, &c, &res)) != DB_OK) {
		page_db_error(r, st);	/* nothing was acknowledged: the person may send again */
		return;
	}
	if (res.rate_limited) {
		req_header(r, "Retry-After", "600");
		render_form(r, &cf, 429, "RATE_LIMITED", key);
		return;
	}
	thanks_redirect(r, res.id);
}

void
page_contribute(struct req *r)
{
	if (r->method == METHOD_POST)
		contribute_post(r);
	else
		contribute_get(r);
}

void
page_contribute_thanks(struct req *r)
{
	const char	*receipt = param_get(r->params, r->nparams, "receipt", NULL);
	long long	 id = token_receipt_id(receipt);
	struct receipt	 rc;
	enum db_status	 st;
	tmpl_dict	*layout, *c;
	char		 n[FMT_MAX];

	if (id < 0) {
		page_error(r, 404);
		return;
	}
	if ((st = db_contribution_receipt(r->db, &r->arena, id, &rc)) == DB_NOTFOUND) {
		page_error(r, 404);
		return;
	}
	if (st != DB_OK) {
		page_db_error(r, st);
		return;
	}
	c = page_begin(r, &layout, "thanks.tpl", "Thank you");
	tmpl_set(c, "ROLE", rc.role_title);
	tmpl_set(c, "REGION", rc.region_name);
	tmpl_set(c, "ROLE_SLUG", rc.role_slug);
	tmpl_set(c, "REGION_SLUG", rc.region_slug);
	fmt_thousands(n, sizeof(n), rc.count_before);
	tmpl_set(c, "BEFORE", n);
	fmt_thousands(n, sizeof(n), rc.count_after);
	tmpl_set(c, "AFTER", n);
	tmpl_show(c, strcmp(rc.status, "accepted") == 0 ? "ACCEPTED" : "HELD");
	req_header(r, "Cache-Control", "no-store");
	page_finish(r, layout, 200);
}
