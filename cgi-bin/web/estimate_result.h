/* The estimate page's result: the estimate explained step by step, its chart, what to learn next, the crowd. */
#ifndef PAYBAND_ESTIMATE_RESULT_H
#define PAYBAND_ESTIMATE_RESULT_H

#include "http/request.h"
#include "lib/tmpl.h"
#include "web/estimate.h"

/* The RESULT section of c for a valid form and its estimate. */
void	 estimate_result(struct req *, tmpl_dict *c, const struct estimate_form *, const struct estimate *);

#endif
