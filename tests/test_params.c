/* Untrusted input: query/form decoding, path decoding, slugs and UTF-8 (table-driven). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "http/params.h"
#include "lib/util.h"

static void
test_slug(void **state)
{
	static const struct { const char *s; int ok; } cases[] = {
		{ "backend-developer", 1 }, { "us", 1 }, { "us-ca", 1 }, { "react-nextjs", 1 },
		{ "a", 1 }, { "15-1252", 1 }, { "", 0 }, { "-us", 0 }, { "us-", 0 }, { "us--ca", 0 },
		{ "US", 0 }, { "us_ca", 0 }, { "us ca", 0 }, { "../etc", 0 }, { "é", 0 },
		{ "<script>", 0 },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0 },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(slug_valid(cases[i].s), cases[i].ok);
}

static void
test_utf8(void **state)
{
	static const struct { const char *s; int ok; } cases[] = {
		{ "plain", 1 }, { "caf\xc3\xa9", 1 }, { "\xe2\x82\xac", 1 }, { "\xf0\x9f\x9a\x80", 1 },
		{ "\xc3", 0 }, { "\xc0\xaf", 0 }, { "\xe0\x80\xaf", 0 }, { "\xed\xa0\x80", 0 },
		{ "\xf4\x90\x80\x80", 0 }, { "\xff", 0 }, { "a\x01" "b", 0 }, { "tab\there", 1 },
		{ "del\x7f", 0 },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(utf8_valid(cases[i].s, strlen(cases[i].s)), cases[i].ok);
}

static void
test_form_decode(void **state)
{
	static const struct {
		const char	*in;
		enum decode_err	 err;		/* of the whole input */
		size_t		 n;
		const char	*k0, *v0;
		enum decode_err	 err0;		/* of the first value */
		const char	*k1, *v1;
	} cases[] = {
		{ "", DECODE_OK, 0, NULL, NULL, DECODE_OK, NULL, NULL },
		{ "role=backend-developer&region=us", DECODE_OK, 2, "role", "backend-developer", DECODE_OK, "region", "us" },
		{ "q=a+b%20c", DECODE_OK, 1, "q", "a b c", DECODE_OK, NULL, NULL },
		{ "skill=react-nextjs&skill=nodejs", DECODE_OK, 2, "skill", "react-nextjs", DECODE_OK, "skill", "nodejs" },
		{ "a=1&&b=2", DECODE_OK, 2, "a", "1", DECODE_OK, "b", "2" },
		{ "a=1;b=2", DECODE_OK, 2, "a", "1", DECODE_OK, "b", "2" },
		{ "&", DECODE_OK, 0, NULL, NULL, DECODE_OK, NULL, NULL },
		{ "flag", DECODE_OK, 1, "flag", "", DECODE_OK, NULL, NULL },
		{ "a==b", DECODE_OK, 1, "a", "=b", DECODE_OK, NULL, NULL },
		{ "k=%C3%A9", DECODE_OK, 1, "k", "\xc3\xa9", DECODE_OK, NULL, NULL },
		{ "k=%0a", DECODE_OK, 1, "k", "\n", DECODE_OK, NULL, NULL },
		/* a bad value is that field's error; the other fields survive */
		{ "k=%&b=2", DECODE_OK, 2, "k", "", DECODE_BAD_ESCAPE, "b", "2" },
		{ "k=%4", DECODE_OK, 1, "k", "", DECODE_BAD_ESCAPE, NULL, NULL },
		{ "k=%zz", DECODE_OK, 1, "k", "", DECODE_BAD_ESCAPE, NULL, NULL },
		{ "k=%00", DECODE_OK, 1, "k", "", DECODE_BAD_ESCAPE, NULL, NULL },
		{ "k=%ff&b=2", DECODE_OK, 2, "k", "", DECODE_BAD_UTF8, "b", "2" },
		{ "k=%C3", DECODE_OK, 1, "k", "", DECODE_BAD_UTF8, NULL, NULL },
		{ "k=%01", DECODE_OK, 1, "k", "", DECODE_BAD_UTF8, NULL, NULL },
		{ "k=\xc3\x28", DECODE_OK, 1, "k", "", DECODE_BAD_UTF8, NULL, NULL },
		/* a key that cannot be read spoils the whole input */
		{ "%zz=1", DECODE_BAD_ESCAPE, 0, NULL, NULL, DECODE_OK, NULL, NULL },
		{ "%ff=1", DECODE_BAD_UTF8, 0, NULL, NULL, DECODE_OK, NULL, NULL },
		{ "%=1", DECODE_BAD_ESCAPE, 0, NULL, NULL, DECODE_OK, NULL, NULL },
	};
	struct arena	 a;
	struct param	*ps;
	size_t		 i, n;

	(void)state;
	arena_init(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum decode_err e = form_decode(&a, cases[i].in, strlen(cases[i].in), &ps, &n);

		assert_int_equal(e, cases[i].err);
		if (e != DECODE_OK)
			continue;
		assert_int_equal(n, cases[i].n);
		if (n > 0) {
			assert_string_equal(ps[0].key, cases[i].k0);
			assert_string_equal(ps[0].val, cases[i].v0);
			assert_int_equal(ps[0].err, cases[i].err0);
		}
		if (n > 1) {
			assert_string_equal(ps[1].key, cases[i].k1);
			assert_string_equal(ps[1].val, cases[i].v1);
			assert_int_equal(ps[1].err, DECODE_OK);
		}
	}
	arena_free(&a);
}

static void
test_form_limits(void **state)
{
	struct arena	 a;
	struct buf	 b;
	struct param	*ps;
	size_t		 n, i;

	(void)state;
	arena_init(&a);
	buf_init(&b);
	buf_puts(&b, "k=");
	for (i = 0; i < 257; i++)
		buf_putc(&b, 'x');
	assert_int_equal(form_decode(&a, b.data, b.len, &ps, &n), DECODE_OK);
	assert_int_equal(ps[0].err, DECODE_TOO_LONG);
	buf_reset(&b);
	buf_puts(&b, "k=");
	for (i = 0; i < 256; i++)
		buf_putc(&b, 'x');
	assert_int_equal(form_decode(&a, b.data, b.len, &ps, &n), DECODE_OK);
	assert_int_equal(ps[0].err, DECODE_OK);
	assert_int_equal(ps[0].vlen, 256);
	/* 256 bytes once decoded: "%41" x 256 is fine, one more is too long */
	buf_reset(&b);
	buf_puts(&b, "k=");
	for (i = 0; i < 257; i++)
		buf_puts(&b, "%41");
	assert_int_equal(form_decode(&a, b.data, b.len, &ps, &n), DECODE_OK);
	assert_int_equal(ps[0].err, DECODE_TOO_LONG);
	buf_reset(&b);
	for (i = 0; i < 65; i++)
		buf_printf(&b, "%sk%zu=1", i ? "&" : "", i);
	assert_int_equal(form_decode(&a, b.data, b.len, &ps, &n), DECODE_TOO_MANY);
	buf_reset(&b);
	for (i = 0; i < 64; i++)
		buf_printf(&b, "%sk%zu=1", i ? "&" : "", i);
	assert_int_equal(form_decode(&a, b.data, b.len, &ps, &n), DECODE_OK);
	assert_int_equal(n, 64);
	buf_free(&b);
	arena_free(&a);
}

static void
test_path_decode(void **state)
{
	static const struct {
		const char	*uri, *base;
		enum decode_err	 err;
		const char	*want;	/* NULL: not below base */
	} cases[] = {
		{ "/", "", DECODE_OK, "/" },
		{ "/report/backend-developer/us", "", DECODE_OK, "/report/backend-developer/us" },
		{ "/report/backend-developer/us?x=1", "", DECODE_OK, "/report/backend-developer/us" },
		{ "/payband/report/a/b", "/payband", DECODE_OK, "/report/a/b" },
		{ "/payband", "/payband", DECODE_OK, "/" },
		{ "/payband/", "/payband", DECODE_OK, "/" },
		{ "/payband?x", "/payband", DECODE_OK, "/" },
		{ "/paybandx/report", "/payband", DECODE_OK, NULL },
		{ "/other/report", "/payband", DECODE_OK, NULL },
		{ "/cgi-bin/payband.fcgi/healthz", "/cgi-bin/payband.fcgi", DECODE_OK, "/healthz" },
		{ "/report/us%2Dca", "", DECODE_OK, "/report/us-ca" },
		{ "/report/%zz", "", DECODE_BAD_ESCAPE, NULL },
		{ "/report/%00", "", DECODE_BAD_ESCAPE, NULL },
		{ "/report/%ff", "", DECODE_BAD_UTF8, NULL },
		{ "/report/a?q=%zz", "", DECODE_OK, "/report/a" },
		{ "report", "", DECODE_OK, NULL },
	};
	struct arena	 a;
	const char	*out;
	size_t		 i;

	(void)state;
	arena_init(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum decode_err e = path_decode(&a, cases[i].uri, cases[i].base, &out);

		assert_int_equal(e, cases[i].err);
		if (e != DECODE_OK)
			continue;
		if (cases[i].want == NULL)
			assert_null(out);
		else
			assert_string_equal(out, cases[i].want);
	}
	arena_free(&a);
}

static void
test_path_split(void **state)
{
	struct arena	 a;
	const char	*segs[3];

	(void)state;
	arena_init(&a);
	assert_int_equal(path_split(&a, "/", segs, 3), 0);
	assert_int_equal(path_split(&a, "/report/a/b", segs, 3), 3);
	assert_string_equal(segs[0], "report");
	assert_string_equal(segs[2], "b");
	assert_int_equal(path_split(&a, "/report/a/b/", segs, 3), 3);
	assert_int_equal(path_split(&a, "/a/b/c/d", segs, 3), -1);
	arena_free(&a);
}

static void
test_param_get(void **state)
{
	struct param	 ps[] = {
		{ "role", "a", 1, 0 }, { "skill", "x", 1, 0 }, { "skill", "y", 1, 0 },
	};
	size_t		 n;

	(void)state;
	assert_string_equal(param_get(ps, 3, "role", &n), "a");
	assert_int_equal(n, 1);
	assert_string_equal(param_get(ps, 3, "skill", &n), "x");
	assert_int_equal(n, 2);
	assert_null(param_get(ps, 3, "region", &n));
	assert_int_equal(n, 0);
}

static const struct pspec estimate_spec[] = {
	{ "role", PT_SLUG, PF_REQUIRED, 0, 0, 0 },
	{ "years", PT_UINT, PF_REQUIRED, 0, 60, 0 },
	{ "skill", PT_SLUG, PF_MULTI, 0, 0, 3 },
};

static void
test_validate(void **state)
{
	static const struct {
		const char	*qs;
		size_t		 errors;
		enum field_err	 role, years, skill;
		size_t		 nskills;
		unsigned long	 years_val;
	} cases[] = {
		{ "role=backend-developer&years=5", 0, FE_NONE, FE_NONE, FE_NONE, 0, 5 },
		{ "years=0&role=a&skill=x&skill=y", 0, FE_NONE, FE_NONE, FE_NONE, 2, 0 },
		{ "role=a&years=60", 0, FE_NONE, FE_NONE, FE_NONE, 0, 60 },
		{ "role=a&years=61", 1, FE_NONE, FE_RANGE, FE_NONE, 0, 0 },
		{ "role=a&years=-1", 1, FE_NONE, FE_NOT_NUMBER, FE_NONE, 0, 0 },
		{ "role=a&years=5.5", 1, FE_NONE, FE_NOT_NUMBER, FE_NONE, 0, 0 },
		{ "role=a&years=+5", 1, FE_NONE, FE_NOT_NUMBER, FE_NONE, 0, 0 },
		{ "role=a&years=%205", 1, FE_NONE, FE_NOT_NUMBER, FE_NONE, 0, 0 },
		{ "role=a&years=99999999999999999999999", 1, FE_NONE, FE_RANGE, FE_NONE, 0, 0 },
		{ "role=a&years=", 1, FE_NONE, FE_MISSING, FE_NONE, 0, 0 },
		{ "years=3", 1, FE_MISSING, FE_NONE, FE_NONE, 0, 3 },
		{ "role=a&role=b&years=3", 1, FE_REPEATED, FE_NONE, FE_NONE, 0, 3 },
		{ "role=a&years=3&years=3", 1, FE_NONE, FE_REPEATED, FE_NONE, 0, 0 },
		{ "role=Bad&years=3", 1, FE_UNKNOWN, FE_NONE, FE_NONE, 0, 3 },
		{ "role=a&years=3&skill=a&skill=b&skill=c&skill=d", 1, FE_NONE, FE_NONE, FE_TOO_MANY, 3, 3 },
		{ "role=a&years=3&skill=ok&skill=%ff", 1, FE_NONE, FE_NONE, FE_BAD_TEXT, 1, 3 },
		{ "role=%zz&years=3", 1, FE_BAD_TEXT, FE_NONE, FE_NONE, 0, 3 },
		{ "role=a&years=3&other=whatever", 0, FE_NONE, FE_NONE, FE_NONE, 0, 3 },
	};
	struct arena	 a;
	struct param	*ps;
	struct pfield	 f[3];
	size_t		 i, n;

	(void)state;
	arena_init(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(form_decode(&a, cases[i].qs, strlen(cases[i].qs), &ps, &n), DECODE_OK);
		assert_int_equal(params_validate(&a, ps, n, estimate_spec, 3, f), cases[i].errors);
		assert_int_equal(f[0].err, cases[i].role);
		assert_int_equal(f[1].err, cases[i].years);
		assert_int_equal(f[2].err, cases[i].skill);
		assert_int_equal(f[2].n, cases[i].nskills);
		if (f[1].err == FE_NONE)
			assert_int_equal(f[1].num, cases[i].years_val);
		else
			assert_non_null(f[1].msg);
	}
	assert_true(params_none(ps, 0, estimate_spec, 3));
	arena_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slug),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_form_decode),
		cmocka_unit_test(test_form_limits),
		cmocka_unit_test(test_path_decode),
		cmocka_unit_test(test_path_split),
		cmocka_unit_test(test_param_get),
		cmocka_unit_test(test_validate),
	};

	return cmocka_run_group_tests_name("params", tests, NULL, NULL);
}
