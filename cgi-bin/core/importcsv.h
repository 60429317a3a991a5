/* CSV import of contributions (payband-admin import): line splitting and line validation, pure (no I/O, no database). */
#ifndef PAYBAND_IMPORTCSV_H
#define PAYBAND_IMPORTCSV_H

#include <stddef.h>

#include "http/bounds.h"
#include "lib/util.h"

/* Longest line accepted, in bytes without its line end: a line with 40 long skill slugs is under 3 KiB. */
#define IMPORT_MAX_LINE		4096u
/* Longest message about one field; the value shown back in it is cut at IMPORT_SHOW_VALUE bytes. */
#define IMPORT_MAX_MSG		256u
#define IMPORT_SHOW_VALUE	40u
/* Room for import_show's output: every byte escaped (\xNN), the quotes, "..." and the NUL. */
#define IMPORT_SHOWN_MAX	(IMPORT_SHOW_VALUE * 4 + 6)

/* The columns, in file order; the header line must name them (import_columns). */
enum import_col {
	IMPORT_ROLE,
	IMPORT_REGION,
	IMPORT_YEARS,
	IMPORT_BASE,
	IMPORT_BONUS,
	IMPORT_EQUITY,
	IMPORT_EMPLOYMENT,
	IMPORT_SKILLS,
	IMPORT_CERTS,
	IMPORT_COL__MAX
};

extern const char *const import_columns[IMPORT_COL__MAX];

/* One line split into fields. The unquoted text lives in buf; field[] points into it. */
struct import_fields {
	char	 buf[IMPORT_MAX_LINE + 1];
	char	*field[IMPORT_COL__MAX];
	size_t	 n;		/* fields on the line: may be more than IMPORT_COL__MAX (an error) */
};

/*
 * Split one line (len bytes, without its line end) by RFC 4180: fields
 * separated by commas; a field starting with '"' is quoted, may hold commas,
 * and writes a quote as "". A record never spans lines here: no valid value
 * holds a line break, and an unclosed quote then spoils one line, not the rest
 * of the file. Returns 0, or -1 with the reason in err (over-long line, NUL
 * byte, unterminated quote, stray quote).
 */
int	 import_split(const char *line, size_t len, struct import_fields *, char *err, size_t errsz);

/* A header line (already split) names the columns in order (case and blanks around names ignored). 0 or -1. */
int	 import_header_ok(const struct import_fields *);

/* The database's slugs, each list sorted in strcmp order (searched with bsearch). */
struct import_lists {
	const char *const	*roles;
	size_t			 nroles;
	const char *const	*regions;
	size_t			 nregions;
	const char *const	*skills;
	size_t			 nskills;
	const char *const	*certs;
	size_t			 ncerts;
};

/* A valid line. Strings point into the import_fields it came from (or are constants). */
struct import_row {
	const char	*role, *region, *employment;
	int		 years, base, bonus, equity;
	const char	*skills[MAX_SKILLS];
	size_t		 nskills;
	const char	*certs[MAX_CERTS];
	size_t		 ncerts;
};

/* Every problem of one line, one message per field: "years: must be a whole number from 0 to 60 (got "x")". */
struct import_errors {
	size_t	 n;
	char	 msg[IMPORT_COL__MAX][IMPORT_MAX_MSG];
};

/*
 * Check a split line against the bounds of the contributions contract (the
 * same as the table's checks) and the lists; blanks around values are
 * ignored, empty bonus/equity are 0, skills and certifications are
 * ';'-separated (empty items ignored, repeats folded). Fills row when valid.
 * Rewrites fields in place. Returns the number of messages in errs (0: valid).
 */
size_t	 import_validate(struct import_fields *, const struct import_lists *, struct import_row *,
	    struct import_errors *errs);

/* The value as shown in a message: in double quotes, control bytes, '"' and '\' escaped, cut with "...". */
void	 import_show(const char *s, char *out, size_t outsz);

/* The header line the file must start with: the column names joined by commas, appended to b. */
void	import_header_text(struct buf *b);

#endif
