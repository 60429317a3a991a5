/* The reference snapshot's listener thread (one, with its own connection): keeps the snapshot current. */
#ifndef PAYBAND_LISTENER_H
#define PAYBAND_LISTENER_H

/* The thread's body (pthread_create): conninfo is the libpq connection string.  Runs until refdata_listener_stop. */
void	*refdata_listener(void *conninfo);
/* Asks the thread to end (it looks at least every 250 ms). */
void	 refdata_listener_stop(void);
/* Asks the thread to load the data afresh (SIGHUP). */
void	 refdata_request_reload(void);

#endif
