/*
 * bench/noop.c: a FastCGI responder that does nothing, the baseline bench/run compares payband's pages to.
 * Same front end as payband (cgi-bin/web/server.c): libfcgi, FCGX_Init once, N threads each with its own FCGX_Request
 * in FCGX_Accept_r on one unix socket (socket/bind/chmod/listen(SOMAXCONN), as payband's --listen unix:PATH does),
 * signals blocked in the workers and taken with sigwait in main. Every request is answered
 *   Status: 200 OK / Content-Type: text/plain / "ok\n"
 * without reading its parameters or body.
 *
 * Usage: noop SOCKET-PATH THREADS
 * SIGTERM/SIGINT: stop accepting (shutdown of the listening socket wakes every blocked accept), finish the
 * requests in flight, remove the socket file, exit 0.
 *
 * Build (bench/run does): cc -O2 -o noop bench/noop.c -lfcgi -pthread
 */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcgiapp.h>

#define MAX_THREADS 256

static const char answer[] = "Status: 200 OK\r\nContent-Type: text/plain\r\n\r\nok\n";

static int listen_fd = -1;

static void *
worker(void *arg)
{
	FCGX_Request	 r;

	(void)arg;
	if (FCGX_InitRequest(&r, listen_fd, 0) != 0) {
		fprintf(stderr, "noop: FCGX_InitRequest failed\n");
		return NULL;
	}
	while (FCGX_Accept_r(&r) >= 0) {
		FCGX_PutStr(answer, (int)sizeof(answer) - 1, r.out);
		FCGX_Finish_r(&r);
	}
	FCGX_Free(&r, 1);
	return NULL;
}

static int
listen_unix(const char *path)
{
	struct sockaddr_un	 sun;
	int			 fd;

	if (strlen(path) >= sizeof(sun.sun_path)) {
		fprintf(stderr, "noop: socket path too long: %s\n", path);
		return -1;
	}
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, path, strlen(path) + 1);
	unlink(path);
	if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) == -1) {
		fprintf(stderr, "noop: socket: %s\n", strerror(errno));
		return -1;
	}
	if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
		fprintf(stderr, "noop: bind %s: %s\n", path, strerror(errno));
		close(fd);
		return -1;
	}
	/* nginx workers run as nobody: let them connect. */
	if (chmod(path, 0666) == -1)
		fprintf(stderr, "noop: chmod %s: %s\n", path, strerror(errno));
	if (listen(fd, SOMAXCONN) == -1) {
		fprintf(stderr, "noop: listen %s: %s\n", path, strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	return fd;
}

int
main(int argc, char **argv)
{
	pthread_t	 tids[MAX_THREADS];
	sigset_t	 set;
	char		*end;
	long		 n;
	int		 i, started = 0, sig, err;

	if (argc != 3) {
		fprintf(stderr, "usage: noop SOCKET-PATH THREADS\n");
		return 2;
	}
	n = strtol(argv[2], &end, 10);
	if (*argv[2] == '\0' || *end != '\0' || n < 1 || n > MAX_THREADS) {
		fprintf(stderr, "noop: THREADS must be 1..%d\n", MAX_THREADS);
		return 2;
	}
	if (FCGX_Init() != 0) {
		fprintf(stderr, "noop: FCGX_Init failed\n");
		return 1;
	}
	if ((listen_fd = listen_unix(argv[1])) == -1)
		return 1;

	/* Workers never see these signals: main takes them with sigwait. */
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);

	for (i = 0; i < n; i++) {
		if ((err = pthread_create(&tids[i], NULL, worker, NULL)) != 0) {
			fprintf(stderr, "noop: pthread_create: %s\n", strerror(err));
			break;
		}
		started++;
	}
	if (started == 0) {
		unlink(argv[1]);
		return 1;
	}
	fprintf(stderr, "noop: serving %s with %d threads\n", argv[1], started);

	for (;;) {
		if (sigwait(&set, &sig) != 0)
			continue;
		if (sig == SIGTERM || sig == SIGINT)
			break;
	}
	FCGX_ShutdownPending();
	shutdown(listen_fd, SHUT_RDWR);	/* wakes every accept() blocked on it */
	for (i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	close(listen_fd);
	unlink(argv[1]);
	fprintf(stderr, "noop: stopped\n");
	return 0;
}
