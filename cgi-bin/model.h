/*
 * The estimate model: market figure -> experience -> skills and certifications ->
 * point estimate, range, percentile and projection, with every step explained.
 * Pure: no I/O, no allocation; docs/model.md describes it with a worked example.
 */
#ifndef PAYBAND_MODEL_H
#define PAYBAND_MODEL_H

#include <stddef.h>

#define MODEL_MAX_CURVE	   8	/* experience bands per role */
#define MODEL_MAX_ITEMS	  48	/* selected skills + certifications (40 skills, 8 certifications) */

/* The role × region pay distribution; every value is known (the database fills gaps). */
struct model_dist {
	double	 mean, p10, p25, p50, p75, p90;
	double	 projection;	/* one-year projection of the mean; 0 when none */
};

/* One experience band: factor = band median / role median. */
struct model_band {
	int	 years_from, years_to;
	double	 midpoint, factor, p25_ratio, p75_ratio;
};

enum item_kind {
	ITEM_SKILL,
	ITEM_CERT,
	ITEM__MAX
};

/* A skill or certification the person has, with its premium (percent). */
struct model_item {
	enum item_kind	 kind;
	double		 point, low, high;	/* percent; low <= point <= high */
	int		 clear;		/* interval excludes zero: otherwise it adds nothing */
	int		 top_decile_partner;	/* index of the item that unlocks the top decile with this one, or -1 */
};

struct model_input {
	struct model_dist	 dist;
	const struct model_band	*bands;
	size_t			 nbands;
	int			 years;
	const struct model_item	*items;
	size_t			 nitems;
};

/* What each item ended up adding. */
struct model_effect {
	double	 weight;	/* 1, 1/2, 1/4, ... by rank among its kind and sign; 0 if not clear */
	double	 pct;		/* weight × point */
	double	 dollars;
};

struct model_result {
	double			 base;		/* the distribution's median */
	double			 exp_factor;	/* experience multiplier */
	double			 exp_dollars;	/* base × (factor − 1) */
	size_t			 band;		/* index of the band the years fall in */
	struct model_effect	 effects[MODEL_MAX_ITEMS];
	double			 uplift_pct, uplift_low_pct, uplift_high_pct;
	double			 point, low, high;
	int			 top_decile;	/* high raised to the 90th percentile by a skill pair */
	double			 percentile;	/* 1..99 within the role × region distribution */
	int			 below_p10, above_p90;
	double			 projection;	/* 0 when the market figure has none */
	double			 projection_pct;
};

/* Returns 0, or -1 if the input is unusable (no bands, too many items, distribution out of order). */
int	 model_estimate(const struct model_input *, struct model_result *);
/* Percentile (1..99) of value within the distribution, interpolated linearly between p10..p90. */
double	 model_percentile(const struct model_dist *, double value, int *below, int *above);
/* Experience multiplier for years, interpolated between band midpoints; *band gets the band index. */
double	 model_experience(const struct model_band *, size_t n, int years, size_t *band);

#endif
