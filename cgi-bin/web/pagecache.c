/* Rendered pages kept per snapshot and crowd generation, with ETag and 304 (see pagecache.h). */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "http/bounds.h"
#include "web/pagecache.h"
#include "data/refdata.h"
#include "web/pages.h"
#include "lib/util.h"

struct page {
	char		*key;		/* path '?' raw query */
	unsigned long	 snapshot, crowd;
	char		*content_type, *headers, *body;
	size_t		 headers_len, body_len;
	char		 etag[64];
};

static pthread_mutex_t	 mu = PTHREAD_MUTEX_INITIALIZER;
static struct page	 pages[PAGECACHE_SLOTS];	/* open addressing; guarded by mu */
static size_t		 npages, nbytes;		/* guarded by mu */

static uint64_t
hash(const char *s)
{
	uint64_t	 h = 1469598103934665603ull;	/* FNV-1a */

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void
page_clear(struct page *p)
{
	free(p->key);
	free(p->content_type);
	free(p->headers);
	free(p->body);
	memset(p, 0, sizeof(*p));
}

static void
clear_locked(void)
{
	size_t	 i;

	for (i = 0; i < PAGECACHE_SLOTS; i++)
		if (pages[i].key != NULL)
			page_clear(&pages[i]);
	npages = nbytes = 0;
}

static const char *
key_of(struct req *r)
{
	return arena_printf(&r->arena, "%s?%s", r->path, r->query);
}

/* The slot holding key, or the empty one where it would go. */
static struct page *
slot_locked(const char *key)
{
	size_t	 i = (size_t)(hash(key) % PAGECACHE_SLOTS), n;

	for (n = 0; n < PAGECACHE_SLOTS; n++, i = (i + 1) % PAGECACHE_SLOTS)
		if (pages[i].key == NULL || strcmp(pages[i].key, key) == 0)
			return &pages[i];
	return NULL;
}

/* This process's run, set once: part of every ETag, so that another run's tags never match. */
static pthread_once_t	 run_once = PTHREAD_ONCE_INIT;
static time_t		 run_boot;
static pid_t		 run_pid;

static void
run_init(void)
{
	run_boot = time(NULL);
	run_pid = getpid();
}

/* The ETag of every page of this snapshot and crowd generation, unique to this process's run. */
static void
etag_of(unsigned long snapshot, unsigned long crowd, char *out, size_t outsz)
{
	pthread_once(&run_once, run_init);
	snprintf(out, outsz, "\"%lx-%lx-%lu-%lu\"", (unsigned long)run_boot, (unsigned long)run_pid, snapshot,
	    crowd);
}

static int
etag_matches(struct req *r, const char *etag)
{
	const char	*inm = req_param(r, "HTTP_IF_NONE_MATCH");

	/* a list of tags, possibly weak (W/"..."): a plain substring test is enough for ours */
	return inm != NULL && (strstr(inm, etag) != NULL || strcmp(inm, "*") == 0);
}

int
pagecache_serve(struct req *r)
{
	const struct refdata	*ref;
	struct page		*p;
	const char		*key;
	unsigned long		 crowd = crowd_generation();
	int			 hit = 0;

	if (req_ref(r, &ref) != DB_OK)
		return 0;
	key = key_of(r);
	pthread_mutex_lock(&mu);
	if ((p = slot_locked(key)) != NULL && p->key != NULL && p->snapshot == ref->id && p->crowd == crowd) {
		hit = 1;
		r->content_type = arena_strdup(&r->arena, p->content_type);
		buf_append(&r->headers, p->headers, p->headers_len);
		if (etag_matches(r, p->etag)) {
			r->status = 304;
			buf_reset(&r->body);
		} else {
			r->status = 200;
			buf_append(&r->body, p->body, p->body_len);
		}
	}
	pthread_mutex_unlock(&mu);
	return hit;
}

void
pagecache_store(struct req *r)
{
	const struct refdata	*ref;
	struct page		*p;
	const char		*key;
	char			 etag[64];
	unsigned long		 crowd = crowd_generation();

	if (r->status != 200 || req_ref(r, &ref) != DB_OK)
		return;
	etag_of(ref->id, crowd, etag, sizeof(etag));
	req_header(r, "ETag", etag);
	key = key_of(r);
	pthread_mutex_lock(&mu);
	/* full, or holding pages of older data: start afresh */
	if (npages >= PAGECACHE_SLOTS / 2 || nbytes + r->body.len > PAGECACHE_MAX_BYTES)
		clear_locked();
	if ((p = slot_locked(key)) != NULL) {
		if (p->key != NULL) {
			nbytes -= p->body_len;
			page_clear(p);
			npages--;
		}
		p->key = xstrdup(key);
		p->snapshot = ref->id;
		p->crowd = crowd;
		p->content_type = xstrdup(r->content_type != NULL ? r->content_type : "text/html; charset=utf-8");
		p->headers = xstrndup(r->headers.data != NULL ? r->headers.data : "", r->headers.len);
		p->headers_len = r->headers.len;
		p->body = xstrndup(r->body.data != NULL ? r->body.data : "", r->body.len);
		p->body_len = r->body.len;
		snprintf(p->etag, sizeof(p->etag), "%s", etag);
		npages++;
		nbytes += p->body_len;
	}
	pthread_mutex_unlock(&mu);
	if (etag_matches(r, etag)) {
		r->status = 304;
		buf_reset(&r->body);
	}
}
