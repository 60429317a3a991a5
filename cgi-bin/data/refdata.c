/*
 * The reference data in memory: one immutable snapshot of everything a read needs, loaded with a
 * few bulk statements (db_load), indexed by role × region, reference-counted and replaced whole.
 * Crowd figures live beside it in a small mutable table, refreshed one cell at a time.
 */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/log.h"
#include "data/refdata.h"
#include "data/refdata_int.h"
#include "lib/util.h"

static pthread_mutex_t	 mu = PTHREAD_MUTEX_INITIALIZER;
static struct snapshot	*current;	/* guarded by mu */
static atomic_ulong	 next_id = 1;

static void
unref_locked(struct snapshot *s)
{
	if (--s->refs == 0) {
		arena_free(&s->arena);
		free(s);
	}
}


/* The regions qsort compares (qsort has no context argument): set under load_mu only. */
static const struct region *sort_ctx;

static int
cmp_region_slug(const void *a, const void *b)
{
	return strcmp(sort_ctx[*(const size_t *)a].slug, sort_ctx[*(const size_t *)b].slug);
}


static struct cell *
cell_at(const struct snapshot *s, const char *role, const char *region)
{
	long	 ri = role_index(s, role), gi = region_index(s, region);

	if (ri < 0 || gi < 0)
		return NULL;
	return &s->cells[(size_t)ri * s->pub.nregions + (size_t)gi];
}

/* Slices of rows sorted by (role, region): each cell's first row and count. */
#define SLICE(s, R, type, field, nfield) do {						\
	size_t	 i_, j_;								\
	const type *r_ = (R).rows;							\
	for (i_ = 0; i_ < (R).n; i_ = j_) {						\
		struct cell *c_ = cell_at((s), (R).role[i_], (R).region[i_]);		\
		for (j_ = i_ + 1; j_ < (R).n &&						\
		    strcmp((R).role[j_], (R).role[i_]) == 0 &&				\
		    strcmp((R).region[j_], (R).region[i_]) == 0; j_++)			\
			;								\
		if (c_ != NULL) {							\
			c_->field = &r_[i_];						\
			c_->nfield = j_ - i_;						\
		}									\
	}										\
} while (0)

/* The end of the run of rows from i on that have row i's role (the rows are sorted by role). */
static size_t
role_run_end(const struct db_rows *rows, size_t i)
{
	size_t	 j;

	for (j = i + 1; j < rows->n && strcmp(rows->role[j], rows->role[i]) == 0; j++)
		;
	return j;
}

/* The lists (roles, regions, skills, certifications) and every bulk load, into the snapshot's arena. */
static enum db_status
load_rows(struct db *db, struct snapshot *s, struct db_rows *rows)
{
	struct arena	*a = &s->arena;
	struct role	*roles;
	struct region	*regions;
	struct skill	*skills;
	struct cert	*certs;
	enum db_status	 st;
	size_t		 k;

	if ((st = db_roles(db, a, &roles, &s->pub.nroles)) != DB_OK ||
	    (st = db_regions(db, a, &regions, &s->pub.nregions)) != DB_OK ||
	    (st = db_skills(db, a, &skills, &s->pub.nskills)) != DB_OK ||
	    (st = db_certifications(db, a, &certs, &s->pub.ncerts)) != DB_OK)
		return st;
	for (k = 0; k < DBB__MAX; k++)
		if ((st = db_load(db, a, (enum db_bulk)k, &rows[k])) != DB_OK)
			return st;
	s->pub.roles = roles;
	s->pub.regions = regions;
	s->pub.skills = skills;
	s->pub.certs = certs;
	return DB_OK;
}

/* The regions' order by slug (for region_index), and the empty indexes: cells, roles, parities. */
static void
index_snapshot(struct snapshot *s)
{
	struct arena	*a = &s->arena;
	size_t		 i;

	s->region_order = arena_calloc(a, s->pub.nregions + 1, sizeof(size_t));
	for (i = 0; i < s->pub.nregions; i++)
		s->region_order[i] = i;
	sort_ctx = s->pub.regions;	/* under load_mu: one loader at a time */
	qsort(s->region_order, s->pub.nregions, sizeof(size_t), cmp_region_slug);
	s->cells = arena_calloc(a, s->pub.nroles * s->pub.nregions + 1, sizeof(*s->cells));
	s->roles = arena_calloc(a, s->pub.nroles + 1, sizeof(*s->roles));
	s->parity = arena_calloc(a, s->pub.nregions + 1, sizeof(*s->parity));
}

/* What belongs to a role × region cell: figures, published premiums, the estimate's base, BLS beside survey. */
static void
attach_cells(struct snapshot *s, const struct db_rows *rows)
{
	const struct db_rows	*bases = &rows[DBB_BASES], *off = &rows[DBB_OFFICIAL];
	size_t			 i;

	SLICE(s, rows[DBB_FIGURES], struct figure, figs, nfigs);
	SLICE(s, rows[DBB_PUBLISHED_PREMIUMS], struct est_premium, pub, npub);
	for (i = 0; i < bases->n; i++) {
		struct cell *c = cell_at(s, bases->role[i], bases->region[i]);

		if (c != NULL)
			c->base = &((const struct est_base *)bases->rows)[i];
	}
	for (i = 0; i < off->n; i++) {
		struct cell *c = cell_at(s, off->role[i], off->region[i]);

		if (c != NULL)
			c->official = &((const struct official *)off->rows)[i];
	}
}

/* What belongs to a role (required skills, its skills, its level) and to a region (its price parity). */
static void
attach_roles_regions(struct snapshot *s, const struct db_rows *rows)
{
	const struct db_rows	*req = &rows[DBB_REQUIRED_SKILLS], *rs = &rows[DBB_ROLE_SKILLS];
	const struct db_rows	*lv = &rows[DBB_LEVELS], *pp = &rows[DBB_PARITIES];
	size_t			 i, j;
	long			 ri, gi;

	for (i = 0; i < req->n; i = j) {
		ri = role_index(s, req->role[i]);
		j = role_run_end(req, i);
		if (ri >= 0) {
			s->roles[ri].req = &((const struct skill_share *)req->rows)[i];
			s->roles[ri].nreq = j - i;
		}
	}
	for (i = 0; i < rs->n; i = j) {
		ri = role_index(s, rs->role[i]);
		j = role_run_end(rs, i);
		if (ri >= 0) {
			s->roles[ri].skills = &((const struct skill *)rs->rows)[i];
			s->roles[ri].nskills = j - i;
		}
	}
	for (i = 0; i < lv->n; i++)
		if ((ri = role_index(s, lv->role[i])) >= 0)
			s->roles[ri].level = &((const struct est_level *)lv->rows)[i];
	for (i = 0; i < pp->n; i++)
		if ((gi = region_index(s, pp->region[i])) >= 0)
			s->parity[gi] = &((const struct price_parity *)pp->rows)[i];
}

/* A new snapshot from the database (not yet published), and the crowd rows for crowd_replace. */
static enum db_status
load(struct db *db, struct snapshot **out, struct db_rows *crowd, struct crowd *crowd_empty)
{
	struct snapshot	*s = xcalloc(1, sizeof(*s));
	struct db_rows	 rows[DBB__MAX];
	enum db_status	 st;

	arena_init(&s->arena);
	if ((st = load_rows(db, s, rows)) != DB_OK) {
		arena_free(&s->arena);
		free(s);
		return st;
	}
	index_snapshot(s);
	attach_cells(s, rows);
	attach_roles_regions(s, rows);
	s->fitted = rows[DBB_FITTED_PREMIUMS].rows;
	s->nfitted = rows[DBB_FITTED_PREMIUMS].n;
	s->narratives = rows[DBB_NARRATIVES];
	s->exp = rows[DBB_EXPERIENCE].rows;
	s->nexp = rows[DBB_EXPERIENCE].n;
	s->pub.fit = rows[DBB_FIT].n == 1 ? rows[DBB_FIT].rows : NULL;
	s->pub.id = atomic_fetch_add(&next_id, 1);
	s->pub.bytes = arena_bytes(&s->arena);
	*crowd = rows[DBB_CROWD];
	*crowd_empty = rows[DBB_CROWD_EMPTY].n == 1 ? *(const struct crowd *)rows[DBB_CROWD_EMPTY].rows :
	    (struct crowd){ 0, 0, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, 5, 20 };
	*out = s;
	return DB_OK;
}

/* One load at a time: a reload storm (NOTIFY, SIGHUP, first requests) costs one load. */
static pthread_mutex_t	 load_mu = PTHREAD_MUTEX_INITIALIZER;

static enum db_status
load_and_publish(struct db *db, int only_if_none)
{
	struct snapshot	*fresh, *old = NULL;
	struct db_rows	 crowd;
	struct crowd	 empty;
	enum db_status	 st;
	struct timespec	 t0, t1;

	pthread_mutex_lock(&load_mu);
	if (only_if_none) {
		pthread_mutex_lock(&mu);
		old = current;
		pthread_mutex_unlock(&mu);
		if (old != NULL) {
			pthread_mutex_unlock(&load_mu);
			return DB_OK;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((st = load(db, &fresh, &crowd, &empty)) != DB_OK) {
		pthread_mutex_unlock(&load_mu);
		return st;
	}
	crowd_replace(&crowd, &empty);
	pthread_mutex_lock(&mu);
	old = current;
	fresh->refs = 1;	/* held as the current one */
	current = fresh;
	if (old != NULL)
		unref_locked(old);
	pthread_mutex_unlock(&mu);
	pthread_mutex_unlock(&load_mu);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	log_info("reference data loaded in %ld ms: snapshot %lu, %zu bytes, %zu roles x %zu regions%s",
	    (long)((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000),
	    fresh->pub.id, fresh->pub.bytes, fresh->pub.nroles, fresh->pub.nregions,
	    fresh->pub.fit == NULL ? " (no fitted pay model yet: run payband-admin fit)" : "");
	return DB_OK;
}

enum db_status
refdata_acquire(struct db *db, const struct refdata **out)
{
	struct snapshot	*s;
	enum db_status	 st;

	for (;;) {
		pthread_mutex_lock(&mu);
		if ((s = current) != NULL)
			s->refs++;
		pthread_mutex_unlock(&mu);
		if (s != NULL) {
			*out = &s->pub;
			return DB_OK;
		}
		if ((st = load_and_publish(db, 1)) != DB_OK)
			return st;
	}
}

int
refdata_loaded(unsigned long *id, size_t *bytes)
{
	int	 loaded;

	pthread_mutex_lock(&mu);
	if ((loaded = current != NULL)) {
		*id = current->pub.id;
		*bytes = current->pub.bytes;
	}
	pthread_mutex_unlock(&mu);
	return loaded;
}

enum db_status
refdata_reload(struct db *db)
{
	return load_and_publish(db, 0);
}

void
refdata_release(const struct refdata *r)
{
	if (r == NULL)
		return;
	pthread_mutex_lock(&mu);
	unref_locked((struct snapshot *)(void *)(uintptr_t)r);
	pthread_mutex_unlock(&mu);
}
