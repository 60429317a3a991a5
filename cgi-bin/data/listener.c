/* The reference snapshot's listener thread: loads the data, reloads it on NOTIFY and SIGHUP, refreshes crowd cells. */
#include "config.h"

#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

#include "data/db.h"
#include "data/listener.h"
#include "data/refdata.h"
#include "lib/log.h"

/*
 * The listener: one thread with its own connection that keeps the snapshot current.  It loads
 * the reference data at start, reloads it on NOTIFY payband_reload and on SIGHUP, refreshes one
 * cell's crowd figures on NOTIFY payband_crowd ('role region'), and after a lost connection
 * reloads everything (notifications sent meanwhile are lost with it).
 */
static atomic_int	 listener_stop, reload_requested;

void
refdata_listener_stop(void)
{
	atomic_store(&listener_stop, 1);
}

void
refdata_request_reload(void)
{
	atomic_store(&reload_requested, 1);
}

void *
refdata_listener(void *conninfo)
{
	static const char *const channels[] = { "payband_reload", "payband_crowd", NULL };
	struct db		*db = db_new(conninfo);
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
