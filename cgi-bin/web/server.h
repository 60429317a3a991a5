/* Front ends: the threaded FastCGI accept loop and the one-shot plain CGI answer. */
#ifndef PAYBAND_SERVER_H
#define PAYBAND_SERVER_H

#include "lib/conf.h"

/* Serve FastCGI on listen_fd until SIGTERM/SIGINT; SIGHUP reloads the templates and the data. Exit status. */
int	 serve_fastcgi(const struct config *, int listen_fd, int owned);
/* Answer the one request in the environment on stdout.  Returns exit status. */
int	 serve_cgi(const struct config *);
/* Open the socket named by --listen; returns the fd or -1 (message logged). */
int	 listen_open(const struct config *);

#endif
