/* The estimate request: reading and checking the form, running the model on database figures. */
#ifndef PAYBAND_ESTIMATE_H
#define PAYBAND_ESTIMATE_H

#include <stddef.h>

#include "data/db.h"
#include "core/model.h"
#include "http/params.h"
#include "data/refdata.h"
#include "http/request.h"

enum est_field {
	EF_ROLE,
	EF_REGION,
	EF_YEARS,
	EF_SKILL,
	EF_CERT,
	EF_FORM,	/* "full": the result page's form with every skill and metro (not part of the estimate) */
	EF__MAX
};

extern const struct pspec estimate_spec[EF__MAX];

struct estimate_form {
	struct pfield		 f[EF__MAX];
	size_t			 errors;
	int			 empty;		/* no estimate parameter at all: show the blank form */
	const struct refdata	*ref;		/* reference lists, for checking slugs and drawing the form */
	/* valid, known values (NULL / 0 when absent or wrong) */
	const struct role	*role;
	const struct region	*region;
	int			 years;		/* -1 when absent or wrong */
	const char		**skill_sel;	/* sorted by slug: order of parameters never matters */
	size_t			 nskill_sel;
	const char		**cert_sel;
	size_t			 ncert_sel;
	const char		*canonical;	/* estimate_query's answer, once computed */
};

struct estimate_item {
	const char		*slug, *name;
	enum item_kind		 kind;
	const struct est_premium *prem;		/* the figure applied; NULL: no pay data for this item */
	const struct est_premium *published;	/* a source's published figure beside it, or NULL */
};

struct estimate {
	struct est_base		 base;		/* the anchor occupation's figure in the region */
	struct est_level	 level;		/* the role's survey level and the experience effect */
	struct model_fit	 fit;		/* the model in use, with its validation */
	struct est_premium	*prems;
	size_t			 nprems;
	struct estimate_item	 items[MODEL_MAX_ITEMS];
	size_t			 nitems;
	struct model_result	 res;
	struct model_dist	 dist;		/* the anchor's distribution */
	struct crowd		 crowd;		/* contributions for the role × region asked about */
	struct official		 official;	/* BLS beside survey; official.survey_n == 0 when none */
	int			 no_model;	/* DB_NOTFOUND because no fit is stored yet */
};

/* Parse and check the query against the database's lists.  DB errors only; field errors are in form. */
enum db_status	 estimate_read(struct req *, struct estimate_form *);
/* Run the model for a valid form.  DB_NOTFOUND when no figure exists even in parent regions, or no fit is stored. */
enum db_status	 estimate_run(struct req *, const struct estimate_form *, struct estimate *);
/* The canonical, shareable query string for a valid form (parameters sorted). */
const char	*estimate_query(struct req *, const struct estimate_form *);

#endif
