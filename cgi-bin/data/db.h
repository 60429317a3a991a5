/* All SQL of the program: one connection per worker, named prepared statements, typed results. */
#ifndef PAYBAND_DB_H
#define PAYBAND_DB_H

#include <stddef.h>

#include "lib/util.h"

enum db_status {
	DB_OK = 0,
	DB_NOTFOUND,	/* the query ran; no such row */
	DB_UNAVAILABLE,	/* cannot reach the database now: answer 503, retry next request */
	DB_ERROR	/* the database answered with an error: a bug or schema mismatch, 500 */
};


struct db;

struct db	*db_new(const char *conninfo);
void		 db_free(struct db *);

struct role {
	const char	*slug;
	const char	*title;
	const char	*soc_code;
	const char	*kind;		/* "developer" or "occupation" */
};

struct region {
	const char	*slug;
	const char	*name;
	const char	*kind;		/* "nation", "state", "metro" */
	const char	*parent_slug;	/* NULL for the nation */
};

struct figure {
	int		 rank;
	const char	*publisher, *source_title, *source_url, *license, *vintage;
	long long	 mean, median, p10, p25, p75, p90;
	long long	 employment, data_points, projection;
	double		 location_quotient, jobs_per_1000;	/* NAN when not published */
	const char	*projection_method, *derivation, *occupation_title, *soc_code;
	/* source of employment, location quotient and jobs per 1,000 (NULL: none of them) */
	const char	*emp_publisher, *emp_source_title, *emp_vintage, *emp_citation;
	/* figures the source top-coded (empty here): names ("p90") joined by ','; NULL when none */
	const char	*topcoded;
	long long	 topcoded_at_least;	/* the top-code, NUM_NONE when none */
	const char	*caution;	/* to show beside the figure (older vintage, OFLC band); NULL: none */
};

struct narrative_row {
	const char	*section;
	int		 position;
	const char	*body;
};

struct skill_share {
	const char	*slug, *name, *category;
	double		 share_pct;
	long long	 n;
};

/* The starting point of an estimate: a full distribution, possibly from a parent region. */
struct est_base {
	const char	*region_slug, *region_name;
	int		 fallback;	/* the requested region had no figure; this is its nearest parent's */
	long long	 mean, median, p10, p25, p75, p90, projection;
	const char	*shape_note;	/* how missing percentiles were filled, or NULL */
	const char	*publisher, *vintage, *source_title, *derivation;
	double		 projection_pct;	/* one-year change, percent; NAN when none */
	const char	*projection_method;
	const char	*occupation_title, *soc_code;	/* the occupation the figure is for */
};

/* The fitted model's level of a role and the effect of its experience (log scale, 90 % intervals). */
struct est_level {
	const char	*anchor_soc_code, *anchor_title;	/* the occupation the estimate starts from */
	const char	*dev_type;	/* survey developer type, NULL for roles without one */
	int		 has_level;	/* 0: the role is the occupation itself (level 0) */
	double		 level, level_low, level_high;
	long long	 level_n;
	double		 exp, exp_low, exp_high;
	double		 ref_years;	/* experience factor 1 here */
};

/* The model in use: sample, penalty and held-out validation. */
struct model_fit {
	const char	*fitted_on, *vintage, *publisher, *sample;
	long long	 n, columns, folds, boot;
	double		 lambda, mae, mae_baseline, coverage50, coverage80, q10, q25, q75, q90, ref_years;
};

struct est_premium {
	const char	*kind, *slug, *name;
	double		 point_pct, low_pct, high_pct;
	long long	 n;
	int		 clear;
	const char	*basis, *publisher, *vintage, *top_decile_with_slug, *top_decile_with_name;
	const char	*category;
	int		 learnable;	/* something a person can choose to learn (not an employer's tool) */
	int		 published;	/* a source's published figure for the cell (else the survey fit's) */
	int		 used;		/* the figure the estimate applies for this item */
	int		 suggest;	/* worth suggesting: learnable, clear, positive, enough people */
};

struct skill {
	const char	*slug, *name, *category;
	double		 share_pct;
	int		 rank;
};

struct cert {
	const char	*slug, *name, *issuer;
};

struct price_parity {
	double		 rpp;
	const char	*year, *publisher;
	const char	*area_name;	/* BEA's area when it is another delineation of the region, else NULL */
};

/* A contribution as the form sends it, every value already checked. */
struct contribution {
	const char	*key;		/* idempotency key (UUID) */
	const char	*role, *region, *employment;
	long		 years, base, bonus, equity;
	const char	**skills;
	size_t		 nskills;
	const char	**certs;
	size_t		 ncerts;
	const unsigned char *client_hash;
	size_t		 client_hash_len;
	int		 rate_limit;		/* submissions allowed per window */
	const char	*rate_window;		/* SQL interval, e.g. "10 minutes" */
};

struct submit_result {
	long long	 id;		/* NUM_NONE when refused */
	const char	*status;	/* "accepted", "held" */
	int		 duplicate;	/* this key was stored before: nothing new stored */
	int		 rate_limited;	/* refused: too many from this client */
};

struct receipt {
	const char	*role_slug, *role_title, *region_slug, *region_name, *status;
	long long	 count_before, count_after;
};

/* Crowd figures of a cell; NUM_NONE where the privacy rule (crowd_figures in SQL) hides them. */
struct crowd {
	long long	 n, published_points, median, p25, p75, p10, p90;
	long long	 median_rounded_to;		/* 5000, 1 (to the dollar), NUM_NONE with no median */
	long long	 median_from, quartiles_from;	/* the rule's thresholds, for the wording */
};

/* The official (BLS) figure of the role's occupation beside the survey's figure for the role. */
struct official {
	const char	*bls_region_name, *soc_code, *occupation_title, *bls_vintage;	/* NULL: no BLS figure */
	long long	 bls_mean, bls_median;
	const char	*survey_dev_type;	/* NULL: all full-time respondents */
	long long	 survey_n, survey_p25, survey_median, survey_p75;
};

/* One year of the fitted experience curve: log effect against the reference experience. */
struct est_exp {
	int		 years;
	double		 coef, low, high;
	long long	 n;
};

/*
 * Bulk loads for the in-memory snapshot (refdata.c): every row of one kind, with its keys.
 * The row struct of each kind is named beside it; rows come in the order the snapshot indexes them.
 */
enum db_bulk {
	DBB_FIGURES,		/* struct figure; role, region; by rank */
	DBB_FITTED_PREMIUMS,	/* struct est_premium; no key (the same in every cell) */
	DBB_PUBLISHED_PREMIUMS,	/* struct est_premium; role, region */
	DBB_NARRATIVES,		/* struct narrative_row; role, region, NULL = any; by section, position */
	DBB_REQUIRED_SKILLS,	/* struct skill_share; role; the 12 most used */
	DBB_ROLE_SKILLS,	/* struct skill; role; by category, rank */
	DBB_BASES,		/* struct est_base; role, region */
	DBB_OFFICIAL,		/* struct official; role, region */
	DBB_LEVELS,		/* struct est_level without the experience; role */
	DBB_EXPERIENCE,		/* struct est_exp; no key; by years */
	DBB_FIT,		/* struct model_fit; no key; none before payband-admin fit */
	DBB_PARITIES,		/* struct price_parity; region */
	DBB_CROWD,		/* struct crowd; role, region; cells with accepted contributions */
	DBB_CROWD_EMPTY,	/* struct crowd; no key: what a cell without any shows */
	DBB__MAX
};

struct db_rows {
	size_t		 n;
	const char	**role, **region;	/* each row's keys; NULL: no key or "any" */
	void		*rows;			/* n structs of the kind */
};

enum db_status	 db_ping(struct db *);
/* SQL statements this process has sent (all connections): reads from memory send none. */
unsigned long	 db_statements(void);
enum db_status	 db_roles(struct db *, struct arena *, struct role **, size_t *);
enum db_status	 db_regions(struct db *, struct arena *, struct region **, size_t *);
enum db_status	 db_skills(struct db *, struct arena *, struct skill **, size_t *);
enum db_status	 db_certifications(struct db *, struct arena *, struct cert **, size_t *);
enum db_status	 db_load(struct db *, struct arena *, enum db_bulk, struct db_rows *);
enum db_status	 db_submit_contribution(struct db *, struct arena *, const struct contribution *,
		    struct submit_result *);
enum db_status	 db_contribution_receipt(struct db *, struct arena *, long long id, struct receipt *);
enum db_status	 db_crowd_figures(struct db *, const char *role, const char *region, struct crowd *);
/*
 * Notifications: db_listen subscribes this connection to the channels (NULL-terminated);
 * db_wait_notify waits up to timeout_ms for one: 1 and its channel and payload, 0 on timeout,
 * DB-style failure (-1) when the connection is gone (listen again after reconnecting).
 */
enum db_status	 db_listen(struct db *, const char *const *channels);
int		 db_wait_notify(struct db *, int timeout_ms, char *channel, size_t, char *payload, size_t);

#endif
