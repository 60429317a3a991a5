/* The listening socket of --listen: a unix socket (with its mode) or a TCP address (loopback unless allowed). */
#include "config.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "lib/conf.h"
#include "lib/log.h"
#include "web/server.h"

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
