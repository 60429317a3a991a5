/* Fuzz target: narrative rendering ({placeholders}, **strong**, *em*). */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "core/narrative.h"
#include "lib/util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static const struct nvar vars[] = {
		{ "role", "Backend Developer" }, { "mean", "$159,428" }, { "top_skill", "**x*" },
		{ "top_cert", NULL },
	};
	struct arena	 a;
	struct seg	*segs;
	size_t		 n, i;
	char		*body;

	arena_init(&a);
	body = arena_strndup(&a, (const char *)data, len);
	if (narrative_render(&a, body, vars, sizeof(vars) / sizeof(vars[0]), &segs, &n) == 0)
		for (i = 0; i < n; i++)
			if (segs[i].style >= SEG__MAX || segs[i].text == NULL || segs[i].text[0] == '\0')
				__builtin_trap();
	(void)edit_distance(body, "backend-developer", 4);
	arena_free(&a);
	return 0;
}
