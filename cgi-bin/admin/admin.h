/* payband-admin: what its commands share (messages, SQL, tables on a terminal), and the commands. */
#ifndef PAYBAND_ADMIN_H
#define PAYBAND_ADMIN_H

#include <libpq-fe.h>

#include "lib/util.h"

#define EXIT_USAGE	2
/* PostgreSQL's OID of bytea, for the one binary parameter (the file, to md5). */
#define BYTEAOID		17
/* payband-admin recent: how many contributions by default, and at most. */
#define RECENT_DEFAULT		20
#define RECENT_MAX		10000
/* The role payband-admin connects as unless PGUSER or PAYBAND_OWNER says otherwise. */
#define OWNER_DEFAULT		"payband_owner"

/* PAYBAND_SECRET_FILE, from the environment or the settings file (NULL: none); for show's receipts. */
extern const char *admin_secret_file;

/* "payband-admin: MESSAGE" on stderr, one line: control bytes (from files or the server) escaped. */
void		 say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Says what failed in a result that is not what we wanted, with a hint where one helps. */
void		 say_result(const char *what, PGconn *, const PGresult *);
/* Runs sql with text parameters; the result when its status is want, else NULL (said why). */
PGresult	*run(PGconn *, const char *what, ExecStatusType want, const char *sql, int n,
		    const char *const *vals);
/* Runs a statement that returns no rows; 0 or -1. */
int		 run_cmd(PGconn *, const char *what, const char *sql);
/* Connects (conninfo NULL: libpq's PG* variables); NULL when it cannot (said why). */
PGconn		*connect_db(const char *conninfo);
/* Writes a value in a table cell: control characters become spaces (the value stays one cell, one line). */
void		 put_cell(const char *s, int width, int right);
/* Flushes standard output: 0, or 1 when writing failed (said). */
int		 finish_output(void);
/* A contribution id: digits only, 1 .. LLONG_MAX.  0 or -1. */
int		 parse_id(const char *, long long *);
/* A count: digits only, 1 .. max.  0 or -1. */
int		 parse_count(const char *, long max, long *);

/* A table of contributions: its columns' names and which align right (numbers). */
struct table {
	const char *const	*head;
	const int		*right;
	int			 ncol;
	const char		*what;		/* "(N what)" under the table on a terminal */
};

/* Prints the rows of res (an aligned table on a terminal, else tab-separated); clears res.  Exit status. */
int		 print_table(PGresult *, const struct table *);
/* The short usage on stderr; EXIT_USAGE. */
int		 usage_error(void);

/* The commands (one file each: cmd_NAME.c).  Exit status: 0 done, 1 errors, 2 usage. */
int		 cmd_held(PGconn *, int argc, char **argv);
int		 cmd_recent(PGconn *, int argc, char **argv);
int		 cmd_show(PGconn *, int argc, char **argv);
int		 cmd_accept(PGconn *, int argc, char **argv);
int		 cmd_reject(PGconn *, int argc, char **argv);
int		 cmd_export(PGconn *, int argc, char **argv);
/* argv: options [--folds K] [--boot B] [--seed S]. */
int		 cmd_fit(PGconn *, int argc, char **argv);
/* Reads the file before it connects, hence the connection string. */
int		 cmd_import(const char *conninfo, int argc, char **argv);

#endif
