/*
 * Reference lists (roles, regions, skills, certifications) read once and shared
 * by every worker: an immutable snapshot, reference-counted, replaced whole.
 */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "refdata.h"
#include "util.h"

struct snapshot {
	struct refdata	 pub;	/* first: a refdata pointer is a snapshot pointer */
	struct arena	 arena;	/* owns every list and string */
	unsigned long	 refs;	/* guarded by mu; the current snapshot holds one */
};

static pthread_mutex_t	 mu = PTHREAD_MUTEX_INITIALIZER;
static struct snapshot	*current;	/* guarded by mu */

static void
unref_locked(struct snapshot *s)
{
	if (--s->refs == 0) {
		arena_free(&s->arena);
		free(s);
	}
}

static enum db_status
load(struct db *db, struct snapshot **out)
{
	struct snapshot	*s = xcalloc(1, sizeof(*s));
	struct role	*roles;
	struct region	*regions;
	struct skill	*skills;
	struct cert	*certs;
	enum db_status	 st;

	arena_init(&s->arena);
	if ((st = db_roles(db, &s->arena, &roles, &s->pub.nroles)) != DB_OK ||
	    (st = db_regions(db, &s->arena, &regions, &s->pub.nregions)) != DB_OK ||
	    (st = db_skills(db, &s->arena, &skills, &s->pub.nskills)) != DB_OK ||
	    (st = db_certifications(db, &s->arena, &certs, &s->pub.ncerts)) != DB_OK) {
		arena_free(&s->arena);
		free(s);
		return st;
	}
	s->pub.roles = roles;
	s->pub.regions = regions;
	s->pub.skills = skills;
	s->pub.certs = certs;
	*out = s;
	return DB_OK;
}

enum db_status
refdata_acquire(struct db *db, const struct refdata **out)
{
	struct snapshot	*s, *fresh;
	enum db_status	 st;

	pthread_mutex_lock(&mu);
	if ((s = current) != NULL)
		s->refs++;
	pthread_mutex_unlock(&mu);
	if (s != NULL) {
		*out = &s->pub;
		return DB_OK;
	}
	/* Load outside the lock: a slow database must not stall other workers' requests. */
	if ((st = load(db, &fresh)) != DB_OK)
		return st;
	pthread_mutex_lock(&mu);
	if (current == NULL) {
		fresh->refs = 1;	/* held as the current one */
		current = fresh;
		fresh = NULL;
	}
	s = current;	/* another worker may have been first: use its snapshot */
	s->refs++;
	pthread_mutex_unlock(&mu);
	if (fresh != NULL) {
		arena_free(&fresh->arena);
		free(fresh);
	}
	*out = &s->pub;
	return DB_OK;
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

void
refdata_invalidate(void)
{
	pthread_mutex_lock(&mu);
	if (current != NULL) {
		unref_locked(current);
		current = NULL;
	}
	pthread_mutex_unlock(&mu);
}

const struct role *
refdata_role(const struct refdata *r, const char *slug)
{
	size_t	 i;

	for (i = 0; i < r->nroles; i++)
		if (strcmp(r->roles[i].slug, slug) == 0)
			return &r->roles[i];
	return NULL;
}

const struct region *
refdata_region(const struct refdata *r, const char *slug)
{
	size_t	 i;

	for (i = 0; i < r->nregions; i++)
		if (strcmp(r->regions[i].slug, slug) == 0)
			return &r->regions[i];
	return NULL;
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
