/* The estimate model: breakdown arithmetic, what is applied and what is not, range, percentile. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "core/model.h"

/* Software Developers, United States, BLS May 2025. */
static const struct model_dist sd_us = { 148100, 82460, 105210, 135980, 171980, 214670 };

static struct model_input
input(double level, double exp, const struct model_item *items, size_t n)
{
	struct model_input in;

	memset(&in, 0, sizeof(in));
	in.dist = sd_us;
	in.level = level;
	in.experience = exp;
	in.items = items;
	in.nitems = n;
	in.q_low = -0.215;
	in.q_high = 0.194;
	in.projection_pct = 2.4;
	return in;
}

static void
test_breakdown_adds_up(void **state)
{
	/* Every factor's dollars, in order, add up to the point estimate. */
	struct model_item	 items[3] = {
		{ ITEM_SKILL, 1, 3.5, 2.0, 5.2 }, { ITEM_SKILL, 1, 12.0, 8.0, 16.0 }, { ITEM_CERT, 1, 20, 18, 22 },
	};
	struct model_input	 in = input(0.0405, -0.1625, items, 3);
	struct model_result	 r;
	double			 sum;
	size_t			 i;

	(void)state;
	assert_int_equal(model_estimate(&in, &r), 0);
	sum = r.base + r.level_dollars + r.exp_dollars;
	for (i = 0; i < 3; i++)
		sum += r.effects[i].dollars;
	assert_true(fabs(sum - r.point) < 1e-6);
	/* each factor's percentage is what the page shows next to it */
	assert_true(fabs(r.level_dollars - r.base * (exp(0.0405) - 1)) < 1e-6);
	assert_true(fabs(r.exp_dollars / (r.base + r.level_dollars) - (exp(-0.1625) - 1)) < 1e-9);
	assert_true(fabs(r.effects[1].dollars /
	    (r.base + r.level_dollars + r.exp_dollars + r.effects[0].dollars) - 0.12) < 1e-9);
	/* effects multiply: no weights */
	assert_true(fabs(r.point - 135980 * exp(0.0405) * exp(-0.1625) * 1.035 * 1.12 * 1.20) < 1e-6);
}

static void
test_unclear_and_negative_not_applied(void **state)
{
	struct model_item	 items[3] = {
		{ ITEM_SKILL, 1, -0.9, -1.9, 0.02 },	/* interval includes zero */
		{ ITEM_SKILL, 1, -5.3, -10.0, -0.3 },	/* clearly negative: shown, not applied */
		{ ITEM_SKILL, 0, 0, 0, 0 },		/* no data */
	};
	struct model_input	 in = input(0, 0, items, 3), none = input(0, 0, NULL, 0);
	struct model_result	 r, plain;

	(void)state;
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_int_equal(model_estimate(&none, &plain), 0);
	assert_int_equal(r.effects[0].why, EFFECT_UNCLEAR);
	assert_int_equal(r.effects[1].why, EFFECT_NEGATIVE);
	assert_int_equal(r.effects[2].why, EFFECT_NO_DATA);
	assert_true(r.effects[0].dollars == 0 && r.effects[1].dollars == 0 && r.effects[2].dollars == 0);
	assert_true(r.point == plain.point);
}

static void
test_adding_a_skill_never_lowers(void **state)
{
	/* Over every subset of these items, adding one never lowers the estimate. */
	static const struct model_item all[5] = {
		{ ITEM_SKILL, 1, 6.3, 4.0, 8.4 }, { ITEM_SKILL, 1, -5.3, -10.0, -0.3 },
		{ ITEM_SKILL, 1, 1.4, -2.0, 4.0 }, { ITEM_CERT, 1, 20, 18, 22 }, { ITEM_SKILL, 1, 11.1, 6.3, 15.8 },
	};
	unsigned		 mask, j;

	(void)state;
	for (mask = 0; mask < 32; mask++)
		for (j = 0; j < 5; j++) {
			struct model_item	 a[5], b[5];
			size_t			 na = 0, nb = 0, k;
			struct model_input	 ia, ib;
			struct model_result	 ra, rb;

			if (mask & (1u << j))
				continue;
			for (k = 0; k < 5; k++) {
				if (mask & (1u << k))
					a[na++] = b[nb++] = all[k];
				if (k == j)
					b[nb++] = all[k];
			}
			ia = input(0, 0, a, na);
			ib = input(0, 0, b, nb);
			assert_int_equal(model_estimate(&ia, &ra), 0);
			assert_int_equal(model_estimate(&ib, &rb), 0);
			assert_true(rb.point >= ra.point - 1e-9);
		}
}

static void
test_range_and_percentile(void **state)
{
	struct model_input	 in = input(0.0168, 0, NULL, 0);
	struct model_result	 r;

	(void)state;
	assert_int_equal(model_estimate(&in, &r), 0);
	/* the range is the residual quantiles around the point */
	assert_true(fabs(r.low - r.point * exp(-0.215)) < 1e-6);
	assert_true(fabs(r.high - r.point * exp(0.194)) < 1e-6);
	/* a typical person of the role (no skills, reference experience) sits at the role's median */
	assert_true(fabs(r.role_dist.p50 - r.point) < 1e-6);
	assert_true(fabs(r.percentile - 50) < 1e-9);
	assert_true(fabs(r.projection - r.point * 1.024) < 1e-6);
	assert_true(fabs(r.projection_pct - 2.4) < 1e-12);
	in.projection_pct = NAN;
	assert_int_equal(model_estimate(&in, &r), 0);
	assert_true(r.projection == 0);
}

static void
test_percentile_tails(void **state)
{
	int	 below, above;

	(void)state;
	assert_true(model_percentile(&sd_us, 135980, &below, &above) == 50);
	assert_true(model_percentile(&sd_us, 82460, &below, &above) == 10);
	assert_true(model_percentile(&sd_us, 10, &below, &above) == 1 && below && !above);
	assert_true(model_percentile(&sd_us, 1e7, &below, &above) == 99 && above && !below);
}

static void
test_bad_input(void **state)
{
	struct model_input	 in = input(0, 0, NULL, 0);
	struct model_result	 r;

	(void)state;
	in.dist.p25 = in.dist.p75 + 1;
	assert_int_equal(model_estimate(&in, &r), -1);
	in = input(NAN, 0, NULL, 0);
	assert_int_equal(model_estimate(&in, &r), -1);
	in = input(0, 0, NULL, 0);
	in.q_low = 0.1;
	assert_int_equal(model_estimate(&in, &r), -1);
	in = input(0, 0, NULL, MODEL_MAX_ITEMS + 1);
	assert_int_equal(model_estimate(&in, &r), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_breakdown_adds_up),
		cmocka_unit_test(test_unclear_and_negative_not_applied),
		cmocka_unit_test(test_adding_a_skill_never_lowers),
		cmocka_unit_test(test_range_and_percentile),
		cmocka_unit_test(test_percentile_tails),
		cmocka_unit_test(test_bad_input),
	};

	return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
