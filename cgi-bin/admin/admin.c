/* payband-admin: the database owner's tool: the command table, its settings, its usage.  One file per command: cmd_*.c. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "admin/admin.h"
#include "core/importcsv.h"
#include "lib/settings.h"

static const char *progname = "payband-admin";
const char *admin_secret_file;

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
		admin_secret_file = xstrdup(getenv("PAYBAND_SECRET_FILE"));
	else if (a.secret_file != NULL && a.secret_file[0] != '\0')
		admin_secret_file = xstrdup(a.secret_file);
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
	return with_db(conninfo, argc, argv, cmd_fit);
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
	import_header_text(&head);
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

int
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
