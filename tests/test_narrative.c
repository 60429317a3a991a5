/* Narratives: placeholders, emphasis segments, skipping; edit distance (table-driven). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/narrative.h"
#include "lib/util.h"

static const struct nvar vars[] = {
	{ "role", "Backend Developer" },
	{ "mean", "$159,428" },
	{ "top_skill", "React/Next.js" },
	{ "top_cert", NULL },
	{ "evil", "<script>*x*</script>" },
};
#define NVARS (sizeof(vars) / sizeof(vars[0]))

/* Render and flatten as "P:text|S:text|E:text". */
static int
flat(struct arena *a, const char *body, char *out, size_t outsz)
{
	struct seg	*segs;
	size_t		 n, i, len = 0;
	static const char st[] = { 'P', 'S', 'E' };

	if (narrative_render(a, body, vars, NVARS, &segs, &n) == -1)
		return -1;
	out[0] = '\0';
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(out + len, outsz - len, "%s%c:%s", i ? "|" : "",
		    st[segs[i].style], segs[i].text);
	return 0;
}

static void
test_render(void **state)
{
	static const struct { const char *in; int rc; const char *want; } cases[] = {
		{ "plain text", 0, "P:plain text" },
		{ "", 0, "" },
		{ "average {mean}.", 0, "P:average $159,428." },
		{ "mastering **{top_skill}** is key", 0, "P:mastering |S:React/Next.js|P: is key" },
		{ "the cost of *not* hiring you", 0, "P:the cost of |E:not|P: hiring you" },
		{ "obtain {top_cert}", -1, NULL },
		{ "unknown {nope}", -1, NULL },
		{ "braces {Not a placeholder} and {} stay", 0, "P:braces {Not a placeholder} and {} stay" },
		{ "unclosed {role", 0, "P:unclosed {role" },
		{ "**bold at end", 0, "S:bold at end" },
		{ "**a*b**", 0, "S:a*b" },
		/* A value's own asterisks are markers too: values come from our database, not users. */
		{ "{evil}", 0, "P:<script>|E:x|P:</script>" },
		{ "{role} in {role}", 0, "P:Backend Developer in Backend Developer" },
	};
	struct arena	 a;
	char		 out[512];
	size_t		 i;

	(void)state;
	arena_init(&a);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(flat(&a, cases[i].in, out, sizeof(out)), cases[i].rc);
		if (cases[i].rc == 0)
			assert_string_equal(out, cases[i].want);
	}
	arena_free(&a);
}

static void
test_edit_distance(void **state)
{
	static const struct { const char *a, *b; size_t cap, want; } cases[] = {
		{ "backend-developer", "backend-developer", 4, 0 },
		{ "backend-developr", "backend-developer", 4, 1 },
		{ "us-zz", "us-ca", 4, 2 },
		{ "", "abc", 4, 3 },
		{ "kitten", "sitting", 4, 3 },
		{ "a", "abcdefghij", 4, 5 },
		{ "frontend", "backend", 2, 3 },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(edit_distance(cases[i].a, cases[i].b, cases[i].cap), cases[i].want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_render),
		cmocka_unit_test(test_edit_distance),
	};

	return cmocka_run_group_tests_name("narrative", tests, NULL, NULL);
}
