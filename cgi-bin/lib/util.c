/* Allocation that never fails silently, growable buffers and the per-request arena. */
#include "config.h"

#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/util.h"

static void
oom(void)
{
	static const char msg[] = "payband: out of memory\n";

	fwrite(msg, 1, sizeof(msg) - 1, stderr);
	abort();
}

void *
xmalloc(size_t sz)
{
	void	*p = malloc(sz == 0 ? 1 : sz);

	if (p == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t sz)
{
	void	*p = calloc(n == 0 ? 1 : n, sz == 0 ? 1 : sz);

	if (p == NULL)
		oom();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t sz)
{
	if (sz != 0 && n > SIZE_MAX / sz)
		oom();
	p = realloc(p, n * sz == 0 ? 1 : n * sz);
	if (p == NULL)
		oom();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	if (n == SIZE_MAX)
		oom();
	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

static void
buf_reserve(struct buf *b, size_t extra)
{
	size_t	 need, cap;

	if (extra > SIZE_MAX - b->len - 1)
		oom();
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	b->data = xreallocarray(b->data, cap, 1);
	b->cap = cap;
}

void
buf_append(struct buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

void
buf_putc(struct buf *b, char c)
{
	buf_append(b, &c, 1);
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 ap2;
	int	 n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	buf_reserve(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

/* Arena blocks: a linked list, newest first; big requests get their own block. */
#define ARENA_BLOCK 16384u
/* Bytes of blocks an arena keeps between requests (a result page needs about 150 KB). */
#define ARENA_KEEP (512u * 1024)

struct arena_block {
	struct arena_block	*next;
	size_t			 used;
	size_t			 cap;
	_Alignas(max_align_t) unsigned char data[];
};

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->spare = NULL;
}

void *
arena_alloc(struct arena *a, size_t sz)
{
	struct arena_block	*b = a->head;
	size_t			 align = _Alignof(max_align_t), cap;
	void			*p;

	if (sz > SIZE_MAX - align)
		oom();
	sz = (sz + align - 1) & ~(align - 1);
	if (sz == 0)
		sz = align;
	if (b == NULL || b->cap - b->used < sz) {
		struct arena_block **sp;

		/* a kept block that fits (arena_reset) */
		for (sp = &a->spare; *sp != NULL; sp = &(*sp)->next)
			if ((*sp)->cap >= sz) {
				b = *sp;
				*sp = b->next;
				b->used = 0;
				b->next = a->head;
				a->head = b;
				p = b->data;
				b->used = sz;
				return p;
			}
		cap = sz > ARENA_BLOCK ? sz : ARENA_BLOCK;
		if (cap > SIZE_MAX - sizeof(*b))
			oom();
		b = xmalloc(sizeof(*b) + cap);
		b->used = 0;
		b->cap = cap;
		b->next = a->head;
		a->head = b;
	}
	p = b->data + b->used;
	b->used += sz;
	return p;
}

size_t
arena_bytes(const struct arena *a)
{
	const struct arena_block	*b;
	size_t				 n = 0;

	for (b = a->head; b != NULL; b = b->next)
		n += sizeof(*b) + b->cap;
	return n;
}

void *
arena_calloc(struct arena *a, size_t n, size_t sz)
{
	void	*p;

	if (sz != 0 && n > SIZE_MAX / sz)
		oom();
	p = arena_alloc(a, n * sz);
	memset(p, 0, n * sz);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char	*p;

	if (n == SIZE_MAX)
		oom();
	p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_cat(struct arena *a, const char *s, ...)
{
	va_list		 ap;
	const char	*p;
	size_t		 n = 0;
	char		*out, *q;

	va_start(ap, s);
	for (p = s; p != NULL; p = va_arg(ap, const char *))
		n += strlen(p);
	va_end(ap);
	q = out = arena_alloc(a, n + 1);
	va_start(ap, s);
	for (p = s; p != NULL; p = va_arg(ap, const char *)) {
		size_t	 l = strlen(p);

		memcpy(q, p, l);
		q += l;
	}
	va_end(ap);
	*q = '\0';
	return out;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return s == NULL ? NULL : arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return arena_strdup(a, "");
	p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void
arena_reset(struct arena *a)
{
	struct arena_block	*b, *next;
	size_t			 kept = 0;

	/*
	 * Keep blocks for the next request, up to ARENA_KEEP bytes: a page allocates about the same
	 * every time, and malloc/free of its blocks on every request showed in profiles.
	 */
	for (b = a->spare; b != NULL; b = b->next)
		kept += b->cap;
	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		if (kept + b->cap <= ARENA_KEEP) {
			kept += b->cap;
			b->used = 0;
			b->next = a->spare;
			a->spare = b;
		} else
			free(b);
	}
	a->head = NULL;
}

void
arena_free(struct arena *a)
{
	struct arena_block	*b, *next;

	arena_reset(a);
	for (b = a->spare; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->spare = NULL;
}

/* A text[] literal: every element double-quoted, '"' and '\' escaped (whatever the slugs hold). */
void
buf_text_array(struct buf *b, const char *const *v, size_t n)
{
	size_t		 i;
	const char	*p;

	buf_reset(b);
	buf_putc(b, '{');
	for (i = 0; i < n; i++) {
		buf_puts(b, i > 0 ? ",\"" : "\"");
		for (p = v[i]; *p != '\0'; p++) {
			if (*p == '"' || *p == '\\')
				buf_putc(b, '\\');
			buf_putc(b, *p);
		}
		buf_putc(b, '"');
	}
	buf_putc(b, '}');
}
