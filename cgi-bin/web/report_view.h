/* The market report page's content, and its CSV: from a loaded report (core/report.h), through the templates. */
#ifndef PAYBAND_REPORT_VIEW_H
#define PAYBAND_REPORT_VIEW_H

#include "core/report.h"
#include "http/request.h"
#include "lib/tmpl.h"

/* Fills the report template's dictionary c: figures, narratives, premiums, required skills, crowd figures. */
void	 report_view(struct req *, tmpl_dict *c, const struct role *, const struct region *, const struct report *);
/* GET /report/<role>/<region>.csv: every figure of the cell, one row per source. */
void	 report_csv(struct req *, const struct role *, const struct region *, const struct figure *, size_t nfigs);

#endif
