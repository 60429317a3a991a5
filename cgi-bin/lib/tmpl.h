/* C interface to ctemplate: dictionaries, sections, includes and expansion. */
#ifndef PAYBAND_TMPL_H
#define PAYBAND_TMPL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tmpl_dict tmpl_dict;

/*
 * Load and parse every *.tpl file in dir into a new cache and, only if all of
 * them parse, make it the one used by tmpl_expand().  Returns 0 on success,
 * -1 (with a message in err, if given) and the old cache kept otherwise.
 * Thread-safe: expansions in flight keep the cache they started with.
 */
int		 tmpl_load(const char *dir, char *err, size_t errsz);
void		 tmpl_shutdown(void);

tmpl_dict	*tmpl_dict_new(const char *name);
void		 tmpl_dict_free(tmpl_dict *);
/* Values are copied; NULL is treated as the empty string. */
void		 tmpl_set(tmpl_dict *, const char *key, const char *value);
void		 tmpl_set_int(tmpl_dict *, const char *key, long value);
/* A value seen by this dictionary and every section and include below it. */
void		 tmpl_set_global(tmpl_dict *, const char *key, const char *value);
void		 tmpl_show(tmpl_dict *, const char *section);
/* One more instance of a repeated section; owned by the parent. */
tmpl_dict	*tmpl_add_section(tmpl_dict *, const char *section);
/* Fill the {{>name}} include with file; owned by the parent. */
tmpl_dict	*tmpl_include(tmpl_dict *, const char *name, const char *file);

typedef void	(*tmpl_writer)(void *ctx, const char *data, size_t len);
/* Expand file with dict into writer.  Returns 0, or -1 if the template is missing or broken. */
int		 tmpl_expand(const char *file, const tmpl_dict *, tmpl_writer, void *ctx);

#ifdef __cplusplus
}
#endif

#endif
