/* payband-admin import: check every line of a CSV file of contributions, then store them in one transaction. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "admin/admin.h"
#include "admin/sql.h"
#include "core/importcsv.h"

/*
 * Largest import file: about 600,000 lines of 100 bytes. The file is read
 * whole: validated in a first pass, stored in a second, and its md5 keys its
 * lines. Split bigger files.
 */
#define MAX_IMPORT_BYTES	(64ul * 1024 * 1024)
/* Stored lines between two progress updates on a terminal. */
#define PROGRESS_EVERY		100ul

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

/* The md5 of the file, as the database computes it (the lines' keys derive from it); 0 or -1 (said why). */
static int
file_digest(PGconn *conn, const char *data, size_t len, char digest[33])
{
	const Oid	 bytea_type[1] = { BYTEAOID };
	const int	 binary[1] = { 1 };
	int		 blen[1];
	const char	*vals[1];
	PGresult	*res;

	/* the file as bytea: whatever bytes it holds (MAX_IMPORT_BYTES fits an int) */
	vals[0] = data;
	blen[0] = (int)len;
	res = PQexecParams(conn, SQL_FILE_DIGEST, 1, bytea_type, vals, blen, binary, 0);
	if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1
	    || PQgetlength(res, 0, 0) != 32) {
		say_result("digest of the file", conn, res);
		PQclear(res);
		return -1;
	}
	memcpy(digest, PQgetvalue(res, 0, 0), 33);
	PQclear(res);
	return 0;
}

/* Stores one valid line (its number lineno) with the prepared import_line, and counts it; 0 or -1 (said why). */
static int
store_line(PGconn *conn, const char *digest, unsigned long lineno, const struct import_row *row,
    struct buf *skills, struct buf *certs, struct tally *t)
{
	const char	*vals[11];
	char		 num[5][24], where[32];
	PGresult	*res;

	snprintf(num[0], sizeof(num[0]), "%lu", lineno);
	snprintf(num[1], sizeof(num[1]), "%d", row->years);
	snprintf(num[2], sizeof(num[2]), "%d", row->base);
	snprintf(num[3], sizeof(num[3]), "%d", row->bonus);
	snprintf(num[4], sizeof(num[4]), "%d", row->equity);
	buf_text_array(skills, row->skills, row->nskills);
	buf_text_array(certs, row->certs, row->ncerts);
	vals[0] = digest;
	vals[1] = num[0];
	vals[2] = row->role;
	vals[3] = row->region;
	vals[4] = num[1];
	vals[5] = num[2];
	vals[6] = num[3];
	vals[7] = num[4];
	vals[8] = row->employment;
	vals[9] = skills->data;
	vals[10] = certs->data;
	res = PQexecPrepared(conn, "import_line", 11, vals, NULL, NULL, 0);
	if (res == NULL || PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		if (isatty(STDERR_FILENO))
			fputc('\n', stderr);
		snprintf(where, sizeof(where), "line %lu", lineno);
		say_result(where, conn, res);
		PQclear(res);
		return -1;
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
	return 0;
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
	const char	*line;
	char		 digest[33];
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
	if (file_digest(conn, data, len, digest) != 0)
		goto out;
	if (run_cmd(conn, "starting the transaction", "BEGIN") != 0)
		goto out;
	res = PQprepare(conn, "import_line", SQL_IMPORT_LINE, 11, NULL);
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
		if (store_line(conn, digest, it.lineno, &row, &skills, &certs, t) != 0)
			goto rollback;
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
	import_header_text(&head);
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

int
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
	if (load_slugs(conn, &a, SQL_ROLE_SLUGS, &lists.roles, &lists.nroles) == 0
	    && load_slugs(conn, &a, SQL_REGION_SLUGS, &lists.regions, &lists.nregions) == 0
	    && load_slugs(conn, &a, SQL_SKILL_SLUGS, &lists.skills, &lists.nskills) == 0
	    && load_slugs(conn, &a, SQL_CERT_SLUGS, &lists.certs, &lists.ncerts) == 0)
		rc = import_data(conn, &lists, path, file.data != NULL ? file.data : "", file.len, commit_valid);
	arena_free(&a);
	PQfinish(conn);
	buf_free(&file);
	if (fflush(stdout) != 0)
		rc = 1;
	return rc;
}
