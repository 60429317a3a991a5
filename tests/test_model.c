/* The estimate model: the reference report's statements and the monotonic properties. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "model.h"

/* Backend Developer × United States: reference mean, BLS 15-1252 May 2025 shape scaled to it. */
static const struct model_dist backend_us = {
	159428, 88767, 113257, 146381, 185135, 231090, 178559
};

/* A curve shaped like the survey's back-end developers (factors non-decreasing). */
static const struct model_band curve[] = {
	{ 0, 2, 1, 0.62, 0.80, 1.25 },
	{ 3, 5, 4, 0.80, 0.82, 1.22 },
	{ 6, 10, 8, 0.97, 0.80, 1.25 },
	{ 11, 20, 14, 1.13, 0.78, 1.28 },
	{ 21, 60, 25, 1.20, 0.75, 1.33 },
};
#define NCURVE (sizeof(curve) / sizeof(curve[0]))

static const struct model_item react_nextjs = { ITEM_SKILL, 20, 15, 25, 1, -1 };
static const struct model_item aws_cert = { ITEM_CERT, 20, 18, 22, 1, -1 };

static struct model_input
input(int years, const struct model_item *items, size_t n)
{
	struct model_input in;

	memset(&in, 0, sizeof(in));
	in.dist = backend_us;
	in.bands = curve;
	in.nbands = NCURVE;
	in.years = years;
	in.items = items;
	in.nitems = n;
	return in;
}

static void
test_reference_react(void **state)
{
	struct model_item	 items[1] = { react_nextjs };
	struct model_input	 in = input(8, items, 1);
	struct model_result	 r, plain;
	struct model_input	 none = input(8, NULL, 0);

	(void)state;
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_int_equal(model_estimate(&none, &plain), 0);
	/* React/Next.js: +15–25 %, point at the midpoint. */
	assert_true(fabs(r.uplift_pct - 20) < 1e-9);
	assert_true(fabs(r.uplift_low_pct - 15) < 1e-9);
	assert_true(fabs(r.uplift_high_pct - 25) < 1e-9);
	assert_true(fabs(r.point / plain.point - 1.20) < 1e-9);
	assert_true(fabs(r.effects[0].dollars - plain.point * 0.20) < 1e-6);
	assert_false(r.top_decile);
}

static void
test_reference_top_decile(void **state)
{
	/* React/Next.js with Node.js: the range reaches the top decile. */
	struct model_item	 items[2] = { react_nextjs, { ITEM_SKILL, 0.5, -3, 4, 0, -1 } };
	struct model_input	 in;
	struct model_result	 r;
	int			 years;

	(void)state;
	items[0].top_decile_partner = 1;
	for (years = 0; years <= 60; years++) {
		in = input(years, items, 2);
		assert_int_equal(model_estimate(&in, &r), 0);
		assert_true(r.top_decile);
		assert_true(r.high >= backend_us.p90);
	}
	/* Without the partner, a junior's range stays below it. */
	items[0].top_decile_partner = -1;
	in = input(0, items, 2);
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_false(r.top_decile);
	assert_true(r.high < backend_us.p90);
}

static void
test_reference_cert(void **state)
{
	struct model_item	 items[2] = { aws_cert, react_nextjs };
	struct model_input	 in = input(5, items, 1);
	struct model_result	 r;

	(void)state;
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_true(fabs(r.uplift_pct - 20) < 1e-9);
	assert_true(fabs(r.uplift_low_pct - 18) < 1e-9);
	assert_true(fabs(r.uplift_high_pct - 22) < 1e-9);
	/* A certification and a skill are separate pools: both count fully. */
	in = input(5, items, 2);
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_true(fabs(r.uplift_pct - 40) < 1e-9);
}

static void
test_diminishing(void **state)
{
	static const struct { double pts[4]; size_t n; double want; } cases[] = {
		{ { 20 }, 1, 20 },
		{ { 20, 10 }, 2, 25 },
		{ { 10, 20 }, 2, 25 },
		{ { 10, 10, 10 }, 3, 17.5 },
		{ { 20, -8 }, 2, 12 },
		{ { -8, -4 }, 2, -10 },
		{ { 19.5, 19.2, 16.7, 12.9 }, 4, 19.5 + 9.6 + 16.7 / 4 + 12.9 / 8 },
	};
	struct model_item	 items[4];
	struct model_input	 in;
	struct model_result	 r;
	size_t			 i, j;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (j = 0; j < cases[i].n; j++) {
			items[j] = (struct model_item){ ITEM_SKILL, cases[i].pts[j],
			    cases[i].pts[j] - 2, cases[i].pts[j] + 2, 1, -1 };
		}
		in = input(8, items, cases[i].n);
		assert_int_equal(model_estimate(&in, &r), 0);
		assert_true(fabs(r.uplift_pct - cases[i].want) < 1e-9);
	}
}

static void
test_unclear_adds_nothing(void **state)
{
	struct model_item	 items[1] = { { ITEM_SKILL, 6, -2, 14, 0, -1 } };
	struct model_input	 in = input(8, items, 1), none = input(8, NULL, 0);
	struct model_result	 r, plain;

	(void)state;
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_int_equal(model_estimate(&none, &plain), 0);
	assert_true(r.point == plain.point);
	assert_true(r.effects[0].weight == 0);
}

static void
test_experience_monotonic(void **state)
{
	struct model_item	 items[2] = { react_nextjs, aws_cert };
	struct model_input	 in;
	struct model_result	 r;
	double			 prev = 0, prev_low = 0;
	int			 years;

	(void)state;
	for (years = 0; years <= 60; years++) {
		in = input(years, items, 2);
		assert_int_equal(model_estimate(&in, &r), 0);
		assert_true(r.point >= prev);
		prev = r.point;
		prev_low = r.low;
		assert_true(r.low <= r.point && r.point <= r.high);
	}
	(void)prev_low;
}

static void
test_adding_positive_skill(void **state)
{
	/* Every subset order: adding any positive clear premium never lowers the point. */
	static const double pool[] = { 19.5, 3, 12.9, 12.9, 0.5, 8, -6, 25 };
	struct model_item	 items[8];
	struct model_input	 in;
	struct model_result	 r;
	unsigned		 mask, bit;
	size_t			 n, k;
	double			 before;

	(void)state;
	for (mask = 0; mask < 256; mask++) {
		for (bit = 0; bit < 8; bit++) {
			if (mask & (1u << bit) || pool[bit] <= 0)
				continue;
			n = 0;
			for (k = 0; k < 8; k++)
				if (mask & (1u << k))
					items[n++] = (struct model_item){ ITEM_SKILL, pool[k],
					    pool[k] - 3, pool[k] + 3, 1, -1 };
			in = input(10, items, n);
			assert_int_equal(model_estimate(&in, &r), 0);
			before = r.point;
			items[n++] = (struct model_item){ ITEM_SKILL, pool[bit], pool[bit] - 3,
			    pool[bit] + 3, 1, -1 };
			in = input(10, items, n);
			assert_int_equal(model_estimate(&in, &r), 0);
			assert_true(r.point >= before - 1e-9);
		}
	}
}

static void
test_percentile(void **state)
{
	static const struct { double v, want; int below, above; } cases[] = {
		{ 146381, 50, 0, 0 }, { 88767, 10, 0, 0 }, { 231090, 90, 0, 0 },
		{ 113257, 25, 0, 0 }, { 185135, 75, 0, 0 },
		{ (146381 + 185135) / 2.0, 62.5, 0, 0 },
		{ 1000, 1, 1, 0 }, { 10000000, 99, 0, 1 },
	};
	size_t	 i;
	int	 below, above;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double p = model_percentile(&backend_us, cases[i].v, &below, &above);

		assert_true(fabs(p - cases[i].want) < 1e-6);
		assert_int_equal(below, cases[i].below);
		assert_int_equal(above, cases[i].above);
	}
}

static void
test_projection_and_base(void **state)
{
	struct model_input	 in = input(14, NULL, 0);
	struct model_result	 r;

	(void)state;
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_true(r.base == backend_us.p50);
	/* The market's own projection ratio (178,559 / 159,428) carried to the estimate. */
	assert_true(fabs(r.projection / r.point - 178559.0 / 159428.0) < 1e-12);
	assert_true(fabs(r.projection_pct - (178559.0 / 159428.0 - 1) * 100) < 1e-9);
	assert_true(fabs(r.exp_factor - 1.13) < 1e-12);
}

static void
test_bad_input(void **state)
{
	struct model_input	 in = input(5, NULL, 0);
	struct model_result	 r;
	struct model_band	 bad[2] = { curve[1], curve[0] };

	(void)state;
	in.nbands = 0;
	assert_int_equal(model_estimate(&in, &r), -1);
	in = input(5, NULL, 0);
	in.dist.p25 = in.dist.p75 + 1;
	assert_int_equal(model_estimate(&in, &r), -1);
	in = input(5, NULL, 0);
	in.bands = bad;
	in.nbands = 2;
	assert_int_equal(model_estimate(&in, &r), -1);
	in = input(-1, NULL, 0);
	assert_int_equal(model_estimate(&in, &r), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_react),
		cmocka_unit_test(test_reference_top_decile),
		cmocka_unit_test(test_reference_cert),
		cmocka_unit_test(test_diminishing),
		cmocka_unit_test(test_unclear_adds_nothing),
		cmocka_unit_test(test_experience_monotonic),
		cmocka_unit_test(test_adding_positive_skill),
		cmocka_unit_test(test_percentile),
		cmocka_unit_test(test_projection_and_base),
		cmocka_unit_test(test_bad_input),
	};

	return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
