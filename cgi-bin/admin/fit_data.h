/* payband-admin fit: the data of the fit (the survey sample, its columns, the design) and storing the result. */
#ifndef PAYBAND_FIT_DATA_H
#define PAYBAND_FIT_DATA_H

#include <stddef.h>

#include <libpq-fe.h>

#include "core/fit.h"

/* Experience knots (fit_data.c), years of professional coding; the spline is flat after the last. */
#define NKNOTS		12
#define NSEG		(NKNOTS - 1)
/* Years stored for the web program's lookup (the form accepts up to MAX_YEARS; beyond the last knot it is flat). */
#define MAX_STORED_YEARS 60

enum ctl { CTL_ORG, CTL_INDUSTRY, CTL_REMOTE, CTL__MAX };
extern const char *const ctl_kind[CTL__MAX];

/* A list of distinct strings; index = column offset within its group. */
struct names {
	char	**v;
	size_t	 *count;
	size_t	  n;
};

/* Everything read from the database, and the design built from it. */
struct sample {
	size_t		 n;
	double		*y, *years;
	int		*dt;		/* developer type index */
	int		*ctl[CTL__MAX];
	int		**skills;	/* skill ids per row, -1-terminated */
	struct names	 dev_types, levels[CTL__MAX];
	/* skills: database id -> column, users */
	int		*skill_ids;
	size_t		 nskill_ids;
};

/* Column layout. */
struct layout {
	size_t	 seg0, dt0, sk0, ctl0[CTL__MAX], p;
	int	*skill_col;	/* by database skill id: column, or -1 */
	int	 max_skill_id;
	size_t	*skill_users;	/* by database skill id */
};

/* The sparse design and the baseline cells. */
struct design_mem {
	size_t		*rowstart;
	unsigned	*col;
	double		*val;
	int		*cell;
	unsigned char	*control;
};

/* The experience spline's values at years, one per segment, into h[NSEG]. */
void	 spline(double years, double *h);
/* Reads the sample; 0, or -1 (said why). */
int	 sample_read(PGconn *, struct sample *);
void	 sample_free(struct sample *);
/* The column layout: spline segments, developer types, skills with enough users, controls. */
void	 layout_build(const struct sample *, struct layout *);
void	 layout_free(struct layout *);
/* The sparse design matrix and the baseline cells (developer type × experience band). */
void	 design_build(const struct sample *, const struct layout *, struct fit_design *, struct design_mem *);
void	 design_free(struct design_mem *);
/* The reference developer types' median experience, and their mix (share of each type) into share. */
double	 reference(PGconn *, const struct sample *, double *share);
/* Stores the fit and its terms in one transaction, then NOTIFY; 0 or -1 (rolled back, said why). */
int	 store(PGconn *, const struct sample *, const struct layout *, const struct fit_result *,
	    const struct fit_options *, double ref_years, const double *ref_share);

#endif
