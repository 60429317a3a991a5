/* GET /report/<role>/<region>.csv: every figure of the cell, one row per source. */
#include "config.h"

#include <string.h>

#include "lib/csv.h"
#include "data/db.h"
#include "http/request.h"
#include "web/report_view.h"

/* CSV: the top-coded values' names, ';'-separated ("p75;p90"), or NULL. */
static const char *
topcoded_list(struct arena *a, const struct figure *f)
{
	char	*s, *p;

	if (f->topcoded == NULL)
		return NULL;
	s = arena_strdup(a, f->topcoded);
	for (p = s; *p != '\0'; p++)
		if (*p == ',')
			*p = ';';
	return s;
}

/* GET /report/<role>/<region>.csv: every figure of the cell, one row per source. */
void
report_csv(struct req *r, const struct role *role, const struct region *region,
    const struct figure *figs, size_t nfigs)
{
	struct buf	*b = &r->body;
	struct arena	*a = &r->arena;
	size_t		 i;

	buf_puts(b, "role,region,rank,publisher,source,vintage,mean,median,p10,p25,p75,p90,"
	    "employment,location_quotient,data_points,projection,projection_method,derivation,"
	    "soc_code,license,employment_publisher,employment_source,employment_vintage,"
	    "topcoded,topcoded_at_least,caution\r\n");
	for (i = 0; i < nfigs; i++) {
		const struct figure *f = &figs[i];

		csv_text(b, role->slug, 1);
		csv_text(b, region->slug, 0);
		csv_num(b, f->rank, 0);
		csv_text(b, f->publisher, 0);
		csv_text(b, f->source_title, 0);
		csv_text(b, f->vintage, 0);
		csv_num(b, f->mean, 0);
		csv_num(b, f->median, 0);
		csv_num(b, f->p10, 0);
		csv_num(b, f->p25, 0);
		csv_num(b, f->p75, 0);
		csv_num(b, f->p90, 0);
		csv_num(b, f->employment, 0);
		csv_real(b, f->location_quotient, 0);
		csv_num(b, f->data_points, 0);
		csv_num(b, f->projection, 0);
		csv_text(b, f->projection_method, 0);
		csv_text(b, f->derivation, 0);
		csv_text(b, f->soc_code, 0);
		csv_text(b, f->license, 0);
		csv_text(b, f->emp_publisher, 0);
		csv_text(b, f->emp_source_title, 0);
		csv_text(b, f->emp_vintage, 0);
		csv_text(b, topcoded_list(a, f), 0);
		csv_num(b, f->topcoded_at_least, 0);
		csv_text(b, f->caution, 0);
		csv_end(b);
	}
	r->status = 200;
	r->content_type = "text/csv; charset=utf-8";
	req_header(r, "Content-Disposition", arena_printf(&r->arena,
	    "attachment; filename=\"payband-%s-%s.csv\"", role->slug, region->slug));
	req_header(r, "Cache-Control", "public, max-age=300");
}

