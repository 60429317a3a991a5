/* The estimate request: reading and checking the form, running the model on database figures. */
#ifndef PAYBAND_ESTIMATE_H
#define PAYBAND_ESTIMATE_H

#include <stddef.h>

#include "db.h"
#include "model.h"
#include "params.h"
#include "refdata.h"
#include "request.h"

enum est_field {
	EF_ROLE,
	EF_REGION,
	EF_YEARS,
	EF_SKILL,
	EF_CERT,
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
};

struct estimate_item {
	const char		*slug, *name;
	enum item_kind		 kind;
	const struct est_premium *prem;	/* NULL: no premium data for this item */
};

struct estimate {
	struct est_base		 base;
	struct est_band		*bands;
	size_t			 nbands;
	struct est_premium	*prems;
	size_t			 nprems;
	struct estimate_item	 items[MODEL_MAX_ITEMS];
	size_t			 nitems;
	struct model_result	 res;
	struct model_dist	 dist;
	struct crowd		 crowd;		/* contributions for the role × region asked about */
	struct official		 official;	/* BLS beside survey; official.survey_n == 0 when none */
};

/* Parse and check the query against the database's lists.  DB errors only; field errors are in form. */
enum db_status	 estimate_read(struct req *, struct estimate_form *);
/* Run the model for a valid form.  DB_NOTFOUND when no figure exists even in parent regions. */
enum db_status	 estimate_run(struct req *, const struct estimate_form *, struct estimate *);
/* The canonical, shareable query string for a valid form (parameters sorted). */
const char	*estimate_query(struct req *, const struct estimate_form *);

#endif
