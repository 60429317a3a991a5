/* Named limits of the program, each with the reason it has this value (contribution rules: core/rules.h). */
#ifndef PAYBAND_BOUNDS_H
#define PAYBAND_BOUNDS_H

/* Longest REQUEST_URI we route; browsers and nginx allow far more, our URLs never need it. */
#define MAX_URI_LEN         4096u
/* Longest single query parameter value: slugs are short, free text is not accepted on GET. */
#define MAX_PARAM_LEN       256u
/* Most query parameters we parse from one request: 40 skills + certs + a few scalars. */
#define MAX_PARAMS          64u
/* Longest slug (role, region, skill): the longest real one is about 60 characters. */
#define MAX_SLUG_LEN        96u
/* Worker threads: each holds one PostgreSQL connection, so this bounds DB connections too. */
#define MAX_THREADS         256u
#define DEFAULT_THREADS     4u
/* Seconds libpq waits for a connection before we answer 503. */
#define DB_CONNECT_TIMEOUT  "3"
/* Milliseconds a query may run before the server cancels it (answers 503 instead of hanging). */
#define DB_STATEMENT_TIMEOUT_MS 5000
/* How many near matches a 404 page suggests. */
#define MAX_SUGGESTIONS     5u
/* Edit distance up to which a slug counts as a near match. */
#define SUGGEST_MAX_DISTANCE 4u

/* Skills one estimate accepts: more than anyone uses at work, few enough to bound the work. */
#define MAX_SKILLS          40u
/* Certifications one estimate accepts. */
#define MAX_CERTS           8u
/* Regions one comparison shows: a readable table and chart. */
#define MAX_COMPARE         8u

/* Largest contribution form body: the form is ~2 KiB with 40 skills; anything bigger is not our form. */
#define MAX_BODY            16384u
/* Rendered pages kept in memory (pagecache.c): slots (at most half used) and bytes of bodies. A
 * snapshot has 32 roles x 439 regions of reports, so a busy site keeps its popular pages, not all. */
#define PAGECACHE_SLOTS     8192u
#define PAGECACHE_MAX_BYTES (64ul * 1024 * 1024)
/* Rendered <option> lists kept (page_common.c): one per selected role, and per selected region and form size. */
#define OPTIONS_CACHE_MAX   1024u

#endif
