/* payband: options and environment, then FastCGI (socket or fd 0) or plain CGI. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "lib/conf.h"
#include "http/bounds.h"
#include "core/rules.h"
#include "lib/log.h"
#include "lib/num.h"
#include "web/server.h"
#include "lib/tmpl.h"
#include "core/token.h"
#include "lib/util.h"

#ifndef PAYBAND_TEMPLATE_DIR
#define PAYBAND_TEMPLATE_DIR "templates"
#endif

static void
usage(FILE *f)
{
	fprintf(f,
	    "usage: payband [options]\n"
	    "  -l, --listen unix:PATH|HOST:PORT  FastCGI socket to create (default: the socket on\n"
	    "                                    fd 0, or plain CGI when there is none)\n"
	    "  -m, --socket-mode MODE            permissions of a unix socket (octal, default 0660)\n"
	    "      --allow-any-address           allow --listen on 0.0.0.0 or ::\n"
	    "  -t, --threads N                   worker threads and database connections (default %u)\n"
	    "  -T, --templates DIR               template directory (default %s)\n"
	    "  -b, --base PATH                   URL prefix payband is mounted under (default none)\n"
	    "  -d, --db CONNINFO                 libpq connection string (default: PG* variables)\n"
	    "  -r, --rate-limit N                contributions one client may send per 10 minutes\n"
	    "                                    (default %d)\n"
	    "  -s, --secret-file FILE            key for form tokens and client hashes (default: random\n"
	    "                                    per process; set it when several processes serve)\n"
	    "  -h, --help\n"
	    "Environment: PAYBAND_LISTEN, PAYBAND_SOCKET_MODE, PAYBAND_THREADS, PAYBAND_TEMPLATES,\n"
	    "PAYBAND_BASE, PAYBAND_DB, PAYBAND_SECRET_FILE, PAYBAND_RATE_LIMIT, and libpq's PGHOST, PGPORT, PGDATABASE, PGUSER, ...\n"
	    "Signals: TERM/INT finish requests in flight and exit; HUP reloads the templates and the data.\n",
	    DEFAULT_THREADS, PAYBAND_TEMPLATE_DIR, RATE_LIMIT);
}

/* An unsigned number in [min, max] in the given base; -1 if not one. */
static int
parse_uint(const char *s, unsigned base, unsigned long min, unsigned long max, unsigned long *out)
{
	unsigned long long	 v;

	if (s == NULL || num_parse(s, base, min, max, &v) != NUM_OK)
		return -1;
	*out = (unsigned long)v;
	return 0;
}

/* "/payband/" -> "/payband"; "/" -> "". Returns NULL if not a path. */
static const char *
normalize_base(const char *b)
{
	char	*s;
	size_t	 len;

	if (b == NULL || b[0] == '\0')
		return "";
	if (b[0] != '/' || strpbrk(b, "?#\"'<> \r\n") != NULL)
		return NULL;
	s = xstrdup(b);
	len = strlen(s);
	while (len > 0 && s[len - 1] == '/')
		s[--len] = '\0';
	return s;
}

static const char *
env_or(const char *name, const char *def)
{
	const char	*v = getenv(name);

	return v != NULL && v[0] != '\0' ? v : def;
}

/* The options as text, from the environment and then the command line, before they are checked. */
struct options {
	const char	*threads, *mode, *base, *secret, *rate;
};

/* Reads the environment, then the command line over it.  -1 to go on, else the exit status (usage printed). */
static int
read_options(int argc, char *argv[], struct config *cfg, struct options *o)
{
	static const struct option opts[] = {
		{ "listen",		required_argument,	NULL, 'l' },
		{ "socket-mode",	required_argument,	NULL, 'm' },
		{ "allow-any-address",	no_argument,		NULL, 'A' },
		{ "threads",		required_argument,	NULL, 't' },
		{ "templates",		required_argument,	NULL, 'T' },
		{ "base",		required_argument,	NULL, 'b' },
		{ "db",			required_argument,	NULL, 'd' },
		{ "secret-file",	required_argument,	NULL, 's' },
		{ "rate-limit",		required_argument,	NULL, 'r' },
		{ "help",		no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int	 ch;

	cfg->listen = env_or("PAYBAND_LISTEN", NULL);
	o->mode = env_or("PAYBAND_SOCKET_MODE", "0660");
	o->threads = env_or("PAYBAND_THREADS", NULL);
	cfg->templates = env_or("PAYBAND_TEMPLATES", PAYBAND_TEMPLATE_DIR);
	o->base = env_or("PAYBAND_BASE", "");
	cfg->conninfo = env_or("PAYBAND_DB", "");
	o->secret = env_or("PAYBAND_SECRET_FILE", NULL);
	o->rate = env_or("PAYBAND_RATE_LIMIT", NULL);
	while ((ch = getopt_long(argc, argv, "l:m:t:T:b:d:s:r:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'l': cfg->listen = optarg; break;
		case 'm': o->mode = optarg; break;
		case 'A': cfg->allow_any = 1; break;
		case 't': o->threads = optarg; break;
		case 'T': cfg->templates = optarg; break;
		case 'b': o->base = optarg; break;
		case 'd': cfg->conninfo = optarg; break;
		case 's': o->secret = optarg; break;
		case 'r': o->rate = optarg; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind != argc) {
		usage(stderr);
		return 2;
	}
	return -1;
}

/* Checks the options' values into cfg: 0, or 2 (said why). */
static int
check_options(struct config *cfg, const struct options *o)
{
	unsigned long	 v;

	cfg->threads = DEFAULT_THREADS;
	if (o->threads != NULL) {
		if (parse_uint(o->threads, 10, 1, MAX_THREADS, &v) == -1) {
			log_err("threads: expected a whole number from 1 to %u", MAX_THREADS);
			return 2;
		}
		cfg->threads = v;
	}
	cfg->rate_limit = RATE_LIMIT;
	if (o->rate != NULL) {
		if (parse_uint(o->rate, 10, 1, 1000000, &v) == -1) {
			log_err("rate limit: expected a whole number from 1 to 1000000");
			return 2;
		}
		cfg->rate_limit = (int)v;
	}
	if (parse_uint(o->mode, 8, 0, 0777, &v) == -1) {
		log_err("socket mode: expected an octal mode such as 0660");
		return 2;
	}
	cfg->socket_mode = (unsigned)v;
	if ((cfg->base = normalize_base(o->base)) == NULL) {
		log_err("base: expected a path starting with '/'");
		return 2;
	}
	return 0;
}

/* The form key, the templates, libfcgi: 0, or 1 (said why). */
static int
start(const struct config *cfg, const char *secret)
{
	char	 err[512];

	if (token_init(secret, err, sizeof(err)) == -1) {
		log_err("%s", err);
		return 1;
	}
	if (secret == NULL && (cfg->listen != NULL || !FCGX_IsCGI()))
		log_info("no --secret-file: form tokens are valid for this process only");
	if (tmpl_load(cfg->templates, err, sizeof(err)) == -1) {
		log_err("%s", err);
		return 1;
	}
	if (FCGX_Init() != 0) {
		log_err("FCGX_Init failed");
		return 1;
	}
	return 0;
}

/* Serves on a socket of our own (--listen), as plain CGI, or on the socket we were handed.  Exit status. */
static int
serve(const struct config *cfg)
{
	int	 fd, rc, owned = 0;

	if (cfg->listen != NULL) {
		if ((fd = listen_open(cfg)) == -1)
			return 1;
		owned = 1;
	} else if (FCGX_IsCGI())
		return serve_cgi(cfg);
	else
		fd = 0;		/* a web server or spawn-fcgi handed us the socket */
	rc = serve_fastcgi(cfg, fd, owned);
	if (owned) {
		close(fd);
		if (strncmp(cfg->listen, "unix:", 5) == 0)
			unlink(cfg->listen + 5);
		else if (cfg->listen[0] == '/')
			unlink(cfg->listen);
	}
	return rc;
}

int
main(int argc, char *argv[])
{
	struct config	 cfg;
	struct options	 o;
	int		 rc;

	memset(&cfg, 0, sizeof(cfg));
	if ((rc = read_options(argc, argv, &cfg, &o)) != -1 || (rc = check_options(&cfg, &o)) != 0 ||
	    (rc = start(&cfg, o.secret)) != 0)
		return rc;
	rc = serve(&cfg);
	tmpl_shutdown();
	return rc;
}
