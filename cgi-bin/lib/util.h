/* Allocation that never fails silently, growable buffers and the per-request arena. */
#ifndef PAYBAND_UTIL_H
#define PAYBAND_UTIL_H

#include <stddef.h>
#include <stdarg.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);

/* A growable byte buffer, always NUL-terminated. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_reset(struct buf *);
void	 buf_append(struct buf *, const char *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Replaces the contents with a PostgreSQL text[] literal: every element double-quoted, '"' and '\\' escaped. */
void	 buf_text_array(struct buf *, const char *const *v, size_t n);
void	 buf_vprintf(struct buf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));

/*
 * An arena: every allocation of one request comes from here and is
 * released at once by arena_reset() at the end of the accept-loop turn.
 */
struct arena_block;
struct arena {
	struct arena_block	*head;
	struct arena_block	*spare;	/* blocks kept by arena_reset for the next allocations */
};

void	 arena_init(struct arena *);
void	*arena_alloc(struct arena *, size_t);
void	*arena_calloc(struct arena *, size_t, size_t);
char	*arena_strdup(struct arena *, const char *);
char	*arena_strndup(struct arena *, const char *, size_t);
/* The strings given, joined; the list ends with NULL.  (Cheaper than arena_printf on hot paths.) */
char	*arena_cat(struct arena *, const char *, ...) __attribute__((sentinel));
char	*arena_printf(struct arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 arena_reset(struct arena *);
/* Bytes the arena holds (blocks and their headers). */
size_t	 arena_bytes(const struct arena *);
void	 arena_free(struct arena *);

/* Numbers that may be missing: NUM_NONE stands for "none" (SQL NULL: "not published"). */
#define NUM_NONE (-1LL)

#endif
