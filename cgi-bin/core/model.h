/*
 * The estimate model: the official figure -> the role's survey level -> experience -> skills and
 * certifications -> point estimate, range, percentile and projection, with every step explained.
 * Pure: no I/O, no allocation.  The coefficients come from the fitted model (payband-admin fit);
 * docs/model.md describes the fit and this arithmetic with a worked example.
 */
#ifndef PAYBAND_MODEL_H
#define PAYBAND_MODEL_H

#include <stddef.h>

#define MODEL_MAX_ITEMS	  48	/* selected skills + certifications (40 skills, 8 certifications) */

/* A pay distribution; every value is known (the database fills gaps). */
struct model_dist {
	double	 mean, p10, p25, p50, p75, p90;
};

enum item_kind {
	ITEM_SKILL,
	ITEM_CERT,
	ITEM__MAX
};

/* A skill or certification the person has, with its premium (percent) and 90 % interval. */
struct model_item {
	enum item_kind	 kind;
	int		 known;		/* 0: no figure at all */
	double		 point, low, high;
};

/* Why an item adds what it adds. */
enum effect_why {
	EFFECT_APPLIED,		/* clear and positive: applied */
	EFFECT_UNCLEAR,		/* its interval includes zero: $0 */
	EFFECT_NEGATIVE,	/* clearly negative: shown, not applied (see docs/model.md) */
	EFFECT_NO_DATA		/* no figure: $0 */
};

struct model_effect {
	enum effect_why	 why;
	double		 pct;		/* what it adds, percent (0 unless applied) */
	double		 dollars;	/* what it adds to the running figure, in order */
};

struct model_input {
	struct model_dist	 dist;		/* the anchor occupation in the region */
	double			 level;		/* log level of the role against the anchor (0: the occupation itself) */
	double			 experience;	/* log effect of the person's experience against the reference */
	const struct model_item	*items;
	size_t			 nitems;
	double			 q_low, q_high;	/* log residual quantiles: the range around the point */
	double			 projection_pct;	/* one-year change, percent; NAN: none */
};

struct model_result {
	double			 base;		/* the anchor's median */
	double			 level_factor, level_dollars;
	double			 exp_factor, exp_dollars;
	struct model_effect	 effects[MODEL_MAX_ITEMS];
	double			 uplift_pct;	/* all applied items together, percent */
	double			 point, low, high;
	struct model_dist	 role_dist;	/* the anchor's distribution at the role's level */
	double			 percentile;	/* 1..99 within role_dist */
	int			 below_p10, above_p90;
	double			 projection;	/* 0 when none */
	double			 projection_pct;
};

/* Returns 0, or -1 if the input is unusable (too many items, distribution out of order). */
int	 model_estimate(const struct model_input *, struct model_result *);
/* Percentile (1..99) of value within the distribution, interpolated linearly between p10..p90. */
double	 model_percentile(const struct model_dist *, double value, int *below, int *above);

#endif
