/*
 * Runs a fuzz target over its seed corpus (the files in tests/fuzz/corpus/NAME) so that
 * `make check` replays every input under the build's sanitizers; with
 * --enable-fuzzing the same targets are built for libFuzzer instead.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int
main(int argc, char *argv[])
{
	const char	*srcdir = getenv("srcdir");
	char		 dir[4096], path[8192];
	DIR		*dp;
	struct dirent	*de;
	FILE		*fp;
	unsigned char	*buf;
	size_t		 n, runs = 0;
	long		 sz;

	(void)argc;
	snprintf(dir, sizeof(dir), "%s/tests/fuzz/corpus/%s", srcdir ? srcdir : ".", FUZZ_NAME);
	if ((dp = opendir(dir)) == NULL) {
		fprintf(stderr, "%s: cannot open %s\n", argv[0], dir);
		return 1;
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if ((fp = fopen(path, "rb")) == NULL || fseek(fp, 0, SEEK_END) != 0 ||
		    (sz = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0) {
			fprintf(stderr, "%s: cannot read %s\n", argv[0], path);
			return 1;
		}
		buf = malloc((size_t)sz + 1);
		n = buf != NULL ? fread(buf, 1, (size_t)sz, fp) : 0;
		fclose(fp);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
		runs++;
	}
	closedir(dp);
	printf("%s: %zu inputs replayed\n", FUZZ_NAME, runs);
	return runs > 0 ? 0 : 1;
}
