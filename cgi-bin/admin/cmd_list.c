/* payband-admin held, recent, show: contributions, listed or one by one. */
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
#include "core/token.h"

int
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
	    SQL_HELD, 0, NULL);
	return res == NULL ? 1 : print_table(res, &t);
}

int
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
	    SQL_RECENT, 1, vals);
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

int
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
	if (receipt_id(argv[0], admin_secret_file, &id) != 0)
		return 1;
	snprintf(idtext, sizeof(idtext), "%lld", id);
	vals[0] = idtext;
	res = run(conn, "reading the contribution", PGRES_TUPLES_OK,
	    SQL_SHOW, 1, vals);
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
