/* Routing: paths to pages, 404 and 405 with Allow, decided before any handler runs. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "lib/conf.h"
#include "web/routes.h"

static void
test_match(void **state)
{
	static const struct {
		enum method	 m;
		const char	*path;
		enum page	 want;
		int		 status;
		const char	*arg0, *arg1;
	} cases[] = {
		{ METHOD_GET, "/", PAGE_HOME, 200, NULL, NULL },
		{ METHOD_HEAD, "/", PAGE_HOME, 200, NULL, NULL },
		{ METHOD_GET, "/report/backend-developer/us", PAGE_REPORT, 200, "backend-developer", "us" },
		{ METHOD_GET, "/report/backend-developer/us/", PAGE_REPORT, 200, "backend-developer", "us" },
		{ METHOD_GET, "/report", PAGE_REPORT_PICK, 200, NULL, NULL },
		{ METHOD_GET, "/healthz", PAGE_HEALTH, 200, NULL, NULL },
		{ METHOD_GET, "/estimate", PAGE_ESTIMATE, 200, NULL, NULL },
		{ METHOD_POST, "/estimate", PAGE__MAX, 405, NULL, NULL },
		{ METHOD_POST, "/report/a/b", PAGE__MAX, 405, NULL, NULL },
		{ METHOD_OTHER, "/healthz", PAGE__MAX, 405, NULL, NULL },
		{ METHOD_GET, "/report/a", PAGE__MAX, 404, NULL, NULL },
		{ METHOD_GET, "/report/a/b/c", PAGE__MAX, 404, NULL, NULL },
		{ METHOD_GET, "/nope", PAGE__MAX, 404, NULL, NULL },
		{ METHOD_POST, "/nope", PAGE__MAX, 404, NULL, NULL },
		{ METHOD_GET, "/a/b/c/d/e/f/g/h/i/j", PAGE__MAX, 404, NULL, NULL },
	};
	struct config	 cfg;
	struct req	 r;
	size_t		 i;
	int		 status;

	(void)state;
	memset(&cfg, 0, sizeof(cfg));
	cfg.base = "";
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		memset(&r, 0, sizeof(r));
		arena_init(&r.arena);
		buf_init(&r.headers);
		r.cfg = &cfg;
		r.method = cases[i].m;
		r.path = cases[i].path;
		assert_int_equal(route_match(&r, &status), cases[i].want);
		assert_int_equal(status, cases[i].status);
		if (status == 405)
			assert_non_null(strstr(r.headers.data, "Allow: GET, HEAD\r\n"));
		if (cases[i].arg0 != NULL) {
			assert_int_equal(r.nargs, 2);
			assert_string_equal(r.args[0], cases[i].arg0);
			assert_string_equal(r.args[1], cases[i].arg1);
		}
		buf_free(&r.headers);
		arena_free(&r.arena);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match),
	};

	return cmocka_run_group_tests_name("router", tests, NULL, NULL);
}
