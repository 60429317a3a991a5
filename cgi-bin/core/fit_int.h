/* Inside the fit (fit.c, fit_normal.c): the normal equations and the helpers both use. */
#ifndef PAYBAND_FIT_INT_H
#define PAYBAND_FIT_INT_H

#include <stddef.h>

#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>

#include "core/fit.h"

/* Sums over the weighted rows, shared by every penalty tried on them. */
struct normal {
	size_t		 p;
	double		 wsum, ymean;
	double		*xmean;		/* p */
	gsl_matrix	*a;		/* p × p: Xc' W Xc */
	gsl_vector	*b;		/* p: Xc' W yc */
};

void	 normal_free(struct normal *);
/* The sums over the rows with weights w (0: left out); 0 or -1. */
int	 normal_build(const struct fit_design *, const double *w, struct normal *);
/* Solve for one penalty; coef gets p values, *intercept the intercept.  0 or -1. */
int	 normal_solve(const struct normal *, const double *var, double lambda, double *coef, double *intercept);
/* Prediction for row i; with means != NULL the control columns take their mean instead. */
double	 predict(const struct fit_design *, size_t i, const double *coef, double intercept, const double *means);
/* The q quantile of v[0..n) (sorts v). */
double	 quantile(double *v, size_t n, double q);

#endif
