/* Inside the data layer: the statements, the connection and the helpers its files share (not for other layers). */
#ifndef PAYBAND_DB_INT_H
#define PAYBAND_DB_INT_H

#include <stddef.h>

#include <libpq-fe.h>

#include "data/db.h"
#include "lib/util.h"

/* The named statements (statements.c). */
enum stmt {
	ST_PING,
	ST_ROLES,
	ST_REGIONS,
	ST_SKILLS,
	ST_CERTIFICATIONS,
	ST_SUBMIT,
	ST_RECEIPT,
	ST_CROWD,
	ST_LOAD_FIRST,		/* the bulk loads, in the order of enum db_bulk */
	ST_LOAD_LAST = ST_LOAD_FIRST + DBB__MAX - 1,
	ST__MAX
};

struct stmt_def {
	const char	*name;
	int		 nparams;
	const char	*sql;
};

extern const struct stmt_def stmts[ST__MAX];

struct db {
	char		*conninfo;
	PGconn		*conn;
	unsigned char	 prepared[ST__MAX];	/* prepared on this connection yet? */
};

/* Connects if needed and prepares st on first use: DB_OK, DB_UNAVAILABLE or DB_ERROR. */
enum db_status	 db_ensure(struct db *, enum stmt);
/* Closes the connection (the next use reconnects). */
void		 db_close(struct db *);
/* Counts one statement sent (db_statements). */
void		 db_count_statement(void);
/* Runs a prepared statement: the result (the caller clears it), or NULL with *status set. */
PGresult	*db_run(struct db *, enum stmt, const char *const *params, enum db_status *status);

/* Values of a result: a string in the arena (NULL for SQL NULL), a whole number (NUM_NONE), a double (NAN). */
const char	*db_str(struct arena *, const PGresult *, int row, int col);
long long	 db_num(const PGresult *, int row, int col);
double		 db_dbl(const PGresult *, int row, int col);
int		 db_boolean(const PGresult *, int row, int col);

/* Crowd figures from column c on (db_load.c; db_crowd_figures uses it too). */
void		 parse_crowd(struct arena *, const PGresult *, int i, int c, void *out);

#endif
