/* payband-admin: messages, running SQL, connecting, tables on a terminal: what every command uses. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "admin/admin.h"
#include "lib/log.h"
#include "lib/num.h"

void
say(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	log_write("payband-admin", LOG_MAX_MESSAGE, 0, fmt, ap);
	va_end(ap);
}

/* Says what failed in a result that is not what we wanted, with a hint where one helps. */
void
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
PGresult *
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
int
run_cmd(PGconn *conn, const char *what, const char *sql)
{
	PGresult	*res;

	if ((res = run(conn, what, PGRES_COMMAND_OK, sql, 0, NULL)) == NULL)
		return -1;
	PQclear(res);
	return 0;
}

PGconn *
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
void
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

int
finish_output(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		say("writing the output failed: %s", strerror(errno));
		return 1;
	}
	return 0;
}

/* A contribution id: digits only, 1 .. LLONG_MAX. */
int
parse_id(const char *s, long long *out)
{
	unsigned long long	 v;

	if (num_parse(s, 10, 1, LLONG_MAX, &v) != NUM_OK)
		return -1;
	*out = (long long)v;
	return 0;
}

/* A count from the command line: digits only, 1 .. max. */
int
parse_count(const char *s, long max, long *out)
{
	unsigned long long	 v;

	if (num_parse(s, 10, 1, (unsigned long long)max, &v) != NUM_OK)
		return -1;
	*out = (long)v;
	return 0;
}

/*
 * Prints the rows of res: on a terminal an aligned table and a count;
 * otherwise tab-separated for scripts, with the same header. Clears res.
 * Exit status.
 */
int
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

