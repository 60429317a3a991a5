/* payband-admin: the database owner's tool: review and show contributions, import them from CSV, export the crowd figures, fit the model. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "admin/admin_fit.h"
#include "lib/csv.h"
#include "data/db.h"
#include "core/importcsv.h"
#include "lib/settings.h"
#include "core/token.h"
#include "lib/util.h"

#define EXIT_USAGE	2
/*
 * Largest import file: about 600,000 lines of 100 bytes. The file is read
 * whole: validated in a first pass, stored in a second, and its md5 keys its
 * lines. Split bigger files.
 */
#define MAX_IMPORT_BYTES	(64ul * 1024 * 1024)
/* Stored lines between two progress updates on a terminal. */
#define PROGRESS_EVERY		100ul
/* Longest message line we print; longer ones are cut. */
#define MAX_MESSAGE		2048
/* PostgreSQL's OID of bytea, for the one binary parameter (the file, to md5). */
#define BYTEAOID		17
/* payband-admin recent: how many contributions by default, and at most. */
#define RECENT_DEFAULT		20
#define RECENT_MAX		10000
/* The role payband-admin connects as unless PGUSER or PAYBAND_OWNER says otherwise. */
#define OWNER_DEFAULT		"payband_owner"

static const char *progname = "payband-admin";

/* "payband-admin: MESSAGE" on stderr, one line: control bytes (from files or the server) escaped. */
static void
say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
say(const char *fmt, ...)
{
	char		 raw[MAX_MESSAGE];
	struct buf	 b;
	va_list		 ap;
	size_t		 i, n;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	/* libpq's messages end in a newline */
	for (n = strlen(raw); n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == ' '); n--)
		raw[n - 1] = '\0';
	buf_init(&b);
	buf_printf(&b, "%s: ", progname);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)raw[i];

		if (c < 0x20 || c == 0x7f)
			buf_printf(&b, "\\x%02x", c);
		else
			buf_putc(&b, (char)c);
	}
	buf_putc(&b, '\n');
	fwrite(b.data, 1, b.len, stderr);
	buf_free(&b);
}

/* Says what failed in a result that is not what we wanted, with a hint where one helps. */
static void
say_result(const char *what, PGconn *conn, const PGresult *res)
{
	const char	*msg, *detail, *state;

	if (res == NULL) {
		say("%s: %s", what, PQerrorMessage(conn));
		return;
	}
	msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	if (msg == NULL) {
		say("%s: unexpected result %s", what, PQresStatus(PQresultStatus(res)));
		return;
	}
	say("%s: %s%s%s%s", what, msg, detail ? " (" : "", detail ? detail : "", detail ? ")" : "");
	/* insufficient_privilege, undefined_function / undefined_table: the wrong role or database */
	if (state != NULL && (strcmp(state, "42501") == 0 || strcmp(state, "42883") == 0
	    || strcmp(state, "42P01") == 0))
		say("hint: connect as the database owner, payband_owner (PAYBAND_OWNER), in payband's database");
}

/* Runs sql with parameters (text; or as given), and returns the result when its status is want, else NULL. */
static PGresult *
run(PGconn *conn, const char *what, ExecStatusType want, const char *sql, int n, const char *const *vals)
{
	PGresult	*res;

	res = PQexecParams(conn, sql, n, NULL, vals, NULL, NULL, 0);
	if (res == NULL || PQresultStatus(res) != want) {
		say_result(what, conn, res);
		PQclear(res);
		return NULL;
	}
	return res;
}

/* Runs a statement that returns no rows; 0 or -1. */
static int
run_cmd(PGconn *conn, const char *what, const char *sql)
{
	PGresult	*res;

	if ((res = run(conn, what, PGRES_COMMAND_OK, sql, 0, NULL)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

static PGconn *
connect_db(const char *conninfo)
{
	const char *const keys[] = { "dbname", "fallback_application_name", "client_encoding", NULL };
	const char *const vals[] = { conninfo != NULL ? conninfo : "", "payband-admin", "UTF8", NULL };
	PGconn		*conn;

	/* expand_dbname: -d takes a whole connection string; without it, libpq's PG* variables */
	if ((conn = PQconnectdbParams(keys, vals, 1)) == NULL) {
		say("out of memory");
		return NULL;
	}
	if (PQstatus(conn) != CONNECTION_OK) {
		say("cannot connect to the database: %s", PQerrorMessage(conn));
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

/* Writes a value in a table cell: control characters become spaces (the value stays one cell, one line). */
static void
put_cell(const char *s, int width, int right)
{
	int	 len = (int)strlen(s), i;

	if (right)
		for (i = len; i < width; i++)
			putchar(' ');
	for (; *s != '\0'; s++)
		putchar((unsigned char)*s < 0x20 || *s == 0x7f ? ' ' : *s);
	if (!right)
		for (i = len; i < width; i++)
			putchar(' ');
}

static int
finish_output(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		say("writing the output failed: %s", strerror(errno));
		return 1;
	}
	return 0;
}

static int	parse_id(const char *, long long *);

/* ---- held, recent, show: contributions ----------------------------------- */

/* A table of contributions: its columns' names and which align right (numbers). */
struct table {
	const char *const	*head;
	const int		*right;
	int			 ncol;
	const char		*what;		/* "(N what)" under the table on a terminal */
};

#define CONTRIBUTION_FROM \
	" FROM contributions c JOIN roles r ON r.id = c.role_id JOIN regions g ON g.id = c.region_id"
#define UTC_TIME(col)	"to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"')"

/*
 * Prints the rows of res: on a terminal an aligned table and a count;
 * otherwise tab-separated for scripts, with the same header. Clears res.
 * Exit status.
 */
static int
print_table(PGresult *res, const struct table *t)
{
	int		 width[16], nrows, i, j, tty = isatty(STDOUT_FILENO);

	if (PQnfields(res) != t->ncol || t->ncol > (int)(sizeof(width) / sizeof(width[0]))) {
		say("listing %s contributions: %d columns, expected %d", t->what, PQnfields(res), t->ncol);
		PQclear(res);
		return 1;
	}
	nrows = PQntuples(res);
	for (j = 0; j < t->ncol; j++) {
		width[j] = (int)strlen(t->head[j]);
		for (i = 0; tty && i < nrows; i++)
			if (PQgetlength(res, i, j) > width[j])
				width[j] = PQgetlength(res, i, j);
	}
	for (i = -1; i < nrows; i++) {
		for (j = 0; j < t->ncol; j++) {
			const char *v = i < 0 ? t->head[j] : PQgetvalue(res, i, j);

			if (j > 0)
				fputs(tty ? "  " : "\t", stdout);
			put_cell(v, tty && j < t->ncol - 1 ? width[j] : 0, tty && t->right[j]);
		}
		putchar('\n');
	}
	if (tty)
		printf("(%d %s)\n", nrows, t->what);
	PQclear(res);
	return finish_output();
}

static int
cmd_held(PGconn *conn, int argc, char **argv)
{
	static const char *const head[] = { "id", "created_at", "role", "region", "years", "base", "bonus",
	    "equity", "employment", "hold_reason" };
	static const int right[] = { 1, 0, 0, 0, 1, 1, 1, 1, 0, 0 };
	static const struct table t = { head, right, (int)(sizeof(head) / sizeof(head[0])), "held" };
	PGresult	*res;

	(void)argc;
	(void)argv;
	res = run(conn, "listing held contributions", PGRES_TUPLES_OK,
	    "SELECT c.id, " UTC_TIME("c.created_at") ", r.slug, g.slug, c.years, c.base_salary, c.bonus,"
	    " c.equity, c.employment_type, c.hold_reason" CONTRIBUTION_FROM
	    " WHERE c.status = 'held' ORDER BY c.id", 0, NULL);
	return res == NULL ? 1 : print_table(res, &t);
}

/* A count from the command line: digits only, 1 .. max. */
static int
parse_count(const char *s, long max, long *out)
{
	char	*end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtol(s, &end, 10);
	return *end != '\0' || errno == ERANGE || *out < 1 || *out > max ? -1 : 0;
}

static int
cmd_recent(PGconn *conn, int argc, char **argv)
{
	static const char *const head[] = { "id", "created_at", "status", "role", "region", "years", "base",
	    "bonus", "equity", "employment", "source", "hold_reason" };
	static const int right[] = { 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0 };
	static const struct table t = { head, right, (int)(sizeof(head) / sizeof(head[0])), "recent" };
	const char	*vals[1];
	char		 limit[24];
	PGresult	*res;
	long		 n = RECENT_DEFAULT;

	if (argc > 0 && parse_count(argv[0], RECENT_MAX, &n) != 0) {
		char	 shown[IMPORT_SHOWN_MAX];

		import_show(argv[0], shown, sizeof(shown));
		say("recent: %s is not a count from 1 to %d", shown, RECENT_MAX);
		return EXIT_USAGE;
	}
	snprintf(limit, sizeof(limit), "%ld", n);
	vals[0] = limit;
	res = run(conn, "listing recent contributions", PGRES_TUPLES_OK,
	    "SELECT c.id, " UTC_TIME("c.created_at") ", c.status, r.slug, g.slug, c.years, c.base_salary,"
	    " c.bonus, c.equity, c.employment_type, c.source, c.hold_reason" CONTRIBUTION_FROM
	    " ORDER BY c.id DESC LIMIT $1::int", 1, vals);
	return res == NULL ? 1 : print_table(res, &t);
}

/*
 * The contribution id in what the operator pasted: a receipt "ID.MAC" (as the
 * thank-you page shows it, or its whole URL), or a bare id. A MAC is checked
 * against the site's key when the key file can be read. 0, or -1 (said why).
 */
static int
receipt_id(const char *arg, const char *secret_file, long long *id)
{
	char		 shown[IMPORT_SHOWN_MAX], err[256], receipt[96];
	const char	*p = strstr(arg, "receipt="), *dot;
	size_t		 n;

	p = p != NULL ? p + strlen("receipt=") : arg;
	n = strcspn(p, "&#");
	import_show(arg, shown, sizeof(shown));
	if (n == 0 || n >= sizeof(receipt)) {
		say("%s is not a receipt or a contribution id", shown);
		return -1;
	}
	memcpy(receipt, p, n);
	receipt[n] = '\0';
	if ((dot = strchr(receipt, '.')) == NULL) {
		if (parse_id(receipt, id) != 0) {
			say("%s is not a receipt or a contribution id", shown);
			return -1;
		}
		return 0;
	}
	if (secret_file == NULL || secret_file[0] == '\0' || token_init(secret_file, err, sizeof(err)) != 0) {
		/* the owner may read every row anyway: the MAC only stops the public from guessing ids */
		if (secret_file == NULL || secret_file[0] == '\0')
			say("note: no PAYBAND_SECRET_FILE: the receipt's MAC is not checked");
		else
			say("note: %s: the receipt's MAC is not checked", err);
		receipt[dot - receipt] = '\0';
		if (parse_id(receipt, id) != 0) {
			say("%s is not a receipt or a contribution id", shown);
			return -1;
		}
		return 0;
	}
	if ((*id = token_receipt_id(receipt)) < 0) {
		say("%s is not a receipt of this site: its MAC does not match the key in %s", shown, secret_file);
		return -1;
	}
	return 0;
}

static const char *secret_file_setting;

static int
cmd_show(PGconn *conn, int argc, char **argv)
{
	static const char *const label[] = { "id", "created_at", "status", "role", "region", "years",
	    "base_salary", "bonus", "equity", "employment", "source", "hold_reason", "total_comp", "reviewed_at",
	    "role_title", "region_name", "skills", "certifications" };
	enum { NCOL = sizeof(label) / sizeof(label[0]) };
	const char	*vals[1];
	char		 idtext[32];
	long long	 id;
	PGresult	*res;
	int		 j;

	(void)argc;
	if (receipt_id(argv[0], secret_file_setting, &id) != 0)
		return 1;
	snprintf(idtext, sizeof(idtext), "%lld", id);
	vals[0] = idtext;
	res = run(conn, "reading the contribution", PGRES_TUPLES_OK,
	    "SELECT c.id, " UTC_TIME("c.created_at") ", c.status, r.slug, g.slug, c.years, c.base_salary,"
	    " c.bonus, c.equity, c.employment_type, c.source, c.hold_reason, c.total_comp,"
	    " " UTC_TIME("c.reviewed_at") ", r.title, g.name,"
	    " (SELECT string_agg(s.slug, ' ' ORDER BY s.slug) FROM contribution_skills cs"
	    "  JOIN skills s ON s.id = cs.skill_id WHERE cs.contribution_id = c.id),"
	    " (SELECT string_agg(k.slug, ' ' ORDER BY k.slug) FROM contribution_certifications cc"
	    "  JOIN certifications k ON k.id = cc.certification_id WHERE cc.contribution_id = c.id)"
	    CONTRIBUTION_FROM " WHERE c.id = $1::bigint", 1, vals);
	if (res == NULL)
		return 1;
	if (PQnfields(res) != NCOL) {
		say("reading the contribution: %d columns, expected %d", PQnfields(res), (int)NCOL);
		PQclear(res);
		return 1;
	}
	if (PQntuples(res) != 1) {
		say("no contribution %lld", id);
		PQclear(res);
		return 1;
	}
	/* one "name  value" line each; an empty value is "-" */
	for (j = 0; j < NCOL; j++) {
		printf("%-16s", label[j]);
		put_cell(PQgetisnull(res, 0, j) || PQgetvalue(res, 0, j)[0] == '\0' ? "-" : PQgetvalue(res, 0, j),
		    0, 0);
		putchar('\n');
	}
	PQclear(res);
	return finish_output();
}

/* ---- accept / reject ----------------------------------------------------- */

/* A contribution id: digits only, 1 .. LLONG_MAX. */
static int
parse_id(const char *s, long long *out)
{
	char	*end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtoll(s, &end, 10);
	return *end != '\0' || errno == ERANGE || *out < 1 ? -1 : 0;
}

static int
review(PGconn *conn, int argc, char **argv, const char *status)
{
	const char	*vals[2];
	char		 idtext[32];
	PGresult	*res;
	long long	 id;
	int		 i, rc = 0;

	for (i = 0; i < argc; i++) {
		char	 shown[IMPORT_SHOWN_MAX];

		if (parse_id(argv[i], &id) != 0) {
			import_show(argv[i], shown, sizeof(shown));
			say("%s is not a contribution id", shown);
			rc = 1;
			continue;
		}
		snprintf(idtext, sizeof(idtext), "%lld", id);
		vals[0] = idtext;
		vals[1] = status;
		/* each id in its own transaction: one that fails leaves the others done */
		snprintf(shown, sizeof(shown), "%lld", id);
		res = run(conn, shown, PGRES_TUPLES_OK,
		    "SELECT previous_status, status FROM contribution_review($1::bigint, $2)", 2, vals);
		if (res == NULL) {
			rc = 1;
			continue;
		}
		if (PQntuples(res) != 1) {
			say("%lld: no answer from contribution_review", id);
			rc = 1;
		} else if (strcmp(PQgetvalue(res, 0, 0), PQgetvalue(res, 0, 1)) == 0)
			printf("%lld: already %s\n", id, PQgetvalue(res, 0, 1));
		else
			printf("%lld: %s -> %s\n", id, PQgetvalue(res, 0, 0), PQgetvalue(res, 0, 1));
		PQclear(res);
	}
	return finish_output() || rc;
}

static int
cmd_accept(PGconn *conn, int argc, char **argv)
{
	return review(conn, argc, argv, "accepted");
}

static int
cmd_reject(PGconn *conn, int argc, char **argv)
{
	return review(conn, argc, argv, "rejected");
}

/* ---- export -------------------------------------------------------------- */

static int
cmd_export(PGconn *conn, int argc, char **argv)
{
	static const char *const head[] = {
		"role", "region", "n", "median", "p25", "p75", "p10", "p90", "median_rounded_to"
	};
	enum { NCOL = sizeof(head) / sizeof(head[0]) };
	struct buf	 b;
	PGresult	*res;
	int		 i, j, rc = 0;

	(void)argc;
	(void)argv;
	res = run(conn, "reading v_crowd_export", PGRES_TUPLES_OK,
	    "SELECT role_slug, region_slug, n, median, p25, p75, p10, p90, median_rounded_to"
	    " FROM v_crowd_export"
	    " ORDER BY role_slug, region_slug", 0, NULL);
	if (res == NULL)
		return 1;
	if (PQnfields(res) != NCOL) {
		say("reading v_crowd_export: %d columns, expected %d", PQnfields(res), (int)NCOL);
		PQclear(res);
		return 1;
	}
	buf_init(&b);
	for (j = 0; j < NCOL; j++)
		csv_text(&b, head[j], j == 0);
	csv_end(&b);
	for (i = 0; i < PQntuples(res) && rc == 0; i++) {
		csv_text(&b, PQgetvalue(res, i, 0), 1);
		csv_text(&b, PQgetvalue(res, i, 1), 0);
		for (j = 2; j < NCOL; j++) {
			long long	 v = NUM_NONE;
			char		*end;

			if (!PQgetisnull(res, i, j)) {
				errno = 0;
				v = strtoll(PQgetvalue(res, i, j), &end, 10);
				if (*end != '\0' || errno == ERANGE || v < 0) {
					say("v_crowd_export: %s is not a count or an amount", head[j]);
					rc = 1;
				}
			}
			csv_num(&b, v, 0);
		}
		csv_end(&b);
		/* a bounded buffer, whatever the number of cells */
		if (b.len > 65536) {
			fwrite(b.data, 1, b.len, stdout);
			buf_reset(&b);
		}
	}
	if (rc == 0)
		fwrite(b.data, 1, b.len, stdout);
	buf_free(&b);
	PQclear(res);
	return finish_output() || rc;
}

/* ---- import -------------------------------------------------------------- */

/* The lines of a file in memory; the line end (LF or CRLF) is not part of a line. */
struct lines {
	const char	*data;
	size_t		 len, pos;
	unsigned long	 lineno;	/* of the line last returned, from 1 */
};

static int
next_line(struct lines *it, const char **line, size_t *len)
{
	const char	*s, *nl;
	size_t		 n;

	if (it->pos >= it->len)
		return 0;
	s = it->data + it->pos;
	nl = memchr(s, '\n', it->len - it->pos);
	n = nl != NULL ? (size_t)(nl - s) : it->len - it->pos;
	it->pos += n + (nl != NULL);
	it->lineno++;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	*line = s;
	*len = n;
	return 1;
}

static int
blank(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n == 0;
}

/* Reads path ("-": standard input) whole into b; 0, or -1 with the reason said. */
static int
read_file(const char *path, struct buf *b)
{
	char	 chunk[65536];
	FILE	*fp;
	size_t	 n;
	int	 rc = 0;

	if (strcmp(path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(path, "rb")) == NULL) {
		say("%s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		if (b->len + n > MAX_IMPORT_BYTES) {
			say("%s: larger than %lu MiB: split it into smaller files", path, MAX_IMPORT_BYTES >> 20);
			rc = -1;
			break;
		}
		buf_append(b, chunk, n);
	}
	if (rc == 0 && ferror(fp)) {
		say("%s: %s", path, strerror(errno));
		rc = -1;
	}
	if (fp != stdin)
		fclose(fp);
	return rc;
}

static int
cmp_slug(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The slugs of one reference table, sorted for import_validate's bsearch; 0 or -1. */
static int
load_slugs(PGconn *conn, struct arena *a, const char *sql, const char *const **out, size_t *n)
{
	PGresult	*res;
	const char	**v;
	int		 i;

	if ((res = run(conn, "reading the reference lists", PGRES_TUPLES_OK, sql, 0, NULL)) == NULL)
		return -1;
	v = arena_calloc(a, (size_t)PQntuples(res) + 1, sizeof(*v));
	for (i = 0; i < PQntuples(res); i++)
		v[i] = arena_strdup(a, PQgetvalue(res, i, 0));
	*n = (size_t)PQntuples(res);
	qsort(v, *n, sizeof(*v), cmp_slug);
	*out = v;
	PQclear(res);
	return 0;
}

/* A text[] literal: every element double-quoted, '"' and '\' escaped (whatever the slugs hold). */
static void
text_array(struct buf *b, const char *const *v, size_t n)
{
	size_t		 i;
	const char	*p;

	buf_reset(b);
	buf_putc(b, '{');
	for (i = 0; i < n; i++) {
		buf_puts(b, i > 0 ? ",\"" : "\"");
		for (p = v[i]; *p != '\0'; p++) {
			if (*p == '"' || *p == '\\')
				buf_putc(b, '\\');
			buf_putc(b, *p);
		}
		buf_putc(b, '"');
	}
	buf_putc(b, '}');
}

/* Splits and validates one line; the number of messages in errs (0: row is valid). */
static size_t
check_line(const char *line, size_t n, const struct import_lists *l, struct import_fields *f,
    struct import_row *row, struct import_errors *errs)
{
	if (import_split(line, n, f, errs->msg[0], sizeof(errs->msg[0])) != 0) {
		errs->n = 1;
		return 1;
	}
	return import_validate(f, l, row, errs);
}

struct tally {
	unsigned long	 lines, errors, stored, accepted, held, duplicates;
};

static void
summary(const struct tally *t)
{
	printf("%lu lines: %lu stored (%lu accepted, %lu held), %lu errors", t->lines, t->stored, t->accepted,
	    t->held, t->errors);
	if (t->duplicates > 0)
		printf(", %lu already imported (by an earlier import of this same file)", t->duplicates);
	putchar('\n');
}

/* The column names joined by commas, as the header line must be. */
static void
header_text(struct buf *b)
{
	size_t	 i;

	for (i = 0; i < IMPORT_COL__MAX; i++) {
		if (i > 0)
			buf_putc(b, ',');
		buf_puts(b, import_columns[i]);
	}
}

/*
 * Stores the valid lines of data in one transaction: every line or none. A
 * line's idempotency key is md5(md5 of the file ':' line number), so importing
 * the same file again stores nothing twice. 0 or -1 (rolled back, said why).
 * XXX: a corrected file is a new file: after --commit-valid, import the fixed
 * lines on their own, not the whole file again (a key from the line's content
 * alone would fold two people who report the same pay).
 */
static int
store_lines(PGconn *conn, const struct import_lists *l, const char *data, size_t len, unsigned long nvalid,
    struct tally *t)
{
	static const char sql[] =
	    "SELECT id, status, duplicate FROM import_contribution(md5($1::text || ':' || $2::text)::uuid,"
	    " $3, $4, $5::int, $6::int, $7::int, $8::int, $9, $10::text[], $11::text[])";
	const Oid	 bytea_type[1] = { BYTEAOID };
	const int	 binary[1] = { 1 };
	int		 blen[1];
	const char	*vals[11], *line;
	char		 digest[33], num[5][24], where[32];
	struct lines	 it = { data, len, 0, 0 };
	struct import_fields *f = xmalloc(sizeof(*f));
	struct import_row row;
	struct import_errors errs;
	struct buf	 skills, certs;
	PGresult	*res;
	size_t		 n;
	unsigned long	 done = 0;
	int		 tty = isatty(STDERR_FILENO), rc = -1;

	buf_init(&skills);
	buf_init(&certs);
	/* the file as bytea: whatever bytes it holds (MAX_IMPORT_BYTES fits an int) */
	vals[0] = data;
	blen[0] = (int)len;
	res = PQexecParams(conn, "SELECT md5($1)", 1, bytea_type, vals, blen, binary, 0);
	if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1
	    || PQgetlength(res, 0, 0) != 32) {
		say_result("digest of the file", conn, res);
		PQclear(res);
		goto out;
	}
	memcpy(digest, PQgetvalue(res, 0, 0), 33);
	PQclear(res);

	if (run_cmd(conn, "starting the transaction", "BEGIN") != 0)
		goto out;
	res = PQprepare(conn, "import_line", sql, 11, NULL);
	if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK) {
		say_result("preparing the import", conn, res);
		PQclear(res);
		goto rollback;
	}
	PQclear(res);

	next_line(&it, &line, &n);	/* the header */
	while (next_line(&it, &line, &n)) {
		if (blank(line, n) || check_line(line, n, l, f, &row, &errs) > 0)
			continue;
		snprintf(num[0], sizeof(num[0]), "%lu", it.lineno);
		snprintf(num[1], sizeof(num[1]), "%d", row.years);
		snprintf(num[2], sizeof(num[2]), "%d", row.base);
		snprintf(num[3], sizeof(num[3]), "%d", row.bonus);
		snprintf(num[4], sizeof(num[4]), "%d", row.equity);
		text_array(&skills, row.skills, row.nskills);
		text_array(&certs, row.certs, row.ncerts);
		vals[0] = digest;
		vals[1] = num[0];
		vals[2] = row.role;
		vals[3] = row.region;
		vals[4] = num[1];
		vals[5] = num[2];
		vals[6] = num[3];
		vals[7] = num[4];
		vals[8] = row.employment;
		vals[9] = skills.data;
		vals[10] = certs.data;
		res = PQexecPrepared(conn, "import_line", 11, vals, NULL, NULL, 0);
		if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
			if (tty)
				fputc('\n', stderr);
			snprintf(where, sizeof(where), "line %lu", it.lineno);
			say_result(where, conn, res);
			PQclear(res);
			goto rollback;
		}
		if (strcmp(PQgetvalue(res, 0, 2), "t") == 0)
			t->duplicates++;
		else {
			t->stored++;
			if (strcmp(PQgetvalue(res, 0, 1), "held") == 0)
				t->held++;
			else
				t->accepted++;
		}
		PQclear(res);
		done++;
		if (tty && (done % PROGRESS_EVERY == 0 || done == nvalid))
			fprintf(stderr, "\r  %lu/%lu lines", done, nvalid);
	}
	if (tty)
		fputc('\n', stderr);
	if (run_cmd(conn, "committing", "COMMIT") != 0)
		goto failed;
	rc = 0;
	goto out;
rollback:
	/* if even this fails, the server rolls back when we disconnect */
	(void)run_cmd(conn, "rolling back", "ROLLBACK");
failed:
	t->stored = t->accepted = t->held = t->duplicates = 0;
	say("nothing was stored");
out:
	buf_free(&skills);
	buf_free(&certs);
	free(f);
	return rc;
}

/* Checks every line of data, says what is wrong with each, then stores (see usage). Exit status. */
static int
import_data(PGconn *conn, const struct import_lists *l, const char *path, const char *data, size_t len,
    int commit_valid)
{
	struct lines	 it = { data, len, 0, 0 };
	struct import_fields *f = xmalloc(sizeof(*f));
	struct import_row row;
	struct import_errors errs;
	struct tally	 t;
	struct buf	 head;
	const char	*line;
	size_t		 n, i;
	int		 rc = 1;

	memset(&t, 0, sizeof(t));
	buf_init(&head);
	header_text(&head);
	if (!next_line(&it, &line, &n)) {
		say("%s: empty: the first line must be the header %s", path, head.data);
		goto out;
	}
	/* a spreadsheet's UTF-8 byte order mark */
	if (n >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
		line += 3;
		n -= 3;
	}
	if (import_split(line, n, f, errs.msg[0], sizeof(errs.msg[0])) != 0 || import_header_ok(f) != 0) {
		say("%s: line 1: the header must be %s", path, head.data);
		goto out;
	}
	while (next_line(&it, &line, &n)) {
		if (blank(line, n))
			continue;
		t.lines++;
		if (check_line(line, n, l, f, &row, &errs) == 0)
			continue;
		t.errors++;
		for (i = 0; i < errs.n; i++)
			fprintf(stderr, "line %lu: %s\n", it.lineno, errs.msg[i]);
	}
	if (t.errors > 0 && !commit_valid) {
		printf("%lu lines: 0 stored, %lu errors (nothing stored: correct the lines above, or give "
		    "--commit-valid to store the %lu valid lines only)\n", t.lines, t.errors, t.lines - t.errors);
		goto out;
	}
	if (t.lines > t.errors && store_lines(conn, l, data, len, t.lines - t.errors, &t) != 0) {
		summary(&t);
		goto out;
	}
	summary(&t);
	rc = t.errors > 0;
out:
	buf_free(&head);
	free(f);
	return rc;
}

static int
usage_error(void);

static int
cmd_import(const char *conninfo, int argc, char **argv)
{
	struct import_lists	 lists;
	struct arena		 a;
	struct buf		 file;
	const char		*path = NULL;
	PGconn			*conn;
	int			 i, commit_valid = 0, rc = 1, dashdash = 0;

	for (i = 0; i < argc; i++) {
		if (!dashdash && strcmp(argv[i], "--commit-valid") == 0)
			commit_valid = 1;
		else if (!dashdash && strcmp(argv[i], "--") == 0)
			dashdash = 1;
		else if (!dashdash && argv[i][0] == '-' && argv[i][1] != '\0')
			return usage_error();
		else if (path == NULL)
			path = argv[i];
		else
			return usage_error();
	}
	if (path == NULL)
		return usage_error();

	buf_init(&file);
	if (read_file(path, &file) != 0) {
		buf_free(&file);
		return 1;
	}
	if ((conn = connect_db(conninfo)) == NULL) {
		buf_free(&file);
		return 1;
	}
	/* the tables themselves: exactly what contribution_store() accepts */
	arena_init(&a);
	memset(&lists, 0, sizeof(lists));
	if (load_slugs(conn, &a, "SELECT slug FROM roles", &lists.roles, &lists.nroles) == 0
	    && load_slugs(conn, &a, "SELECT slug FROM regions", &lists.regions, &lists.nregions) == 0
	    && load_slugs(conn, &a, "SELECT slug FROM skills", &lists.skills, &lists.nskills) == 0
	    && load_slugs(conn, &a, "SELECT slug FROM certifications", &lists.certs, &lists.ncerts) == 0)
		rc = import_data(conn, &lists, path, file.data != NULL ? file.data : "", file.len, commit_valid);
	arena_free(&a);
	PQfinish(conn);
	buf_free(&file);
	if (fflush(stdout) != 0)
		rc = 1;
	return rc;
}

/* ---- settings -------------------------------------------------------------- */

/* What the settings file says beyond libpq's variables. */
struct admin_settings {
	char	*owner;
	char	*secret_file;
};

/* set: the variable is set and not empty (an empty one counts as unset) */
static int
set(const char *name)
{
	const char	*v = getenv(name);

	return v != NULL && v[0] != '\0';
}

static void
take_setting(const char *name, const char *value, void *arg)
{
	struct admin_settings	*a = arg;

	if (strcmp(name, "PAYBAND_OWNER") == 0) {
		free(a->owner);
		a->owner = xstrdup(value);
	} else if (strcmp(name, "PAYBAND_SECRET_FILE") == 0) {
		free(a->secret_file);
		a->secret_file = xstrdup(value);
	} else if (strncmp(name, "PG", 2) == 0 && strcmp(name, "PGUSER") != 0 && strcmp(name, "PGPASSFILE") != 0
	    && strcmp(name, "PGPASSWORD") != 0 && !set(name) && value[0] != '\0')
		/* the environment wins; PGUSER and the password are the web program's */
		setenv(name, value, 1);
}

/*
 * The connection: libpq's PG* variables from the environment, else from the
 * settings file (PAYBAND_DEFAULTS, default /etc/default/payband, empty: none),
 * as the role PGUSER of the environment, else PAYBAND_OWNER, else
 * payband_owner. 0, or -1 when a settings file there is cannot be read.
 */
static int
load_settings(void)
{
	struct admin_settings	 a = { NULL, NULL };
	const char		*path = getenv("PAYBAND_DEFAULTS");
	int			 named = path != NULL, rc = 0;

	if (path == NULL)
		path = SETTINGS_FILE;
	if (path[0] != '\0' && settings_read(path, take_setting, &a) != 0 && (named || errno != ENOENT)) {
		say("cannot read the settings file %s: %s", path, strerror(errno));
		rc = -1;
	}
	if (!set("PGUSER"))
		setenv("PGUSER", set("PAYBAND_OWNER") ? getenv("PAYBAND_OWNER")
		    : a.owner != NULL && a.owner[0] != '\0' ? a.owner : OWNER_DEFAULT, 1);
	if (set("PAYBAND_SECRET_FILE"))
		secret_file_setting = xstrdup(getenv("PAYBAND_SECRET_FILE"));
	else if (a.secret_file != NULL && a.secret_file[0] != '\0')
		secret_file_setting = xstrdup(a.secret_file);
	free(a.owner);
	free(a.secret_file);
	return rc;
}

/* ---- main ---------------------------------------------------------------- */

static int
with_db(const char *conninfo, int argc, char **argv, int (*fn)(PGconn *, int, char **))
{
	PGconn	*conn;
	int	 rc;

	if ((conn = connect_db(conninfo)) == NULL)
		return 1;
	rc = fn(conn, argc, argv);
	PQfinish(conn);
	return rc;
}

static int
run_held(const char *conninfo, int argc, char **argv)
{
	return with_db(conninfo, argc, argv, cmd_held);
}

static int
run_recent(const char *conninfo, int argc, char **argv)
{
	return with_db(conninfo, argc, argv, cmd_recent);
}

static int
run_show(const char *conninfo, int argc, char **argv)
{
	return with_db(conninfo, argc, argv, cmd_show);
}

static int
run_accept(const char *conninfo, int argc, char **argv)
{
	return with_db(conninfo, argc, argv, cmd_accept);
}

static int
run_reject(const char *conninfo, int argc, char **argv)
{
	return with_db(conninfo, argc, argv, cmd_reject);
}

static int
run_export(const char *conninfo, int argc, char **argv)
{
	return with_db(conninfo, argc, argv, cmd_export);
}

static int
run_fit(const char *conninfo, int argc, char **argv)
{
	return with_db(conninfo, argc, argv, admin_fit);
}

static const struct command {
	const char	*name;
	const char	*args;
	const char	*help;		/* lines separated by '\n' */
	int		 min_args, max_args;	/* max -1: any number */
	int		(*run)(const char *conninfo, int argc, char **argv);
} commands[] = {
	{ "held", "", "list the contributions held for review", 0, 0, run_held },
	{ "recent", "[N]", "list the N newest contributions (default 20), any status", 0, 1, run_recent },
	{ "show", "RECEIPT", "show one contribution: the receipt from its thank-you page\n"
	    "(ID.MAC, or the page's URL), or its id", 1, 1, run_show },
	{ "accept", "ID...", "accept held contributions: they count from now on", 1, -1, run_accept },
	{ "reject", "ID...", "reject held or accepted contributions (a rejection is final)", 1, -1, run_reject },
	{ "import", "FILE.csv [--commit-valid]", "check every line of a CSV file (- for standard input), then\n"
	    "store them all in one transaction; any bad line stores nothing,\n"
	    "unless --commit-valid is given: then the valid lines are stored", 1, 2, cmd_import },
	{ "export", "", "crowd figures per role and region, as CSV on standard output", 0, 0, run_export },
	{ "fit", "[--folds K] [--boot B] [--seed S]", "fit the pay model on the survey data and store it\n"
	    "(k-fold choice of the penalty, bootstrap intervals, held-out\n"
	    "validation); the web program reads the newest fit", 0, 6, run_fit },
};

#define HELP_COLUMN 30

static void
usage(FILE *fp)
{
	struct buf	 head;
	const char	*p;
	size_t		 i;
	int		 w;

	buf_init(&head);
	header_text(&head);
	fprintf(fp, "usage: %s [-d CONNINFO] COMMAND [ARGUMENTS]\n\n", progname);
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		w = fprintf(fp, "  %s %s", commands[i].name, commands[i].args);
		if (w >= HELP_COLUMN) {
			fputc('\n', fp);
			w = 0;
		}
		fprintf(fp, "%*s", HELP_COLUMN - w, "");
		for (p = commands[i].help; *p != '\0'; p++) {
			fputc(*p, fp);
			if (*p == '\n')
				fprintf(fp, "%*s", HELP_COLUMN, "");
		}
		fputc('\n', fp);
	}
	fprintf(fp, "\nThe CSV file starts with the header line\n  %s\n"
	    "Skills and certifications are ';'-separated slugs; an empty bonus or equity is 0.\n"
	    "Connects as the database owner: the role PAYBAND_OWNER (default payband_owner; PGUSER\n"
	    "wins), with the database, host and port of libpq's PG* variables, else of the settings\n"
	    "file (PAYBAND_DEFAULTS, default /etc/default/payband), or -d CONNINFO.\n"
	    "Exit status: 0 done, 1 errors, 2 usage.\n", head.data);
	buf_free(&head);
}

static int
usage_error(void)
{
	fprintf(stderr, "usage: %s [-d CONNINFO] held | recent [N] | show RECEIPT | accept ID... | reject ID... | "
	    "import FILE.csv [--commit-valid] | export | fit\n(%s -h explains)\n", progname, progname);
	return EXIT_USAGE;
}

int
main(int argc, char *argv[])
{
	const struct command	*cmd = NULL;
	const char		*conninfo = NULL;
	size_t			 i;
	int			 ch, nargs;

	/* '+': options end at the command; its own arguments follow it */
	while ((ch = getopt(argc, argv, "+d:h")) != -1) {
		switch (ch) {
		case 'd':
			conninfo = optarg;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			return usage_error();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		return usage_error();
	if (strcmp(argv[0], "help") == 0 || strcmp(argv[0], "--help") == 0) {
		usage(stdout);
		return 0;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[0], commands[i].name) == 0)
			cmd = &commands[i];
	nargs = argc - 1;
	if (cmd == NULL || nargs < cmd->min_args || (cmd->max_args >= 0 && nargs > cmd->max_args)) {
		if (cmd == NULL) {
			char	 shown[IMPORT_SHOWN_MAX];

			import_show(argv[0], shown, sizeof(shown));
			say("unknown command %s", shown);
		}
		return usage_error();
	}
	if (load_settings() != 0)
		return 1;
	return cmd->run(conninfo, nargs, argv + 1);
}
