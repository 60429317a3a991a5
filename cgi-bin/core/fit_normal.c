/* The fit's linear algebra: weighted normal equations of the centred design, one ridge solve, predictions. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_vector.h>

#include "core/fit.h"
#include "core/fit_int.h"

void
normal_free(struct normal *ne)
{
	free(ne->xmean);
	if (ne->a != NULL)
		gsl_matrix_free(ne->a);
	if (ne->b != NULL)
		gsl_vector_free(ne->b);
	memset(ne, 0, sizeof(*ne));
}

int
normal_build(const struct fit_design *d, const double *w, struct normal *ne)
{
	size_t	 i, j, k, p = d->p;
	double	 wy = 0;

	memset(ne, 0, sizeof(*ne));
	ne->p = p;
	if ((ne->xmean = calloc(p, sizeof(double))) == NULL ||
	    (ne->a = gsl_matrix_calloc(p, p)) == NULL || (ne->b = gsl_vector_calloc(p)) == NULL) {
		normal_free(ne);
		return -1;
	}
	for (i = 0; i < d->n; i++) {
		if (w[i] == 0)
			continue;
		ne->wsum += w[i];
		wy += w[i] * d->y[i];
		for (j = d->rowstart[i]; j < d->rowstart[i + 1]; j++) {
			unsigned	 cj = d->col[j];
			double		 xj = w[i] * d->val[j];

			ne->xmean[cj] += xj;
			*gsl_vector_ptr(ne->b, cj) += xj * d->y[i];
			for (k = d->rowstart[i]; k < d->rowstart[i + 1]; k++)
				*gsl_matrix_ptr(ne->a, cj, d->col[k]) += xj * d->val[k];
		}
	}
	if (ne->wsum <= 0) {
		normal_free(ne);
		return -1;
	}
	ne->ymean = wy / ne->wsum;
	for (j = 0; j < p; j++)
		ne->xmean[j] /= ne->wsum;
	/* centre: sum w (x - m)(x - m)' = sum w x x' - W m m';  sum w (x - m)(y - ybar) = sum w x y - W m ybar */
	for (j = 0; j < p; j++) {
		*gsl_vector_ptr(ne->b, j) -= ne->wsum * ne->xmean[j] * ne->ymean;
		for (k = 0; k < p; k++)
			*gsl_matrix_ptr(ne->a, j, k) -= ne->wsum * ne->xmean[j] * ne->xmean[k];
	}
	return 0;
}

/* Solve for one penalty; coef gets p values, *intercept the intercept. */
int
normal_solve(const struct normal *ne, const double *var, double lambda, double *coef, double *intercept)
{
	gsl_matrix	*a;
	gsl_vector_view	 x = gsl_vector_view_array(coef, ne->p);
	size_t		 j;
	int		 rc;

	if ((a = gsl_matrix_alloc(ne->p, ne->p)) == NULL)
		return -1;
	gsl_matrix_memcpy(a, ne->a);
	for (j = 0; j < ne->p; j++)
		/* a column constant on this sample still gets a positive diagonal: it is solved to 0 */
		*gsl_matrix_ptr(a, j, j) += lambda * ne->wsum * (var[j] > 1e-12 ? var[j] : 1.0);
	rc = gsl_linalg_cholesky_decomp1(a);
	if (rc == 0)
		rc = gsl_linalg_cholesky_solve(a, ne->b, &x.vector);
	gsl_matrix_free(a);
	if (rc != 0)
		return -1;
	*intercept = ne->ymean;
	for (j = 0; j < ne->p; j++)
		*intercept -= ne->xmean[j] * coef[j];
	return 0;
}

/* Prediction for row i; with means != NULL the control columns take their mean instead. */
double
predict(const struct fit_design *d, size_t i, const double *coef, double intercept, const double *means)
{
	double	 v = intercept;
	size_t	 j;

	for (j = d->rowstart[i]; j < d->rowstart[i + 1]; j++)
		if (means == NULL || !d->control[d->col[j]])
			v += d->val[j] * coef[d->col[j]];
	if (means != NULL)
		for (j = 0; j < d->p; j++)
			if (d->control[j])
				v += means[j] * coef[j];
	return v;
}

double
quantile(double *v, size_t n, double q)
{
	gsl_sort(v, 1, n);
	return gsl_stats_quantile_from_sorted_data(v, 1, n, q);
}

