/* payband-admin export: the crowd figures per role and region as CSV, under the privacy rule of the SQL. */
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
#include "admin/sql.h"
#include "lib/csv.h"
#include "lib/num.h"

int
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
	    SQL_EXPORT, 0, NULL);
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
			long long		 v = NUM_NONE;
			unsigned long long	 u;

			if (!PQgetisnull(res, i, j)) {
				if (num_parse(PQgetvalue(res, i, j), 10, 0, LLONG_MAX, &u) == NUM_OK)
					v = (long long)u;
				else {
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
