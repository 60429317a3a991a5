/* The pay model's fit (fit.c) on synthetic data with known effects: recovery, intervals, validation, reproducibility. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "core/fit.h"

#define N	4000
#define P	4	/* 0: experience (years / 10), 1: skill A (+0.20), 2: skill B (0), 3: control (+0.10) */

static double		 y[N], val[N * P];
static size_t		 rowstart[N + 1];
static unsigned		 col[N * P];
static int		 cell[N];
static const unsigned char control[P] = { 0, 0, 0, 1 };
static const double	 truth[P] = { 0.30, 0.20, 0.0, 0.10 };
static const double	 lambdas[] = { 0.0001, 0.001, 0.01, 0.1 };

static struct fit_design
synthetic(void)
{
	gsl_rng			*rng = gsl_rng_alloc(gsl_rng_mt19937);
	struct fit_design	 d;
	size_t			 i, nnz = 0;

	gsl_rng_set(rng, 7);
	for (i = 0; i < N; i++) {
		double	 x[P];
		size_t	 j;

		x[0] = gsl_rng_uniform(rng) * 3;
		x[1] = gsl_rng_uniform(rng) < 0.4;
		x[2] = gsl_rng_uniform(rng) < 0.3;
		x[3] = gsl_rng_uniform(rng) < 0.5;
		rowstart[i] = nnz;
		y[i] = 11.5 + gsl_ran_gaussian(rng, 0.3);
		for (j = 0; j < P; j++) {
			y[i] += truth[j] * x[j];
			if (x[j] != 0) {
				col[nnz] = (unsigned)j;
				val[nnz++] = x[j];
			}
		}
		cell[i] = x[0] < 1 ? 0 : x[0] < 2 ? 1 : 2;
	}
	rowstart[N] = nnz;
	gsl_rng_free(rng);
	memset(&d, 0, sizeof(d));
	d.n = N;
	d.p = P;
	d.y = y;
	d.rowstart = rowstart;
	d.col = col;
	d.val = val;
	d.cell = cell;
	d.ncells = 3;
	d.control = control;
	return d;
}

static struct fit_options
options(void)
{
	struct fit_options o;

	memset(&o, 0, sizeof(o));
	o.folds = 5;
	o.nboot = 100;
	o.seed = 2023;
	o.lambdas = lambdas;
	o.nlambdas = sizeof(lambdas) / sizeof(lambdas[0]);
	return o;
}

static void
test_recovers_effects(void **state)
{
	struct fit_design	 d = synthetic();
	struct fit_options	 o = options();
	struct fit_result	 r;
	size_t			 j;

	(void)state;
	assert_int_equal(fit_run(&d, &o, &r), 0);
	for (j = 0; j < P; j++) {
		unsigned	 idx = (unsigned)j;
		double		 w = 1, lo, hi, pt = fit_combination(&r, &idx, &w, 1, &lo, &hi);

		assert_true(fabs(pt - truth[j]) < 0.03);
		/* the 90 % interval holds the true effect, and says "not clear" for the skill without one */
		assert_true(lo <= truth[j] + 0.005 && hi >= truth[j] - 0.005);
	}
	{
		unsigned	 idx = 2;
		double		 w = 1, lo, hi;

		fit_combination(&r, &idx, &w, 1, &lo, &hi);
		assert_true(lo < 0 && hi > 0);
	}
	assert_true(fabs(r.intercept - 11.5) < 0.05);
	fit_result_free(&r);
}

static void
test_validation(void **state)
{
	struct fit_design	 d = synthetic();
	struct fit_options	 o = options();
	struct fit_result	 r;

	(void)state;
	assert_int_equal(fit_run(&d, &o, &r), 0);
	/* held-out ranges hold their stated share, within 5 points */
	assert_true(fabs(r.coverage50 - 0.50) < 0.05);
	assert_true(fabs(r.coverage80 - 0.80) < 0.05);
	/* the model beats the cell medians, and its error is about that of the noise (0.3 × 0.674) */
	assert_true(r.mae < r.mae_baseline);
	assert_true(fabs(r.mae - 0.3 * 0.6745) < 0.03);
	/* residual quantiles (the control held at its mean) are ordered around zero */
	assert_true(r.q10 < r.q25 && r.q25 < 0 && r.q75 > 0 && r.q90 > r.q75);
	fit_result_free(&r);
}

static void
test_reproducible(void **state)
{
	struct fit_design	 d = synthetic();
	struct fit_options	 o = options();
	struct fit_result	 a, b;

	(void)state;
	assert_int_equal(fit_run(&d, &o, &a), 0);
	assert_int_equal(fit_run(&d, &o, &b), 0);
	assert_memory_equal(a.coef, b.coef, P * sizeof(double));
	assert_memory_equal(a.boot, b.boot, o.nboot * P * sizeof(double));
	assert_true(a.lambda == b.lambda && a.coverage50 == b.coverage50);
	fit_result_free(&a);
	fit_result_free(&b);
}

static void
test_bad_input(void **state)
{
	struct fit_design	 d = synthetic();
	struct fit_options	 o = options();
	struct fit_result	 r;

	(void)state;
	o.folds = 1;
	assert_int_equal(fit_run(&d, &o, &r), -1);
	o = options();
	o.nboot = 5;
	assert_int_equal(fit_run(&d, &o, &r), -1);
	o = options();
	d.n = 10;
	assert_int_equal(fit_run(&d, &o, &r), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recovers_effects),
		cmocka_unit_test(test_validation),
		cmocka_unit_test(test_reproducible),
		cmocka_unit_test(test_bad_input),
	};

	return cmocka_run_group_tests_name("fit", tests, NULL, NULL);
}
