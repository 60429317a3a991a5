/* Run-time configuration from the command line and the environment. */
#ifndef PAYBAND_CONF_H
#define PAYBAND_CONF_H

#include <stddef.h>

struct config {
	const char	*listen;	/* "unix:PATH", "HOST:PORT" or NULL for fd 0 / CGI */
	unsigned	 socket_mode;	/* permissions of a unix socket we create */
	int		 allow_any;	/* allow binding 0.0.0.0 / :: */
	size_t		 threads;
	const char	*templates;	/* template directory */
	const char	*base;		/* mount prefix without trailing '/', "" at the root */
	const char	*conninfo;	/* libpq conninfo; "" = PG* environment */
	int		 rate_limit;	/* contributions per client per RATE_WINDOW */
};

#endif
