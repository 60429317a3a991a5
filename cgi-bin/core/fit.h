/*
 * The pay model's fit: ridge regression of log pay on a sparse design (experience spline,
 * developer type, skills, controls), the penalty chosen by k-fold cross-validation,
 * bootstrap intervals, and held-out validation.  Pure computation with GSL: no I/O.
 * docs/model.md describes the model; payband-admin's "fit" command feeds and stores it.
 */
#ifndef PAYBAND_FIT_H
#define PAYBAND_FIT_H

#include <stddef.h>

/* The design: n rows in compressed sparse rows, p columns. */
struct fit_design {
	size_t			 n, p;
	const double		*y;		/* n: log pay */
	const size_t		*rowstart;	/* n + 1 offsets into col/val */
	const unsigned		*col;
	const double		*val;
	const int		*cell;		/* n: baseline cell (role × experience band), 0.. */
	size_t			 ncells;
	const unsigned char	*control;	/* p: 1 = held at its mean in predictions (not asked of people) */
};

struct fit_options {
	size_t			 folds;		/* k of the k-fold cross-validation, >= 2 */
	size_t			 nboot;		/* bootstrap resamples, >= 20 */
	unsigned long		 seed;		/* fixed: the fit is reproducible */
	const double		*lambdas;	/* candidate penalties (per unit of standardized column) */
	size_t			 nlambdas;
};

struct fit_result {
	size_t	 p, nboot;
	double	 lambda;
	double	 intercept;
	double	*coef;		/* p */
	double	*colmean;	/* p */
	double	*boot;		/* nboot × p, row-major: each resample's coefficients */
	double	*cv_mse;	/* nlambdas: held-out mean squared error of log pay */
	/* held-out validation at the chosen penalty (k-fold, out-of-fold predictions) */
	double	 mae;		/* median |log pay − prediction| */
	double	 mae_baseline;	/* the same for the median of the person's role × experience cell */
	double	 coverage50, coverage80;	/* share of held-out people inside the middle-half / 80 % range */
	double	 q10, q25, q75, q90;	/* quantiles of out-of-fold residuals, controls held at their mean */
};

/* Returns 0, or -1 on bad input or a numerical failure (then *res holds nothing to free). */
int	 fit_run(const struct fit_design *, const struct fit_options *, struct fit_result *);
void	 fit_result_free(struct fit_result *);
/*
 * The 90 % bootstrap interval (5th and 95th percentiles) of a linear combination of the
 * coefficients: sum of w[k] × coef[idx[k]].  Returns the point value on the full sample.
 */
double	 fit_combination(const struct fit_result *, const unsigned *idx, const double *w, size_t k,
	    double *lo, double *hi);

#endif
