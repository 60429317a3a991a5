/*
 * The estimate model.  Every factor multiplies the running figure, in the order the page shows
 * them, so the dollars of the breakdown add up to the estimate exactly.  See docs/model.md.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/model.h"

double
model_percentile(const struct model_dist *d, double v, int *below, int *above)
{
	const double	 x[5] = { d->p10, d->p25, d->p50, d->p75, d->p90 };
	const double	 p[5] = { 10, 25, 50, 75, 90 };
	double		 pct;
	size_t		 i;

	*below = v < x[0];
	*above = v > x[4];
	if (v <= x[0])		/* extend the first segment's slope downwards */
		pct = x[1] > x[0] ? 10 - 15 * (x[0] - v) / (x[1] - x[0]) : 10;
	else if (v >= x[4])	/* and the last one's upwards */
		pct = x[4] > x[3] ? 90 + 15 * (v - x[4]) / (x[4] - x[3]) : 90;
	else {
		pct = 50;
		for (i = 0; i + 1 < 5; i++)
			if (v >= x[i] && v <= x[i + 1]) {
				pct = x[i + 1] > x[i] ?
				    p[i] + (p[i + 1] - p[i]) * (v - x[i]) / (x[i + 1] - x[i]) : p[i];
				break;
			}
	}
	if (pct < 1)
		pct = 1;
	if (pct > 99)
		pct = 99;
	return pct;
}

int
model_estimate(const struct model_input *in, struct model_result *r)
{
	const struct model_dist	*d = &in->dist;
	double			 run, f;
	size_t			 i;

	memset(r, 0, sizeof(*r));
	if (in->nitems > MODEL_MAX_ITEMS || !(d->p10 > 0) || d->p10 > d->p25 || d->p25 > d->p50 ||
	    d->p50 > d->p75 || d->p75 > d->p90 || !isfinite(in->level) || !isfinite(in->experience) ||
	    !(in->q_low <= 0) || !(in->q_high >= 0))
		return -1;

	r->base = d->p50;
	r->level_factor = exp(in->level);
	run = r->base * r->level_factor;
	r->level_dollars = run - r->base;
	r->exp_factor = exp(in->experience);
	r->exp_dollars = run * (r->exp_factor - 1);
	run *= r->exp_factor;

	/*
	 * Skills and certifications: the fit measured each one jointly with the others, so they
	 * combine by multiplying, with no weights.  Only clear, positive effects are applied: an
	 * interval that includes zero adds nothing, and a clearly negative one is shown but not
	 * applied (a lower figure for users of a tool describes the jobs that use it; knowing it
	 * does not lower anyone's pay).
	 */
	f = 1;
	for (i = 0; i < in->nitems; i++) {
		const struct model_item	*it = &in->items[i];
		struct model_effect	*e = &r->effects[i];

		if (!it->known)
			e->why = EFFECT_NO_DATA;
		else if (it->low <= 0 && it->high >= 0)
			e->why = EFFECT_UNCLEAR;
		else if (it->point < 0)
			e->why = EFFECT_NEGATIVE;
		else {
			e->why = EFFECT_APPLIED;
			e->pct = it->point;
			e->dollars = run * it->point / 100;
			run += e->dollars;
			f *= 1 + it->point / 100;
		}
	}
	r->uplift_pct = (f - 1) * 100;
	r->point = run;
	/* Range: the middle half of people like you, from the held-out residuals of the fit. */
	r->low = run * exp(in->q_low);
	r->high = run * exp(in->q_high);

	r->role_dist.mean = d->mean * r->level_factor;
	r->role_dist.p10 = d->p10 * r->level_factor;
	r->role_dist.p25 = d->p25 * r->level_factor;
	r->role_dist.p50 = d->p50 * r->level_factor;
	r->role_dist.p75 = d->p75 * r->level_factor;
	r->role_dist.p90 = d->p90 * r->level_factor;
	r->percentile = model_percentile(&r->role_dist, r->point, &r->below_p10, &r->above_p90);
	if (!isnan(in->projection_pct)) {
		r->projection_pct = in->projection_pct;
		r->projection = r->point * (1 + in->projection_pct / 100);
	}
	return 0;
}
