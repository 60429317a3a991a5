/* Fuzz target: form/query decoding and the declared-parameter validator (untrusted input). */
#include "config.h"

#include <string.h>

#include "web/estimate.h"
#include "fuzz.h"
#include "http/params.h"
#include "lib/util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena	 a;
	struct param	*ps;
	size_t		 n, i;
	struct pfield	 f[EF__MAX];

	arena_init(&a);
	if (form_decode(&a, (const char *)data, len, &ps, &n) == DECODE_OK) {
		for (i = 0; i < n; i++)	/* every value is a NUL-terminated string of vlen bytes */
			if (strlen(ps[i].val) != ps[i].vlen)
				__builtin_trap();
		params_validate(&a, ps, n, estimate_spec, EF__MAX, f);
		for (i = 0; i < EF__MAX; i++)
			if ((f[i].err == FE_NONE) != (f[i].msg == NULL))
				__builtin_trap();
	}
	arena_free(&a);
	return 0;
}
