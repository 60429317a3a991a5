/* Number formatting: thousands separators, dollars, percentage ranges (table-driven). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "lib/fmt.h"

static void
test_thousands(void **state)
{
	static const struct { long long v; const char *want; } cases[] = {
		{ 0, "0" }, { 7, "7" }, { 999, "999" }, { 1000, "1,000" }, { 1368, "1,368" },
		{ 12345, "12,345" }, { 159428, "159,428" }, { 1000000, "1,000,000" },
		{ 1687890, "1,687,890" }, { -1234, "-1,234" },
		{ 9223372036854775807LL, "9,223,372,036,854,775,807" },
		{ -9223372036854775807LL - 1, "-9,223,372,036,854,775,808" },
	};
	char	 out[FMT_MAX];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fmt_thousands(out, sizeof(out), cases[i].v);
		assert_string_equal(out, cases[i].want);
	}
}

static void
test_money(void **state)
{
	static const struct { long long v; const char *want; } cases[] = {
		{ 159428, "$159,428" }, { 178559, "$178,559" }, { 0, "$0" }, { 999, "$999" },
		{ 272670, "$272,670" }, { -5000, "-$5,000" },
	};
	char	 out[FMT_MAX];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fmt_money(out, sizeof(out), cases[i].v);
		assert_string_equal(out, cases[i].want);
	}
}

static void
test_truncation(void **state)
{
	char	 out[4];

	(void)state;
	fmt_money(out, sizeof(out), 159428);
	assert_string_equal(out, "$15");
	fmt_thousands(out, sizeof(out), 1368);
	assert_string_equal(out, "1,3");
}

static void
test_pct(void **state)
{
	static const struct { double lo, hi; const char *want; } cases[] = {
		{ 15, 25, "15-25%" }, { 18, 22, "18-22%" }, { 8, 8, "8%" }, { 22.4, 22.4, "22.4%" },
		{ 8.04, 8.0, "8%" }, { 0, 0, "0%" }, { -0.01, -0.01, "0%" }, { 2.25, 3.75, "2.3-3.8%" },
	};
	char	 out[FMT_MAX];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fmt_pct_range(out, sizeof(out), cases[i].lo, cases[i].hi);
		assert_string_equal(out, cases[i].want);
	}
}

static void
test_ordinal(void **state)
{
	static const struct { long v; const char *want; } cases[] = {
		{ 1, "1st" }, { 2, "2nd" }, { 3, "3rd" }, { 4, "4th" }, { 11, "11th" }, { 12, "12th" },
		{ 13, "13th" }, { 21, "21st" }, { 22, "22nd" }, { 62, "62nd" }, { 99, "99th" },
		{ 101, "101st" }, { 111, "111th" },
	};
	char	 out[FMT_MAX];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fmt_ordinal(out, sizeof(out), cases[i].v);
		assert_string_equal(out, cases[i].want);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_thousands),
		cmocka_unit_test(test_money),
		cmocka_unit_test(test_truncation),
		cmocka_unit_test(test_pct),
		cmocka_unit_test(test_ordinal),
	};

	return cmocka_run_group_tests_name("fmt", tests, NULL, NULL);
}
