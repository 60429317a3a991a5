/* Crowd figures: a small table of the cells that have contributions, replaced on each load, refreshed by cell. */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "data/refdata.h"
#include "lib/util.h"

struct crowd_cell {
	char		*role, *region;
	struct crowd	 c;
};

static pthread_mutex_t	 crowd_mu = PTHREAD_MUTEX_INITIALIZER;
static struct crowd_cell *crowd_cells;		/* guarded by crowd_mu */
static size_t		 ncrowd, crowd_cap;	/* guarded by crowd_mu */
static struct crowd	 crowd_none = { 0, 0, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, 5, 20 };
static atomic_ulong	 crowd_gen;

static struct crowd_cell *
crowd_find_locked(const char *role, const char *region)
{
	size_t	 i;

	for (i = 0; i < ncrowd; i++)
		if (strcmp(crowd_cells[i].role, role) == 0 && strcmp(crowd_cells[i].region, region) == 0)
			return &crowd_cells[i];
	return NULL;
}

static void
crowd_put_locked(const char *role, const char *region, const struct crowd *c)
{
	struct crowd_cell	*cc = crowd_find_locked(role, region);

	if (cc == NULL) {
		if (ncrowd == crowd_cap) {
			crowd_cap = crowd_cap ? crowd_cap * 2 : 64;
			crowd_cells = xreallocarray(crowd_cells, crowd_cap, sizeof(*crowd_cells));
		}
		cc = &crowd_cells[ncrowd++];
		cc->role = xstrdup(role);
		cc->region = xstrdup(region);
	}
	cc->c = *c;
}

void
crowd_replace(const struct db_rows *rows, const struct crowd *empty)
{
	size_t	 i;

	pthread_mutex_lock(&crowd_mu);
	for (i = 0; i < ncrowd; i++) {
		free(crowd_cells[i].role);
		free(crowd_cells[i].region);
	}
	ncrowd = 0;
	crowd_none = *empty;
	for (i = 0; i < rows->n; i++)
		if (rows->role[i] != NULL && rows->region[i] != NULL)
			crowd_put_locked(rows->role[i], rows->region[i],
			    &((const struct crowd *)rows->rows)[i]);
	pthread_mutex_unlock(&crowd_mu);
	atomic_fetch_add(&crowd_gen, 1);
}

void
crowd_get(const char *role, const char *region, struct crowd *out)
{
	const struct crowd_cell	*cc;

	pthread_mutex_lock(&crowd_mu);
	cc = crowd_find_locked(role, region);
	*out = cc != NULL ? cc->c : crowd_none;
	pthread_mutex_unlock(&crowd_mu);
}

enum db_status
crowd_refresh(struct db *db, const char *role, const char *region)
{
	struct crowd	 c;
	enum db_status	 st;

	if ((st = db_crowd_figures(db, role, region, &c)) != DB_OK)
		return st;
	pthread_mutex_lock(&crowd_mu);
	crowd_put_locked(role, region, &c);
	pthread_mutex_unlock(&crowd_mu);
	atomic_fetch_add(&crowd_gen, 1);
	return DB_OK;
}

unsigned long
crowd_generation(void)
{
	return atomic_load(&crowd_gen);
}
