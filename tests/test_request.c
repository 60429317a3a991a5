/* The HTTP layer's pure parsers: CONTENT_LENGTH against the body limit, and cookies (table-driven). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "http/request.h"
#include "lib/util.h"

static void
test_content_length(void **state)
{
	static const struct { const char *cl; size_t max; int want; size_t len; } cases[] = {
		{ NULL, 100, 411, 0 },
		{ "", 100, 411, 0 },		/* nginx sends CONTENT_LENGTH= on GET */
		{ "0", 100, 0, 0 },
		{ "42", 100, 0, 42 },
		{ "100", 100, 0, 100 },
		{ "101", 100, 413, 0 },
		{ "007", 100, 0, 7 },
		{ "-1", 100, 400, 0 },
		{ "+5", 100, 400, 0 },
		{ " 5", 100, 400, 0 },
		{ "5 ", 100, 400, 0 },
		{ "5x", 100, 400, 0 },
		{ "0x10", 100, 400, 0 },
		{ "16384", 16384, 0, 16384 },
		{ "16385", 16384, 413, 0 },
		{ "99999999999999999999999999", 16384, 413, 0 },	/* overflow: refused before it wraps */
		{ "18446744073709551617", 16384, 413, 0 },
		{ "4294967296", 16384, 413, 0 },	/* 2^32: an int would wrap to 0 */
	};
	size_t	 i, len;
	int	 st;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		len = 12345;
		st = http_content_length(cases[i].cl, cases[i].max, &len);
		if (st != cases[i].want)
			fail_msg("CONTENT_LENGTH %s: %d, want %d", cases[i].cl ? cases[i].cl : "(none)", st,
			    cases[i].want);
		if (st == 0 && len != cases[i].len)
			fail_msg("CONTENT_LENGTH %s: length %zu, want %zu", cases[i].cl, len, cases[i].len);
	}
}

static void
test_cookie(void **state)
{
	static const struct { const char *header, *name, *want; } cases[] = {
		{ NULL, "csrf", NULL },
		{ "", "csrf", NULL },
		{ "csrf=abc", "csrf", "abc" },
		{ "a=1; csrf=abc; b=2", "csrf", "abc" },
		{ "a=1;csrf=abc", "csrf", "abc" },
		{ "xcsrf=1; csrf=2", "csrf", "2" },		/* names match whole */
		{ "csrfx=1", "csrf", NULL },
		{ "csrf=", "csrf", "" },
		{ "csrf", "csrf", NULL },			/* no '=': no value */
		{ "csrf=1; csrf=2", "csrf", "1" },		/* the first one */
		{ "a=b=c", "a", "b=c" },
		{ ";;; ;csrf=z", "csrf", "z" },
		{ "  csrf=  spaced", "csrf", "  spaced" },
	};
	struct arena	 a;
	const char	*got;
	size_t		 i;

	(void)state;
	arena_init(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		got = http_cookie(&a, cases[i].header, cases[i].name);
		if ((got == NULL) != (cases[i].want == NULL) || (got != NULL && strcmp(got, cases[i].want) != 0))
			fail_msg("Cookie: %s -> %s: \"%s\", want \"%s\"", cases[i].header ? cases[i].header : "(none)",
			    cases[i].name, got ? got : "(null)", cases[i].want ? cases[i].want : "(null)");
	}
	arena_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_content_length),
		cmocka_unit_test(test_cookie),
	};

	return cmocka_run_group_tests_name("request", tests, NULL, NULL);
}
