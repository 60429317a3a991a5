/* Fuzz target: the HTTP layer's untrusted headers: CONTENT_LENGTH (against the body limit) and Cookie:. */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "http/bounds.h"
#include "http/request.h"
#include "lib/util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena	 a;
	const char	*s, *v;
	size_t		 n;

	arena_init(&a);
	s = arena_strndup(&a, (const char *)data, len);	/* parameters from the server are C strings */
	if (http_content_length(s, MAX_BODY, &n) == 0 && n > MAX_BODY)
		__builtin_trap();
	if ((v = http_cookie(&a, s, "csrf")) != NULL && strlen(v) > strlen(s))
		__builtin_trap();
	(void)http_cookie(&a, s, "");
	arena_free(&a);
	return 0;
}
