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
#include "lib/util.h"

/* What one role × region cell has: slices of the snapshot's bulk rows. */
struct cell {
	const struct figure	*figs;
	size_t			 nfigs;
	const struct est_premium *pub;
	size_t			 npub;
	const struct est_base	*base;
	const struct official	*official;
};

struct role_data {
	const struct skill_share *req;
	size_t			 nreq;
	const struct skill	*skills;
	size_t			 nskills;
	const struct est_level	*level;
};

struct snapshot {
	struct refdata		 pub;	/* first: a refdata pointer is a snapshot pointer */
	struct arena		 arena;	/* owns every list and string */
	unsigned long		 refs;	/* guarded by mu; the current snapshot holds one */
	size_t			*region_order;	/* region indices sorted by slug */
	struct cell		*cells;		/* nroles × nregions */
	struct role_data	*roles;
	const struct price_parity **parity;	/* per region, NULL: none */
	const struct est_premium *fitted;
	size_t			 nfitted;
	struct db_rows		 narratives;
	const struct est_exp	*exp;
	size_t			 nexp;
};

static pthread_mutex_t	 mu = PTHREAD_MUTEX_INITIALIZER;
static struct snapshot	*current;	/* guarded by mu */
static atomic_ulong	 next_id = 1;

static void crowd_replace(const struct db_rows *, const struct crowd *empty);

static void
unref_locked(struct snapshot *s)
{
	if (--s->refs == 0) {
		arena_free(&s->arena);
		free(s);
	}
}

static const struct snapshot *
snap(const struct refdata *r)
{
	return (const struct snapshot *)(const void *)r;
}

/* The regions qsort compares (qsort has no context argument): set under load_mu only. */
static const struct region *sort_ctx;

static int
cmp_region_slug(const void *a, const void *b)
{
	return strcmp(sort_ctx[*(const size_t *)a].slug, sort_ctx[*(const size_t *)b].slug);
}

static long
region_index(const struct snapshot *s, const char *slug)
{
	size_t	 lo = 0, hi = s->pub.nregions;

	if (slug == NULL)
		return -1;
	while (lo < hi) {
		size_t	 mid = (lo + hi) / 2;
		int	 c = strcmp(s->pub.regions[s->region_order[mid]].slug, slug);

		if (c == 0)
			return (long)s->region_order[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static long
role_index(const struct snapshot *s, const char *slug)
{
	size_t	 i;

	if (slug == NULL)
		return -1;
	for (i = 0; i < s->pub.nroles; i++)
		if (strcmp(s->pub.roles[i].slug, slug) == 0)
			return (long)i;
	return -1;
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

static enum db_status
load(struct db *db, struct snapshot **out, struct db_rows *crowd, struct crowd *crowd_empty)
{
	struct snapshot	*s = xcalloc(1, sizeof(*s));
	struct arena	*a = &s->arena;
	struct role	*roles;
	struct region	*regions;
	struct skill	*skills;
	struct cert	*certs;
	struct db_rows	 rows[DBB__MAX];
	enum db_status	 st = DB_OK;
	size_t		 i, k;

	arena_init(a);
	if ((st = db_roles(db, a, &roles, &s->pub.nroles)) != DB_OK ||
	    (st = db_regions(db, a, &regions, &s->pub.nregions)) != DB_OK ||
	    (st = db_skills(db, a, &skills, &s->pub.nskills)) != DB_OK ||
	    (st = db_certifications(db, a, &certs, &s->pub.ncerts)) != DB_OK)
		goto fail;
	for (k = 0; k < DBB__MAX; k++)
		if ((st = db_load(db, a, (enum db_bulk)k, &rows[k])) != DB_OK)
			goto fail;
	s->pub.roles = roles;
	s->pub.regions = regions;
	s->pub.skills = skills;
	s->pub.certs = certs;

	s->region_order = arena_calloc(a, s->pub.nregions + 1, sizeof(size_t));
	for (i = 0; i < s->pub.nregions; i++)
		s->region_order[i] = i;
	sort_ctx = regions;	/* under load_mu: one loader at a time */
	qsort(s->region_order, s->pub.nregions, sizeof(size_t), cmp_region_slug);

	s->cells = arena_calloc(a, s->pub.nroles * s->pub.nregions + 1, sizeof(*s->cells));
	s->roles = arena_calloc(a, s->pub.nroles + 1, sizeof(*s->roles));
	s->parity = arena_calloc(a, s->pub.nregions + 1, sizeof(*s->parity));

	SLICE(s, rows[DBB_FIGURES], struct figure, figs, nfigs);
	SLICE(s, rows[DBB_PUBLISHED_PREMIUMS], struct est_premium, pub, npub);
	for (i = 0; i < rows[DBB_BASES].n; i++) {
		struct cell *c = cell_at(s, rows[DBB_BASES].role[i], rows[DBB_BASES].region[i]);

		if (c != NULL)
			c->base = &((const struct est_base *)rows[DBB_BASES].rows)[i];
	}
	for (i = 0; i < rows[DBB_OFFICIAL].n; i++) {
		struct cell *c = cell_at(s, rows[DBB_OFFICIAL].role[i], rows[DBB_OFFICIAL].region[i]);

		if (c != NULL)
			c->official = &((const struct official *)rows[DBB_OFFICIAL].rows)[i];
	}
	for (i = 0; i < rows[DBB_REQUIRED_SKILLS].n; ) {
		long	 ri = role_index(s, rows[DBB_REQUIRED_SKILLS].role[i]);
		size_t	 j;

		for (j = i + 1; j < rows[DBB_REQUIRED_SKILLS].n &&
		    strcmp(rows[DBB_REQUIRED_SKILLS].role[j], rows[DBB_REQUIRED_SKILLS].role[i]) == 0; j++)
			;
		if (ri >= 0) {
			s->roles[ri].req = &((const struct skill_share *)rows[DBB_REQUIRED_SKILLS].rows)[i];
			s->roles[ri].nreq = j - i;
		}
		i = j;
	}
	for (i = 0; i < rows[DBB_ROLE_SKILLS].n; ) {
		long	 ri = role_index(s, rows[DBB_ROLE_SKILLS].role[i]);
		size_t	 j;

		for (j = i + 1; j < rows[DBB_ROLE_SKILLS].n &&
		    strcmp(rows[DBB_ROLE_SKILLS].role[j], rows[DBB_ROLE_SKILLS].role[i]) == 0; j++)
			;
		if (ri >= 0) {
			s->roles[ri].skills = &((const struct skill *)rows[DBB_ROLE_SKILLS].rows)[i];
			s->roles[ri].nskills = j - i;
		}
		i = j;
	}
	for (i = 0; i < rows[DBB_LEVELS].n; i++) {
		long	 ri = role_index(s, rows[DBB_LEVELS].role[i]);

		if (ri >= 0)
			s->roles[ri].level = &((const struct est_level *)rows[DBB_LEVELS].rows)[i];
	}
	for (i = 0; i < rows[DBB_PARITIES].n; i++) {
		long	 gi = region_index(s, rows[DBB_PARITIES].region[i]);

		if (gi >= 0)
			s->parity[gi] = &((const struct price_parity *)rows[DBB_PARITIES].rows)[i];
	}
	s->fitted = rows[DBB_FITTED_PREMIUMS].rows;
	s->nfitted = rows[DBB_FITTED_PREMIUMS].n;
	s->narratives = rows[DBB_NARRATIVES];
	s->exp = rows[DBB_EXPERIENCE].rows;
	s->nexp = rows[DBB_EXPERIENCE].n;
	s->pub.fit = rows[DBB_FIT].n == 1 ? rows[DBB_FIT].rows : NULL;
	s->pub.id = atomic_fetch_add(&next_id, 1);
	s->pub.bytes = arena_bytes(a);
	*crowd = rows[DBB_CROWD];
	*crowd_empty = rows[DBB_CROWD_EMPTY].n == 1 ? *(const struct crowd *)rows[DBB_CROWD_EMPTY].rows :
	    (struct crowd){ 0, 0, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, NUM_NONE, 5, 20 };
	*out = s;
	return DB_OK;
fail:
	arena_free(a);
	free(s);
	return st;
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

const struct role *
refdata_role(const struct refdata *r, const char *slug)
{
	long	 i = role_index(snap(r), slug);

	return i < 0 ? NULL : &r->roles[i];
}

const struct region *
refdata_region(const struct refdata *r, const char *slug)
{
	long	 i = region_index(snap(r), slug);

	return i < 0 ? NULL : &r->regions[i];
}

const struct skill *
refdata_skill(const struct refdata *r, const char *slug)
{
	size_t	 i;

	for (i = 0; i < r->nskills; i++)
		if (strcmp(r->skills[i].slug, slug) == 0)
			return &r->skills[i];
	return NULL;
}

const struct cert *
refdata_cert(const struct refdata *r, const char *slug)
{
	size_t	 i;

	for (i = 0; i < r->ncerts; i++)
		if (strcmp(r->certs[i].slug, slug) == 0)
			return &r->certs[i];
	return NULL;
}

static const struct cell *
cell_of(const struct refdata *r, const struct role *role, const struct region *region)
{
	size_t	 ri = (size_t)(role - r->roles), gi = (size_t)(region - r->regions);

	if (ri >= r->nroles || gi >= r->nregions)
		return NULL;
	return &snap(r)->cells[ri * r->nregions + gi];
}

const struct figure *
refdata_figures(const struct refdata *r, const struct role *role, const struct region *region, size_t *n)
{
	const struct cell	*c = cell_of(r, role, region);

	*n = c != NULL ? c->nfigs : 0;
	return c != NULL ? c->figs : NULL;
}

struct est_premium *
refdata_premiums(const struct refdata *r, const struct role *role, const struct region *region,
    struct arena *a, size_t *n)
{
	const struct snapshot	*s = snap(r);
	const struct cell	*c = cell_of(r, role, region);
	size_t			 npub = c != NULL ? c->npub : 0;
	struct est_premium	*out = arena_calloc(a, npub + s->nfitted + 1, sizeof(*out));

	if (npub > 0)
		memcpy(out, c->pub, npub * sizeof(*out));
	if (s->nfitted > 0)
		memcpy(out + npub, s->fitted, s->nfitted * sizeof(*out));
	*n = npub + s->nfitted;
	return out;
}

const struct narrative_row **
refdata_narratives(const struct refdata *r, const struct role *role, const struct region *region,
    struct arena *a, size_t *n)
{
	const struct db_rows		*nr = &snap(r)->narratives;
	const struct narrative_row	*rows = nr->rows;
	const struct narrative_row	**out = arena_calloc(a, nr->n + 1, sizeof(*out));
	int				*spec = arena_calloc(a, nr->n + 1, sizeof(int));
	size_t				 i, j, m = 0;

	/* specificity as report_narratives(): role 2, region 1; -1 where the row does not apply */
	for (i = 0; i < nr->n; i++) {
		int	 rm = nr->role[i] == NULL || strcmp(nr->role[i], role->slug) == 0;
		int	 gm = nr->region[i] == NULL || strcmp(nr->region[i], region->slug) == 0;

		spec[i] = rm && gm ? (nr->role[i] != NULL) * 2 + (nr->region[i] != NULL) : -1;
	}
	for (i = 0; i < nr->n; i++) {
		int	 best = -1;

		if (spec[i] < 0)
			continue;
		for (j = 0; j < nr->n; j++)
			if (spec[j] > best && strcmp(rows[j].section, rows[i].section) == 0)
				best = spec[j];
		if (spec[i] == best)
			out[m++] = &rows[i];
	}
	*n = m;
	return out;
}

const struct skill_share *
refdata_required_skills(const struct refdata *r, const struct role *role, size_t *n)
{
	const struct role_data	*d = &snap(r)->roles[role - r->roles];

	*n = d->nreq;
	return d->req;
}

struct skill *
refdata_role_skills(const struct refdata *r, const struct role *role, struct arena *a, size_t *n)
{
	const struct role_data	*d = &snap(r)->roles[role - r->roles];
	struct skill		*out = arena_calloc(a, d->nskills + 1, sizeof(*out));

	if (d->nskills > 0)
		memcpy(out, d->skills, d->nskills * sizeof(*out));
	*n = d->nskills;
	return out;
}

const struct est_base *
refdata_base(const struct refdata *r, const struct role *role, const struct region *region)
{
	const struct cell	*c = cell_of(r, role, region);

	return c != NULL ? c->base : NULL;
}

const struct official *
refdata_official(const struct refdata *r, const struct role *role, const struct region *region)
{
	const struct cell	*c = cell_of(r, role, region);

	return c != NULL ? c->official : NULL;
}

int
refdata_level(const struct refdata *r, const struct role *role, int years, struct est_level *out)
{
	const struct snapshot	*s = snap(r);
	const struct est_level	*l = s->roles[role - r->roles].level;
	const struct est_exp	*x = NULL;
	size_t			 i;

	if (r->fit == NULL || l == NULL || s->nexp == 0)
		return -1;
	for (i = 0; i < s->nexp && s->exp[i].years <= years; i++)
		x = &s->exp[i];
	if (x == NULL)
		x = &s->exp[0];
	*out = *l;
	out->exp = x->coef;
	out->exp_low = x->low;
	out->exp_high = x->high;
	return 0;
}

const struct price_parity *
refdata_parity(const struct refdata *r, const struct region *region)
{
	size_t	 gi = (size_t)(region - r->regions);

	return gi < r->nregions ? snap(r)->parity[gi] : NULL;
}

/* ---- crowd figures: a small table of the cells that have contributions ---- */

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

static void
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
