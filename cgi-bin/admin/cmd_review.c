/* payband-admin accept, reject: review contributions, each id in its own transaction. */
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
		    SQL_REVIEW, 2, vals);
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

int
cmd_accept(PGconn *conn, int argc, char **argv)
{
	return review(conn, argc, argv, "accepted");
}

int
cmd_reject(PGconn *conn, int argc, char **argv)
{
	return review(conn, argc, argv, "rejected");
}
