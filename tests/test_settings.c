/* The settings file's lines (table-driven) and reading a whole file. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/settings.h"

static void
test_parse_line(void **state)
{
	static const struct { const char *line; int ok; const char *name, *value; } cases[] = {
		{ "PGPORT=5433\n", 1, "PGPORT", "5433" },
		{ "PGHOST=/var/run/postgresql", 1, "PGHOST", "/var/run/postgresql" },
		{ "PAYBAND_BASE=\n", 1, "PAYBAND_BASE", "" },
		{ "  PGDATABASE = payband  \r\n", 0, NULL, NULL },	/* a blank before '=': no setting */
		{ "  PGDATABASE=  payband  \r\n", 1, "PGDATABASE", "payband" },
		{ "PAYBAND_DB=\"host=db dbname=payband user=payband_web\"\n", 1, "PAYBAND_DB",
		  "host=db dbname=payband user=payband_web" },
		{ "X='single quoted'\n", 1, "X", "single quoted" },
		{ "X=\"unbalanced\n", 1, "X", "\"unbalanced" },
		{ "X=\"\n", 1, "X", "\"" },
		{ "X=a=b\n", 1, "X", "a=b" },
		{ "X=$HOME\n", 1, "X", "$HOME" },		/* no expansion */
		{ "_x9=1", 1, "_x9", "1" },
		{ "#PGPORT=5432\n", 0, NULL, NULL },
		{ "   # comment\n", 0, NULL, NULL },
		{ "; comment\n", 0, NULL, NULL },
		{ "\n", 0, NULL, NULL },
		{ "", 0, NULL, NULL },
		{ "export PGPORT=5432\n", 0, NULL, NULL },
		{ "9X=1\n", 0, NULL, NULL },
		{ "X-Y=1\n", 0, NULL, NULL },
		{ "=1\n", 0, NULL, NULL },
	};
	char		 buf[256];
	const char	*name, *value;
	size_t		 i;
	int		 ok;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(buf, sizeof(buf), "%s", cases[i].line);
		name = value = NULL;
		ok = settings_parse_line(buf, &name, &value);
		if (ok != cases[i].ok)
			fail_msg("case %zu (%s): got %d, want %d", i, cases[i].line, ok, cases[i].ok);
		if (ok) {
			assert_string_equal(name, cases[i].name);
			assert_string_equal(value, cases[i].value);
		}
	}
}

struct seen {
	char	 text[1024];
};

static void
collect(const char *name, const char *value, void *arg)
{
	struct seen	*s = arg;
	size_t		 n = strlen(s->text);

	snprintf(s->text + n, sizeof(s->text) - n, "%s=[%s];", name, value);
}

static void
test_read(void **state)
{
	char		 path[] = "/tmp/test_settings.XXXXXX";
	struct seen	 s;
	FILE		*fp;
	int		 fd, i;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	assert_non_null(fp);
	fputs("# /etc/default/payband\nPGHOST=/var/run/postgresql\n\nPGPORT=5433\n", fp);
	/* an overlong line is skipped whole, not read as two */
	fputs("LONG=", fp);
	for (i = 0; i < SETTINGS_LINE_MAX + 10; i++)
		fputc('a', fp);
	fputs("\nPGDATABASE=payband", fp);	/* the last line without its newline */
	fclose(fp);
	memset(&s, 0, sizeof(s));
	assert_int_equal(settings_read(path, collect, &s), 0);
	assert_string_equal(s.text, "PGHOST=[/var/run/postgresql];PGPORT=[5433];PGDATABASE=[payband];");
	unlink(path);
	assert_int_equal(settings_read(path, collect, &s), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_line),
		cmocka_unit_test(test_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
