/* Page handlers and the helpers they share for rendering through the layout. */
#ifndef PAYBAND_PAGES_H
#define PAYBAND_PAGES_H

#include "request.h"
#include "tmpl.h"

void	 page_home(struct req *);
void	 page_estimate(struct req *);
void	 page_compare(struct req *);
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

#endif
