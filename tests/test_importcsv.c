/* payband-admin import: the CSV line splitter and the line validator (table-driven). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/importcsv.h"

#define NONE ((const char *)0)

static void
test_split(void **state)
{
	static const struct {
		const char	*line;
		int		 rc;
		size_t		 n;		/* fields, when rc == 0 */
		const char	*f[4];		/* the first fields, when rc == 0 */
		const char	*err;		/* part of the message, when rc == -1 */
	} cases[] = {
		{ "a,b,c", 0, 3, { "a", "b", "c", NONE }, NONE },
		{ "", 0, 1, { "", NONE, NONE, NONE }, NONE },
		{ ",,", 0, 3, { "", "", "", NONE }, NONE },
		{ "a,", 0, 2, { "a", "", NONE, NONE }, NONE },
		{ "\"a,b\",c", 0, 2, { "a,b", "c", NONE, NONE }, NONE },
		{ "\"say \"\"hi\"\"\",x", 0, 2, { "say \"hi\"", "x", NONE, NONE }, NONE },
		{ "\"\",x", 0, 2, { "", "x", NONE, NONE }, NONE },
		{ "\"\"\"\"", 0, 1, { "\"", NONE, NONE, NONE }, NONE },
		{ "\"$120,000\",\"python; go\"", 0, 2, { "$120,000", "python; go", NONE, NONE }, NONE },
		{ " a , b ", 0, 2, { " a ", " b ", NONE, NONE }, NONE },
		{ "a,b,c,d,e,f,g,h,i,j,k", 0, 11, { "a", "b", "c", "d" }, NONE },
		{ "\"abc", -1, 0, { NONE }, "field 1: the quote is not closed" },
		{ "x,\"a\"\"", -1, 0, { NONE }, "field 2: the quote is not closed" },
		{ "ab\"c", -1, 0, { NONE }, "field 1: a quote inside an unquoted field" },
		{ "a,\"ab\"c", -1, 0, { NONE }, "field 2: text after the closing quote" },
		{ "a,\"ab\" ", -1, 0, { NONE }, "field 2: text after the closing quote" },
	};
	struct import_fields	 f;
	char			 err[IMPORT_MAX_MSG];
	size_t			 i, j;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int rc = import_split(cases[i].line, strlen(cases[i].line), &f, err, sizeof(err));

		if (rc != cases[i].rc)
			fail_msg("case %zu (%s): rc %d, expected %d (%s)", i, cases[i].line, rc, cases[i].rc,
			    rc ? err : "");
		if (rc != 0) {
			if (strstr(err, cases[i].err) == NULL)
				fail_msg("case %zu: message \"%s\" lacks \"%s\"", i, err, cases[i].err);
			continue;
		}
		assert_int_equal(f.n, cases[i].n);
		for (j = 0; j < 4 && cases[i].f[j] != NONE; j++)
			assert_string_equal(f.field[j], cases[i].f[j]);
	}
}

/* Lines are not strings: a NUL inside and the length limit. */
static void
test_split_bytes(void **state)
{
	static char		 line[IMPORT_MAX_LINE + 2];
	struct import_fields	 f;
	char			 err[IMPORT_MAX_MSG];

	(void)state;
	assert_int_equal(import_split("a\0b,c", 5, &f, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "NUL"));

	/* exactly the limit: fine, and the unquoted text fits the buffer */
	memset(line, ',', sizeof(line));
	assert_int_equal(import_split(line, IMPORT_MAX_LINE, &f, err, sizeof(err)), 0);
	assert_int_equal(f.n, IMPORT_MAX_LINE + 1);
	memset(line, 'x', sizeof(line));
	assert_int_equal(import_split(line, IMPORT_MAX_LINE, &f, err, sizeof(err)), 0);
	assert_int_equal(strlen(f.field[0]), IMPORT_MAX_LINE);
	/* one byte more: refused */
	assert_int_equal(import_split(line, IMPORT_MAX_LINE + 1, &f, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "longer than 4096 bytes"));
}

static void
test_header(void **state)
{
	static const struct { const char *line; int ok; } cases[] = {
		{ "role,region,years,base_salary,bonus,equity,employment_type,skills,certifications", 1 },
		{ "Role, region ,YEARS,base_salary,bonus,equity,employment_type,skills,\"certifications\"", 1 },
		{ "region,role,years,base_salary,bonus,equity,employment_type,skills,certifications", 0 },
		{ "role,region,years,base_salary,bonus,equity,employment_type,skills", 0 },
		{ "role;region;years;base_salary;bonus;equity;employment_type;skills;certifications", 0 },
		{ "role,region,years,base,bonus,equity,employment_type,skills,certifications", 0 },
	};
	struct import_fields	 f;
	char			 err[IMPORT_MAX_MSG];
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(import_split(cases[i].line, strlen(cases[i].line), &f, err, sizeof(err)), 0);
		if ((import_header_ok(&f) == 0) != cases[i].ok)
			fail_msg("case %zu (%s): expected %s", i, cases[i].line, cases[i].ok ? "ok" : "refused");
	}
}

/* Sorted, as import_validate requires. */
static const char *const roles[] = { "backend-developer", "data-scientist" };
static const char *const regions[] = { "us", "us-ca" };
static const char *const certs[] = { "aws-certified-developer", "cka" };
static char skill_names[45][8];
static const char *skills[45];

static const struct import_lists *
lists(void)
{
	static struct import_lists l;
	size_t	 i;

	/* "s00" .. "s44": enough to go over MAX_SKILLS */
	for (i = 0; i < 45; i++) {
		snprintf(skill_names[i], sizeof(skill_names[i]), "s%02zu", i);
		skills[i] = skill_names[i];
	}
	l.roles = roles;
	l.nroles = 2;
	l.regions = regions;
	l.nregions = 2;
	l.skills = skills;
	l.nskills = 45;
	l.certs = certs;
	l.ncerts = 2;
	return &l;
}

static void
test_validate(void **state)
{
	static const struct {
		const char	*line;
		size_t		 nerr;
		const char	*msg;		/* the first message (exactly), when nerr > 0 */
		int		 years, base, bonus, equity;
		size_t		 nskills, ncerts;
	} cases[] = {
		{ "backend-developer,us,5,120000,,,full-time,s01;s02,", 0, NONE, 5, 120000, 0, 0, 2, 0 },
		{ "data-scientist,us-ca,0,10000,0,0,part-time,,cka", 0, NONE, 0, 10000, 0, 0, 0, 1 },
		{ "backend-developer,us,60,2000000,2000000,5000000,contract,,", 0, NONE, 60, 2000000, 2000000,
		  5000000, 0, 0 },
		{ "backend-developer,us,5,\"$120,000\",\"1,500\",$0,full-time,,", 0, NONE, 5, 120000, 1500, 0, 0, 0 },
		{ " backend-developer , us , 7 , 90000 , , ,full-time, s01 ; s01;;s02 ; ,cka;cka", 0, NONE, 7, 90000,
		  0, 0, 2, 1 },
		{ "backend-developer,us,x,120000,,,full-time,,", 1,
		  "years: must be a whole number from 0 to 60 (got \"x\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,61,120000,,,full-time,,", 1,
		  "years: must be a whole number from 0 to 60 (got \"61\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,-1,120000,,,full-time,,", 1,
		  "years: must be a whole number from 0 to 60 (got \"-1\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,5.5,120000,,,full-time,,", 1,
		  "years: must be a whole number from 0 to 60 (got \"5.5\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,,120000,,,full-time,,", 1,
		  "years: must be a whole number from 0 to 60 (got \"\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,99999999999999999999999,120000,,,full-time,,", 1,
		  "years: must be a whole number from 0 to 60 (got \"99999999999999999999999\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,5,9999,,,full-time,,", 1,
		  "base_salary: must be a whole number of dollars from 10000 to 2000000 (got \"9999\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,5,2000001,,,full-time,,", 1,
		  "base_salary: must be a whole number of dollars from 10000 to 2000000 (got \"2000001\")", 0, 0, 0, 0,
		  0, 0 },
		{ "backend-developer,us,5,\"12,00\",,,full-time,,", 1,
		  "base_salary: must be a whole number of dollars from 10000 to 2000000 (got \"12,00\")", 0, 0, 0, 0, 0,
		  0 },
		{ "backend-developer,us,5,120000.50,,,full-time,,", 1,
		  "base_salary: must be a whole number of dollars from 10000 to 2000000 (got \"120000.50\")", 0, 0, 0,
		  0, 0, 0 },
		{ "backend-developer,us,5,120000,-1,,full-time,,", 1,
		  "bonus: must be empty or a whole number of dollars from 0 to 2000000 (got \"-1\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,5,120000,,5000001,full-time,,", 1,
		  "equity: must be empty or a whole number of dollars from 0 to 5000000 (got \"5000001\")", 0, 0, 0, 0,
		  0, 0 },
		{ "backend-developer,us,5,120000,,,Full-Time,,", 1,
		  "employment_type: must be full-time, part-time or contract (got \"Full-Time\")", 0, 0, 0, 0, 0, 0 },
		{ "frontend-developer,us,5,120000,,,full-time,,", 1,
		  "role: no such role (got \"frontend-developer\")", 0, 0, 0, 0, 0, 0 },
		{ ",us,5,120000,,,full-time,,", 1, "role: missing", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,mars,5,120000,,,full-time,,", 1, "region: no such region (got \"mars\")", 0, 0, 0,
		  0, 0, 0 },
		{ "backend-developer,us,5,120000,,,full-time,s01;nope,", 1, "skills: no such skill \"nope\"", 0, 0, 0,
		  0, 0, 0 },
		{ "backend-developer,us,5,120000,,,full-time,a;b;c;d;e,", 1,
		  "skills: no such skills \"a\", \"b\", \"c\" and 2 more", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,5,120000,,,full-time,,pmp", 1, "certifications: no such certification \"pmp\"",
		  0, 0, 0, 0, 0, 0 },
		/* a terminal escape in a value is shown escaped */
		{ "backend-developer,\"us\x1b[2J\",5,120000,,,full-time,,", 1,
		  "region: no such region (got \"us\\x1b[2J\")", 0, 0, 0, 0, 0, 0 },
		/* every bad field is reported, not only the first */
		{ "nope,nope,x,1,x,x,x,x,x", 9, "role: no such role (got \"nope\")", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,5,120000,,,full-time,", 1, "8 fields, expected 9", 0, 0, 0, 0, 0, 0 },
		{ "backend-developer,us,5,120,000,,,full-time,,", 1,
		  "10 fields, expected 9 (a value with a comma must be in double quotes)", 0, 0, 0, 0, 0, 0 },
		{ "", 1, "1 fields, expected 9", 0, 0, 0, 0, 0, 0 },
	};
	const struct import_lists *l = lists();
	struct import_fields	 f;
	struct import_row	 row;
	struct import_errors	 errs;
	char			 err[IMPORT_MAX_MSG];
	size_t			 i, n;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(import_split(cases[i].line, strlen(cases[i].line), &f, err, sizeof(err)), 0);
		n = import_validate(&f, l, &row, &errs);
		if (n != cases[i].nerr)
			fail_msg("case %zu (%s): %zu errors, expected %zu (first: %s)", i, cases[i].line, n,
			    cases[i].nerr, n > 0 ? errs.msg[0] : "");
		assert_int_equal(errs.n, n);
		if (n > 0) {
			assert_string_equal(errs.msg[0], cases[i].msg);
			continue;
		}
		assert_int_equal(row.years, cases[i].years);
		assert_int_equal(row.base, cases[i].base);
		assert_int_equal(row.bonus, cases[i].bonus);
		assert_int_equal(row.equity, cases[i].equity);
		assert_int_equal(row.nskills, cases[i].nskills);
		assert_int_equal(row.ncerts, cases[i].ncerts);
		assert_non_null(row.role);
		assert_non_null(row.region);
		assert_non_null(row.employment);
	}
}

static void
test_validate_lists(void **state)
{
	const struct import_lists *l = lists();
	struct import_fields	 f;
	struct import_row	 row;
	struct import_errors	 errs;
	char			 line[1024], list[512], err[IMPORT_MAX_MSG];
	size_t			 i, len;

	(void)state;
	/* MAX_SKILLS distinct skills: fine, repeats do not count; one more: refused */
	for (i = 0, len = 0; i < MAX_SKILLS; i++)
		len += (size_t)snprintf(list + len, sizeof(list) - len, "%ss%02zu", i ? ";" : "", i);
	snprintf(line, sizeof(line), "backend-developer,us,5,120000,,,full-time,%s;s00;s01,cka", list);
	assert_int_equal(import_split(line, strlen(line), &f, err, sizeof(err)), 0);
	assert_int_equal(import_validate(&f, l, &row, &errs), 0);
	assert_int_equal(row.nskills, MAX_SKILLS);
	assert_string_equal(row.skills[0], "s00");
	assert_string_equal(row.skills[MAX_SKILLS - 1], "s39");

	snprintf(line, sizeof(line), "backend-developer,us,5,120000,,,full-time,%s;s44,", list);
	assert_int_equal(import_split(line, strlen(line), &f, err, sizeof(err)), 0);
	assert_int_equal(import_validate(&f, l, &row, &errs), 1);
	assert_string_equal(errs.msg[0], "skills: more than 40 (the most one contribution takes)");
}

static void
test_show(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "", "\"\"" },
		{ "plain", "\"plain\"" },
		{ "q\"b\\", "\"q\\\"b\\\\\"" },
		{ "\t\r\x7f\xc3\xa9", "\"\\x09\\x0d\\x7f\\xc3\\xa9\"" },
		{ "0123456789012345678901234567890123456789abc", "\"0123456789012345678901234567890123456789\"..." },
	};
	char	 out[IMPORT_SHOWN_MAX], tiny[4];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		import_show(cases[i].in, out, sizeof(out));
		assert_string_equal(out, cases[i].out);
	}
	/* too small a buffer: an empty string, never an overflow */
	import_show("abc", tiny, sizeof(tiny));
	assert_string_equal(tiny, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_split_bytes),
		cmocka_unit_test(test_header),
		cmocka_unit_test(test_validate),
		cmocka_unit_test(test_validate_lists),
		cmocka_unit_test(test_show),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
