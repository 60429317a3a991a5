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

/*
 * The listener: one thread with its own connection that keeps the snapshot current.  It loads
 * the reference data at start, reloads it on NOTIFY payband_reload and on SIGHUP, refreshes one
 * cell's crowd figures on NOTIFY payband_crowd ('role region'), and after a lost connection
 * reloads everything (notifications sent meanwhile are lost with it).
 */
static atomic_int	 listener_stop, reload_requested;

static void *
listener_main(void *arg)
{
	static const char *const channels[] = { "payband_reload", "payband_crowd", NULL };
	const struct config	*cfg = arg;
	struct db		*db = db_new(cfg->conninfo);
	char			 channel[64], payload[256], *sp;
	int			 listening = 0, need_reload = 1, rc, waited = 0;

	while (!atomic_load(&listener_stop)) {
		if (atomic_exchange(&reload_requested, 0))
			need_reload = 1;
		if (!listening) {
			if (db_listen(db, channels) != DB_OK) {
				/* the database is away: reads go on from the snapshot; try again in a second */
				if (waited++ % 30 == 0)
					log_err("notifications: cannot listen; serving the data in memory");
				usleep(1000 * 1000);
				continue;
			}
			listening = 1;
			waited = 0;
			need_reload = 1;	/* what changed while we were not listening */
		}
		if (need_reload) {
			if (refdata_reload(db) == DB_OK)
				need_reload = 0;
			else {
				listening = 0;
				continue;
			}
		}
		rc = db_wait_notify(db, 250, channel, sizeof(channel), payload, sizeof(payload));
		if (rc < 0) {
			listening = 0;
			continue;
		}
		if (rc == 0)
			continue;
		if (strcmp(channel, "payband_reload") == 0)
			need_reload = 1;
		else if (strcmp(channel, "payband_crowd") == 0 && (sp = strchr(payload, ' ')) != NULL) {
			*sp = '\0';
			if (crowd_refresh(db, payload, sp + 1) != DB_OK)
				need_reload = 1;
		}
	}
	db_free(db);
	return NULL;
}

int
serve_fastcgi(const struct config *cfg, int fd, int owned)
{
	struct worker	*ws;
	sigset_t	 set;
	size_t		 i, started = 0;
	int		 sig, err;
	char		 msg[512];
	struct timespec	 deadline;
	pthread_t	 listener;

	/* Workers never see signals: main takes them with sigwait. */
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);

	if ((err = pthread_create(&listener, NULL, listener_main, (void *)(uintptr_t)cfg)) != 0) {
		log_err("pthread_create: %s", strerror(err));
		return 1;
	}
	ws = xcalloc(cfg->threads, sizeof(*ws));
	for (i = 0; i < cfg->threads; i++) {
		ws[i].cfg = cfg;
		ws[i].fd = fd;
		if ((err = pthread_create(&ws[i].tid, NULL, worker_main, &ws[i])) != 0) {
			log_err("pthread_create: %s", strerror(err));
			break;
		}
		started++;
	}
	if (started == 0) {
		free(ws);
		return 1;
	}
	log_info("serving FastCGI with %zu threads", started);

	for (;;) {
		if (sigwait(&set, &sig) != 0)
			continue;
		if (sig == SIGHUP) {
			atomic_store(&reload_requested, 1);	/* the listener loads the data afresh */
			if (tmpl_load(cfg->templates, msg, sizeof(msg)) == 0)
				log_info("templates reloaded from %s", cfg->templates);
			else
				log_err("templates not reloaded, keeping the old ones: %s", msg);
			continue;
		}
		if (sig == SIGTERM || sig == SIGINT)
			break;
	}

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
	} else {
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
	free(ws);
	atomic_store(&listener_stop, 1);
	pthread_join(listener, NULL);
	log_info("stopped");
	return 0;
}

/* ---- listening socket ---- */

static int
listen_unix(const struct config *cfg, const char *path)
{
	struct sockaddr_un	 sun;
	int			 fd, probe;

	if (strlen(path) >= sizeof(sun.sun_path)) {
		log_err("socket path too long: %s", path);
		return -1;
	}
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, path, strlen(path) + 1);

	/* Never steal a live socket from another instance; a stale file is replaced. */
	if ((probe = socket(AF_UNIX, SOCK_STREAM, 0)) != -1) {
		if (connect(probe, (struct sockaddr *)&sun, sizeof(sun)) == 0) {
			close(probe);
			log_err("%s: another program is listening there", path);
			return -1;
		}
		close(probe);
	}
	unlink(path);
	if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) == -1) {
		log_err("socket: %s", strerror(errno));
		return -1;
	}
	if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		log_err("bind %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	if (chmod(path, (mode_t)cfg->socket_mode) == -1)
		log_err("chmod %s: %s", path, strerror(errno));
	if (listen(fd, SOMAXCONN) == -1) {
		log_err("listen %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

static int
listen_tcp(const struct config *cfg, const char *spec)
{
	char			 host[256];
	const char		*colon = strrchr(spec, ':'), *h;
	struct addrinfo		 hints, *res, *ai;
	int			 fd = -1, one = 1, err;
	size_t			 hlen;

	if (colon == NULL || colon[1] == '\0') {
		log_err("--listen %s: expected unix:PATH or HOST:PORT", spec);
		return -1;
	}
	hlen = (size_t)(colon - spec);
	if (hlen >= sizeof(host)) {
		log_err("--listen: host too long");
		return -1;
	}
	memcpy(host, spec, hlen);
	host[hlen] = '\0';
	h = host;
	if (hlen >= 2 && host[0] == '[' && host[hlen - 1] == ']') {
		host[hlen - 1] = '\0';
		h = host + 1;
	}
	if (h[0] == '\0' || strcmp(h, "0.0.0.0") == 0 || strcmp(h, "::") == 0 ||
	    strcmp(h, "*") == 0) {
		if (!cfg->allow_any) {
			log_err("--listen %s would accept FastCGI from every network; "
			    "give an address, or add --allow-any-address", spec);
			return -1;
		}
		if (h[0] == '\0' || strcmp(h, "*") == 0)
			h = NULL;
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	if ((err = getaddrinfo(h, colon + 1, &hints, &res)) != 0) {
		log_err("--listen %s: %s", spec, gai_strerror(err));
		return -1;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		if ((fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol)) == -1)
			continue;
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, SOMAXCONN) == 0)
			break;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd == -1)
		log_err("--listen %s: cannot bind: %s", spec, strerror(errno));
	return fd;
}

int
listen_open(const struct config *cfg)
{
	if (strncmp(cfg->listen, "unix:", 5) == 0)
		return listen_unix(cfg, cfg->listen + 5);
	if (cfg->listen[0] == '/')
		return listen_unix(cfg, cfg->listen);
	return listen_tcp(cfg, cfg->listen);
}
