/*
 * The pay model's fit: ridge regression on a sparse design with GSL.  See fit.h and docs/model.md.
 *
 * Each fit solves (Xc' W Xc + lambda W D) c = Xc' W yc, where Xc and yc are the columns and
 * log pay centred on their weighted means, W the row weights (0 or 1 for a fold, resample
 * counts for the bootstrap) and D the columns' variances on the whole sample: the penalty is
 * the same as a ridge on standardized columns, and the intercept is not penalized
 * (intercept = mean(y) − sum of mean(x_j) c_j).  The design is sparse (about 30 non-zero
 * columns a row), so X'WX is accumulated row by row in O(n × nnz²), and solved by Cholesky.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_vector.h>

#include "core/fit.h"
#include "core/fit_int.h"

/* Fold of each row: a seeded shuffle dealt round-robin, so folds differ in size by at most one. */
static size_t *
assign_folds(size_t n, size_t k, gsl_rng *rng)
{
	size_t	*perm, *fold, i;

	if ((perm = malloc(n * sizeof(*perm))) == NULL || (fold = malloc(n * sizeof(*fold))) == NULL) {
		free(perm);
		return NULL;
	}
	for (i = 0; i < n; i++)
		perm[i] = i;
	for (i = n; i > 1; i--) {
		size_t	 j = gsl_rng_uniform_int(rng, i), t = perm[i - 1];

		perm[i - 1] = perm[j];
		perm[j] = t;
	}
	for (i = 0; i < n; i++)
		fold[perm[i]] = i % k;
	free(perm);
	return fold;
}

/*
 * The baseline's error for fold f's people: against the median log pay of the training rows of the same cell
 * (all training rows if none), into errb.  tmp and cellmed are scratch (n and ncells + 1 values).
 */
static void
baseline_errors(const struct fit_design *d, const size_t *fold, size_t f, double *tmp, double *cellmed,
    double *errb)
{
	size_t	 n = d->n, i, c, m;

	for (m = 0, i = 0; i < n; i++)
		if (fold[i] != f)
			tmp[m++] = d->y[i];
	cellmed[d->ncells] = quantile(tmp, m, 0.5);
	for (c = 0; c < d->ncells; c++) {
		for (m = 0, i = 0; i < n; i++)
			if (fold[i] != f && d->cell[i] == (int)c)
				tmp[m++] = d->y[i];
		cellmed[c] = m > 0 ? quantile(tmp, m, 0.5) : cellmed[d->ncells];
	}
	for (i = 0; i < n; i++)
		if (fold[i] == f)
			errb[i] = fabs(d->y[i] - cellmed[d->cell[i] >= 0 &&
			    (size_t)d->cell[i] < d->ncells ? (size_t)d->cell[i] : d->ncells]);
}

/* Coverage: each fold's people against the residual quantiles of the other folds' people. */
static void
coverage(const struct fit_design *d, const struct fit_options *o, const size_t *fold, const double *resid,
    double *tmp, struct fit_result *res)
{
	size_t	 n = d->n, i, f, m, in50 = 0, in80 = 0;
	double	 q[4];

	for (f = 0; f < o->folds; f++) {
		for (m = 0, i = 0; i < n; i++)
			if (fold[i] != f)
				tmp[m++] = resid[i];
		gsl_sort(tmp, 1, m);
		q[0] = gsl_stats_quantile_from_sorted_data(tmp, 1, m, 0.10);
		q[1] = gsl_stats_quantile_from_sorted_data(tmp, 1, m, 0.25);
		q[2] = gsl_stats_quantile_from_sorted_data(tmp, 1, m, 0.75);
		q[3] = gsl_stats_quantile_from_sorted_data(tmp, 1, m, 0.90);
		for (i = 0; i < n; i++)
			if (fold[i] == f) {
				in50 += resid[i] >= q[1] && resid[i] <= q[2];
				in80 += resid[i] >= q[0] && resid[i] <= q[3];
			}
	}
	res->coverage50 = (double)in50 / (double)n;
	res->coverage80 = (double)in80 / (double)n;
}

/* Held-out figures at the chosen penalty (see struct fit_result). */
static int
validate(const struct fit_design *d, const struct fit_options *o, const size_t *fold, const double *var,
    double lambda, struct fit_result *res)
{
	size_t		 n = d->n, i, f;
	double		*w = malloc(n * sizeof(double)), *coef = malloc(d->p * sizeof(double));
	double		*resid = malloc(n * sizeof(double)), *err = malloc(n * sizeof(double));
	double		*errb = malloc(n * sizeof(double)), *tmp = malloc(n * sizeof(double));
	double		*cellmed = malloc((d->ncells + 1) * sizeof(double));
	double		 icpt;
	struct normal	 ne;
	int		 rc = -1;

	if (w == NULL || coef == NULL || resid == NULL || err == NULL || errb == NULL || tmp == NULL ||
	    cellmed == NULL)
		goto out;
	for (f = 0; f < o->folds; f++) {
		for (i = 0; i < n; i++)
			w[i] = fold[i] != f;
		if (normal_build(d, w, &ne) == -1)
			goto out;
		rc = normal_solve(&ne, var, lambda, coef, &icpt);
		if (rc == 0)
			for (i = 0; i < n; i++)
				if (fold[i] == f) {
					err[i] = fabs(d->y[i] - predict(d, i, coef, icpt, NULL));
					resid[i] = d->y[i] - predict(d, i, coef, icpt, ne.xmean);
				}
		normal_free(&ne);
		if (rc != 0)
			goto out;
		rc = -1;
		baseline_errors(d, fold, f, tmp, cellmed, errb);
	}
	coverage(d, o, fold, resid, tmp, res);
	res->mae = quantile(err, n, 0.5);
	res->mae_baseline = quantile(errb, n, 0.5);
	memcpy(tmp, resid, n * sizeof(double));
	gsl_sort(tmp, 1, n);
	res->q10 = gsl_stats_quantile_from_sorted_data(tmp, 1, n, 0.10);
	res->q25 = gsl_stats_quantile_from_sorted_data(tmp, 1, n, 0.25);
	res->q75 = gsl_stats_quantile_from_sorted_data(tmp, 1, n, 0.75);
	res->q90 = gsl_stats_quantile_from_sorted_data(tmp, 1, n, 0.90);
	rc = 0;
out:
	free(w);
	free(coef);
	free(resid);
	free(err);
	free(errb);
	free(tmp);
	free(cellmed);
	return rc;
}

void
fit_result_free(struct fit_result *r)
{
	free(r->coef);
	free(r->colmean);
	free(r->boot);
	free(r->cv_mse);
	memset(r, 0, sizeof(*r));
}

/* Each column's variance over the whole sample (the penalty's scale) into var, and the column means. */
static int
column_scale(const struct fit_design *d, double *w, double *var, struct fit_result *res)
{
	struct normal	 ne;
	size_t		 i, j;

	for (i = 0; i < d->n; i++)
		w[i] = 1;
	if (normal_build(d, w, &ne) == -1)
		return -1;
	for (j = 0; j < d->p; j++)
		var[j] = gsl_matrix_get(ne.a, j, j) / ne.wsum;
	memcpy(res->colmean, ne.xmean, d->p * sizeof(double));
	normal_free(&ne);
	return 0;
}

/* The penalty: the smallest held-out error over the folds (res->cv_mse per candidate, res->lambda). */
static int
choose_penalty(const struct fit_design *d, const struct fit_options *o, const size_t *fold, double *w,
    const double *var, double *coef, struct fit_result *res)
{
	struct normal	 ne;
	size_t		 n = d->n, i, f, l, best = 0;
	double		 icpt;

	for (f = 0; f < o->folds; f++) {
		for (i = 0; i < n; i++)
			w[i] = fold[i] != f;
		if (normal_build(d, w, &ne) == -1)
			return -1;
		for (l = 0; l < o->nlambdas; l++) {
			double	 se = 0;

			if (normal_solve(&ne, var, o->lambdas[l], coef, &icpt) == -1) {
				normal_free(&ne);
				return -1;
			}
			for (i = 0; i < n; i++)
				if (fold[i] == f) {
					double	 e = d->y[i] - predict(d, i, coef, icpt, NULL);

					se += e * e;
				}
			res->cv_mse[l] += se / (double)n;
		}
		normal_free(&ne);
	}
	for (l = 1; l < o->nlambdas; l++)
		if (res->cv_mse[l] < res->cv_mse[best])
			best = l;
	res->lambda = o->lambdas[best];
	return 0;
}

/* One solve with row weights w and the chosen penalty: coefficients into coef, intercept into *icpt. */
static int
solve_weighted(const struct fit_design *d, const double *w, const double *var, double lambda, double *coef,
    double *icpt)
{
	struct normal	 ne;
	int		 rc;

	if (normal_build(d, w, &ne) == -1)
		return -1;
	rc = normal_solve(&ne, var, lambda, coef, icpt);
	normal_free(&ne);
	return rc != 0 ? -1 : 0;
}

/* Bootstrap: n rows drawn with replacement, the same penalty, o->nboot times into res->boot. */
static int
bootstrap(const struct fit_design *d, const struct fit_options *o, gsl_rng *rng, double *w, const double *var,
    struct fit_result *res)
{
	size_t	 n = d->n, i, b;
	double	 icpt;

	for (b = 0; b < o->nboot; b++) {
		memset(w, 0, n * sizeof(double));
		for (i = 0; i < n; i++)
			w[gsl_rng_uniform_int(rng, n)] += 1;
		if (solve_weighted(d, w, var, res->lambda, res->boot + b * d->p, &icpt) == -1)
			return -1;
	}
	return 0;
}

int
fit_run(const struct fit_design *d, const struct fit_options *o, struct fit_result *res)
{
	gsl_rng		*rng = NULL;
	gsl_error_handler_t *old;
	size_t		 n = d->n, p = d->p, i;
	size_t		*fold = NULL;
	double		*w = NULL, *var = NULL, *coef = NULL;
	int		 rc = -1;

	memset(res, 0, sizeof(*res));
	if (n < 10 * o->folds || p == 0 || o->folds < 2 || o->nboot < 20 || o->nlambdas == 0)
		return -1;
	old = gsl_set_error_handler_off();	/* errors come back as return codes */
	if ((rng = gsl_rng_alloc(gsl_rng_mt19937)) == NULL ||
	    (w = malloc(n * sizeof(double))) == NULL || (var = calloc(p, sizeof(double))) == NULL ||
	    (coef = malloc(p * sizeof(double))) == NULL ||
	    (res->coef = calloc(p, sizeof(double))) == NULL ||
	    (res->colmean = calloc(p, sizeof(double))) == NULL ||
	    (res->boot = calloc(o->nboot * p, sizeof(double))) == NULL ||
	    (res->cv_mse = calloc(o->nlambdas, sizeof(double))) == NULL)
		goto out;
	gsl_rng_set(rng, o->seed);
	res->p = p;
	res->nboot = o->nboot;
	if (column_scale(d, w, var, res) == -1 || (fold = assign_folds(n, o->folds, rng)) == NULL ||
	    choose_penalty(d, o, fold, w, var, coef, res) == -1)
		goto out;
	/* the fit on the whole sample */
	for (i = 0; i < n; i++)
		w[i] = 1;
	if (solve_weighted(d, w, var, res->lambda, res->coef, &res->intercept) == -1 ||
	    validate(d, o, fold, var, res->lambda, res) == -1 || bootstrap(d, o, rng, w, var, res) == -1)
		goto out;
	rc = 0;
out:
	gsl_set_error_handler(old);
	if (rng != NULL)
		gsl_rng_free(rng);
	free(fold);
	free(w);
	free(var);
	free(coef);
	if (rc != 0)
		fit_result_free(res);
	return rc;
}

double
fit_combination(const struct fit_result *r, const unsigned *idx, const double *w, size_t k, double *lo,
    double *hi)
{
	double	*v, point = 0;
	size_t	 b, j;

	for (j = 0; j < k; j++)
		point += w[j] * r->coef[idx[j]];
	*lo = *hi = point;
	if (r->nboot == 0 || (v = malloc(r->nboot * sizeof(double))) == NULL)
		return point;
	for (b = 0; b < r->nboot; b++) {
		v[b] = 0;
		for (j = 0; j < k; j++)
			v[b] += w[j] * r->boot[b * r->p + idx[j]];
	}
	gsl_sort(v, 1, r->nboot);
	*lo = gsl_stats_quantile_from_sorted_data(v, 1, r->nboot, 0.05);
	*hi = gsl_stats_quantile_from_sorted_data(v, 1, r->nboot, 0.95);
	free(v);
	return point;
}
