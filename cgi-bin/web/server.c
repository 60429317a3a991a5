/* Front ends: the threaded FastCGI accept loop and the one-shot plain CGI answer. */
#include "config.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <errno.h>
#include <netdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "lib/conf.h"
#include "data/db.h"
#include "lib/log.h"
#include "http/request.h"
#include "web/routes.h"
#include "web/server.h"
#include "data/listener.h"
#include "data/refdata.h"
#include "lib/tmpl.h"
#include "lib/util.h"

/* Release what the request holds above the HTTP layer (its snapshot), then the request itself. */
static void
request_end(struct req *r)
{
	refdata_release(r->ref);
	r->ref = NULL;
	req_reset(r);
}

/* ---- plain CGI ---- */

static const char *
cgi_param(void *ctx, const char *name)
{
	(void)ctx;
	return getenv(name);
}

static size_t
cgi_read(void *ctx, char *buf, size_t len)
{
	(void)ctx;
	return fread(buf, 1, len, stdin);
}

static void
cgi_write(void *ctx, const char *buf, size_t len)
{
	(void)ctx;
	fwrite(buf, 1, len, stdout);
}

int
serve_cgi(const struct config *cfg)
{
	struct io	 io = { cgi_param, cgi_read, cgi_write, NULL };
	struct req	 r;

	memset(&r, 0, sizeof(r));
	arena_init(&r.arena);
	buf_init(&r.headers);
	buf_init(&r.body);
	r.cfg = cfg;
	r.io = &io;
	r.db = db_new(cfg->conninfo);
	request_end(&r);
	route_dispatch(&r);
	fflush(stdout);
	db_free(r.db);
	arena_free(&r.arena);
	buf_free(&r.headers);
	buf_free(&r.body);
	return ferror(stdout) ? 1 : 0;
}

/* ---- FastCGI ---- */

struct worker {
	pthread_t		 tid;
	const struct config	*cfg;
	int			 fd;
};

static pthread_mutex_t	 state_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t	 state_cv = PTHREAD_COND_INITIALIZER;
static int		 stopping;	/* guarded by state_mu */
static size_t		 active;	/* requests in flight, guarded by state_mu */

static const char *
fcgi_param(void *ctx, const char *name)
{
	FCGX_Request	*fr = ctx;

	return FCGX_GetParam(name, fr->envp);
}

static size_t
fcgi_read(void *ctx, char *buf, size_t len)
{
	FCGX_Request	*fr = ctx;
	int		 n;

	if (len > (size_t)INT32_MAX)
		len = INT32_MAX;
	n = FCGX_GetStr(buf, (int)len, fr->in);
	return n > 0 ? (size_t)n : 0;
}

static void
fcgi_write(void *ctx, const char *buf, size_t len)
{
	FCGX_Request	*fr = ctx;

	while (len > 0) {
		int chunk = len > (size_t)INT32_MAX ? INT32_MAX : (int)len;

		if (FCGX_PutStr(buf, chunk, fr->out) != chunk)
			return;	/* client went away: libfcgi notes it, nothing to do */
		buf += chunk;
		len -= (size_t)chunk;
	}
}

static void *
worker_main(void *arg)
{
	struct worker	*w = arg;
	FCGX_Request	 fr;
	struct io	 io = { fcgi_param, fcgi_read, fcgi_write, &fr };
	struct req	 r;
	int		 rc;

	memset(&r, 0, sizeof(r));
	arena_init(&r.arena);
	buf_init(&r.headers);
	buf_init(&r.body);
	r.cfg = w->cfg;
	r.io = &io;
	r.db = db_new(w->cfg->conninfo);
	if (FCGX_InitRequest(&fr, w->fd, 0) != 0) {
		log_err("FCGX_InitRequest failed");
		return NULL;
	}
	for (;;) {
		rc = FCGX_Accept_r(&fr);
		pthread_mutex_lock(&state_mu);
		if (rc < 0 || stopping) {
			pthread_mutex_unlock(&state_mu);
			if (rc >= 0) {
				/* Accepted just as we stop: answer it rather than drop it. */
				request_end(&r);
				route_dispatch(&r);
				FCGX_Finish_r(&fr);
			}
			break;
		}
		active++;
		pthread_mutex_unlock(&state_mu);

		request_end(&r);
		route_dispatch(&r);
		FCGX_Finish_r(&fr);	/* nothing of the request survives this */
		request_end(&r);

		pthread_mutex_lock(&state_mu);
		active--;
		pthread_cond_broadcast(&state_cv);
		pthread_mutex_unlock(&state_mu);
	}
	FCGX_Free(&fr, 0);
	db_free(r.db);
	arena_free(&r.arena);
	buf_free(&r.headers);
	buf_free(&r.body);
	return NULL;
}

/* The listener and cfg->threads workers on fd; how many workers started (0: none, said why). */
static size_t
start_threads(const struct config *cfg, int fd, struct worker *ws, pthread_t *listener)
{
	size_t	 i, started = 0;
	int	 err;

	if ((err = pthread_create(listener, NULL, refdata_listener, (void *)(uintptr_t)cfg->conninfo)) != 0) {
		log_err("pthread_create: %s", strerror(err));
		return 0;
	}
	for (i = 0; i < cfg->threads; i++) {
		ws[i].cfg = cfg;
		ws[i].fd = fd;
		if ((err = pthread_create(&ws[i].tid, NULL, worker_main, &ws[i])) != 0) {
			log_err("pthread_create: %s", strerror(err));
			break;
		}
		started++;
	}
	return started;
}

/* Takes the signals until SIGTERM or SIGINT; SIGHUP reloads the data (listener) and the templates. */
static void
wait_signals(const struct config *cfg, sigset_t *set)
{
	char	 msg[512];
	int	 sig;

	for (;;) {
		if (sigwait(set, &sig) != 0)
			continue;
		if (sig == SIGHUP) {
			refdata_request_reload();	/* the listener loads the data afresh */
			if (tmpl_load(cfg->templates, msg, sizeof(msg)) == 0)
				log_info("templates reloaded from %s", cfg->templates);
			else
				log_err("templates not reloaded, keeping the old ones: %s", msg);
			continue;
		}
		if (sig == SIGTERM || sig == SIGINT)
			return;
	}
}

/* Lets the workers finish what is in flight; on a socket of our own, they all end. */
static void
stop_workers(struct worker *ws, size_t started, int fd, int owned)
{
	struct timespec	 deadline;
	size_t		 i;

	log_info("stopping: finishing requests in flight");
	pthread_mutex_lock(&state_mu);
	stopping = 1;
	pthread_mutex_unlock(&state_mu);
	FCGX_ShutdownPending();
	if (owned) {
		/* Wakes every accept() blocked on our own socket. */
		shutdown(fd, SHUT_RDWR);
		for (i = 0; i < started; i++)
			pthread_join(ws[i].tid, NULL);
		return;
	}
	/*
	 * The socket on fd 0 may be shared with sibling processes (spawn-fcgi -F,
	 * mod_fcgid): shutting it down would stop them too.  Wait for our requests
	 * in flight, then exit with the idle workers still blocked in accept().
	 */
	clock_gettime(CLOCK_REALTIME, &deadline);
	deadline.tv_sec += 30;
	pthread_mutex_lock(&state_mu);
	while (active > 0)
		if (pthread_cond_timedwait(&state_cv, &state_mu, &deadline) == ETIMEDOUT)
			break;
	pthread_mutex_unlock(&state_mu);
}

int
serve_fastcgi(const struct config *cfg, int fd, int owned)
{
	struct worker	*ws;
	sigset_t	 set;
	size_t		 started;
	pthread_t	 listener;

	/* Workers never see signals: main takes them with sigwait. */
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);

	ws = xcalloc(cfg->threads, sizeof(*ws));
	if ((started = start_threads(cfg, fd, ws, &listener)) == 0) {
		free(ws);
		return 1;
	}
	log_info("serving FastCGI with %zu threads", started);
	wait_signals(cfg, &set);
	stop_workers(ws, started, fd, owned);
	free(ws);
	refdata_listener_stop();
	pthread_join(listener, NULL);
	log_info("stopped");
	return 0;
}
