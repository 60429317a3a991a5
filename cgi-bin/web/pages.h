/* Page handlers and the helpers they share for rendering through the layout. */
#ifndef PAYBAND_PAGES_H
#define PAYBAND_PAGES_H

#include "http/request.h"
#include "lib/tmpl.h"

struct refdata;

void	 page_home(struct req *);
void	 page_estimate(struct req *);
void	 page_compare(struct req *);
void	 page_contribute(struct req *);
void	 page_contribute_thanks(struct req *);
void	 page_compare_csv(struct req *);
void	 page_report(struct req *);
void	 page_report_pick(struct req *);
void	 page_health(struct req *);
void	 api_roles(struct req *);
void	 api_regions(struct req *);
void	 api_skills(struct req *);
void	 api_certifications(struct req *);
void	 api_report(struct req *);
void	 api_estimate(struct req *);

/*
 * Start a page: a layout dictionary with the page's own template included as
 * CONTENT.  Returns the content dictionary to fill; render with page_finish().
 */
tmpl_dict	*page_begin(struct req *, tmpl_dict **layout, const char *file,
		    const char *title);
void		 page_finish(struct req *, tmpl_dict *layout, int status);

/* An error page (404, 405, 500, 503) through the layout; suggestions may be added by the caller. */
tmpl_dict	*page_error_begin(struct req *, tmpl_dict **layout, int status);
void		 page_error(struct req *, int status);
/* Answer 503 or 500 for a database status (see db.h). */
void		 page_db_error(struct req *, int dbstatus);

struct role;
struct region;
struct skill;
struct cert;

/* Form pieces shared by the estimate and contribution forms. */
/* ROLE_OPTION sections (and NO_ROLE_SELECTED when sel is NULL). */
void		 form_role_options(tmpl_dict *, const struct role *, size_t n, const struct role *sel);
/* ROLE_OPTIONS: the same rendered once per snapshot and selected role (templates/role_options.tpl). */
void		 form_role_select(struct req *, tmpl_dict *, const struct refdata *, const struct role *sel);
/*
 * REGION_OPTIONS: the nation, then each state as an optgroup with its metros (all, or only those of
 * sel's state); sel may be NULL (then the nation).  Rendered once per snapshot, selection and size.
 */
void		 form_region_select(struct req *, tmpl_dict *, const struct refdata *, const struct region *sel,
		    int all_metros);
/* Skills as SKILL_GROUP sections by category (list sorted by category); rank -1 skips one. */
void		 form_skill_groups(tmpl_dict *, const struct skill *, size_t n, const char **sel,
		    size_t nsel);
void		 form_cert_options(tmpl_dict *, const struct cert *, size_t n, const char **sel,
		    size_t nsel);
int		 slug_in(const char **set, size_t n, const char *slug);

struct figure;
/* True when a figure's value NAME ("mean", "median", "p10" … "p90") is empty because its source top-coded it. */
int		 figure_topcoded(const struct figure *, const char *name);

/* The shared reference snapshot, held until the end of the request.  Returns a db_status. */
int		 req_ref(struct req *, const struct refdata **);

#endif
