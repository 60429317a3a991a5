/*
 * The estimate model: market figure -> experience -> skills and certifications ->
 * point estimate, range, percentile and projection.  See docs/model.md.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "model.h"

double
model_experience(const struct model_band *b, size_t n, int years, size_t *band)
{
	size_t	 i;
	double	 y = years, t;

	*band = 0;
	for (i = 0; i < n; i++)
		if (years >= b[i].years_from && years <= b[i].years_to)
			*band = i;
	if (y <= b[0].midpoint)
		return b[0].factor;
	if (y >= b[n - 1].midpoint)
		return b[n - 1].factor;
	for (i = 0; i + 1 < n; i++)
		if (y >= b[i].midpoint && y <= b[i + 1].midpoint) {
			if (b[i + 1].midpoint <= b[i].midpoint)
				return b[i + 1].factor;
			t = (y - b[i].midpoint) / (b[i + 1].midpoint - b[i].midpoint);
			return b[i].factor + t * (b[i + 1].factor - b[i].factor);
		}
	return b[n - 1].factor;
}

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

/*
 * Diminishing returns: within one kind and one sign, the largest premium counts
 * fully, the next half, the next a quarter...  Survey premiums are marginal
 * differences between users and non-users and skills travel together (most
 * Kubernetes users also use Docker), so adding them at full weight would count
 * the same pay difference several times.  The sum stays below twice the largest.
 */
static void
weigh(const struct model_item *it, size_t n, struct model_effect *eff)
{
	size_t	 i, j, rank;
	int	 pos_i;

	for (i = 0; i < n; i++) {
		eff[i].weight = 0;
		if (!it[i].clear || it[i].point == 0)
			continue;
		pos_i = it[i].point > 0;
		rank = 0;
		for (j = 0; j < n; j++) {
			if (j == i || !it[j].clear || it[j].kind != it[i].kind ||
			    (it[j].point > 0) != pos_i || it[j].point == 0)
				continue;
			/* larger magnitude first; ties by position so ranks are distinct */
			if (fabs(it[j].point) > fabs(it[i].point) ||
			    (fabs(it[j].point) == fabs(it[i].point) && j < i))
				rank++;
		}
		eff[i].weight = ldexp(1.0, -(int)(rank > 60 ? 60 : rank));
	}
}

int
model_estimate(const struct model_input *in, struct model_result *r)
{
	const struct model_dist	*d = &in->dist;
	double			 lo_sum = 0, hi_sum = 0, before_items;
	size_t			 i;

	memset(r, 0, sizeof(*r));
	if (in->nbands == 0 || in->nbands > MODEL_MAX_CURVE || in->nitems > MODEL_MAX_ITEMS ||
	    in->years < 0 || !(d->p10 > 0) || d->p10 > d->p25 || d->p25 > d->p50 ||
	    d->p50 > d->p75 || d->p75 > d->p90)
		return -1;
	for (i = 0; i < in->nbands; i++)
		if (!(in->bands[i].factor > 0) || (i > 0 && in->bands[i].factor < in->bands[i - 1].factor))
			return -1;

	r->base = d->p50;
	r->exp_factor = model_experience(in->bands, in->nbands, in->years, &r->band);
	r->exp_dollars = r->base * (r->exp_factor - 1);
	before_items = r->base * r->exp_factor;

	weigh(in->items, in->nitems, r->effects);
	for (i = 0; i < in->nitems; i++) {
		const struct model_item	*it = &in->items[i];
		struct model_effect	*e = &r->effects[i];

		e->pct = e->weight * it->point;
		e->dollars = before_items * e->pct / 100;
		r->uplift_pct += e->pct;
		lo_sum += e->weight * it->low;
		hi_sum += e->weight * it->high;
	}
	r->uplift_low_pct = lo_sum;
	r->uplift_high_pct = hi_sum;
	r->point = before_items * (1 + r->uplift_pct / 100);

	/* Range: the middle half of people at this experience, widened by the premiums' intervals. */
	r->low = before_items * (1 + lo_sum / 100) * in->bands[r->band].p25_ratio;
	r->high = before_items * (1 + hi_sum / 100) * in->bands[r->band].p75_ratio;
	if (r->low > r->point)
		r->low = r->point;
	if (r->high < r->point)
		r->high = r->point;
	for (i = 0; i < in->nitems; i++) {
		int p = in->items[i].top_decile_partner;

		if (p >= 0 && (size_t)p < in->nitems && in->items[i].clear) {
			r->top_decile = 1;
			if (r->high < d->p90)
				r->high = d->p90;
		}
	}
	r->percentile = model_percentile(d, r->point, &r->below_p10, &r->above_p90);
	if (d->projection > 0 && d->mean > 0) {
		r->projection_pct = (d->projection / d->mean - 1) * 100;
		r->projection = r->point * d->projection / d->mean;
	}
	return 0;
}
