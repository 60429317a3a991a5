/* Fuzz target: REQUEST_URI decoding (base path, percent-decoding, UTF-8) and path splitting. */
#include "config.h"

#include <string.h>

#include "fuzz.h"
#include "http/params.h"
#include "lib/util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct arena	 a;
	const char	*path, *segs[8];
	char		*uri;

	arena_init(&a);
	uri = arena_strndup(&a, (const char *)data, len);	/* URIs from the server are C strings */
	if (path_decode(&a, uri, "/payband", &path) == DECODE_OK && path != NULL) {
		if (path[0] != '/' || !utf8_valid(path, strlen(path)))
			__builtin_trap();
		(void)path_split(&a, path, segs, 8);
	}
	(void)path_decode(&a, uri, "", &path);
	arena_free(&a);
	return 0;
}
