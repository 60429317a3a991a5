/* Narrative text from the database: placeholders filled, emphasis split into segments. */
#ifndef PAYBAND_NARRATIVE_H
#define PAYBAND_NARRATIVE_H

#include <stddef.h>

#include "lib/util.h"

/* A named value a narrative may refer to as {name}. */
struct nvar {
	const char	*name;
	const char	*value;	/* NULL: no value here, narratives using it are skipped */
};

enum seg_style {
	SEG_PLAIN,
	SEG_STRONG,	/* **text** */
	SEG_EM,		/* *text* */
	SEG__MAX
};

struct seg {
	enum seg_style	 style;
	const char	*text;
};

/*
 * Fill the placeholders of body and split it at emphasis markers.
 * Returns 0, or -1 if body names a placeholder that is unknown or has no value
 * (the caller then leaves the narrative out).  Output lives in the arena.
 * A '{' that does not start "{name}" is literal text; an unclosed marker ends at the end.
 */
int	 narrative_render(struct arena *, const char *body, const struct nvar *,
	    size_t nvars, struct seg **out, size_t *nout);

/* Levenshtein distance between a and b, capped at cap+1 (enough to compare to a cap). */
size_t	 edit_distance(const char *a, const char *b, size_t cap);

#endif
