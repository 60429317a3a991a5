/* Tokens: CSRF token tied to its cookie, receipts, UUIDs, the daily client hash (table-driven). */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/token.h"

static int
setup(void **state)
{
	char	 err[128];

	(void)state;
	return token_init(NULL, err, sizeof(err));
}

static void
test_csrf(void **state)
{
	char	 a[TOKEN_HEX], b[TOKEN_HEX], ta[TOKEN_HEX], tb[TOKEN_HEX], bad[TOKEN_HEX];

	(void)state;
	token_random_hex(a);
	token_random_hex(b);
	assert_true(token_hex_valid(a));
	assert_string_not_equal(a, b);
	token_csrf(a, ta);
	token_csrf(b, tb);
	assert_true(token_csrf_ok(a, ta));
	assert_true(token_csrf_ok(b, tb));
	/* a token from another cookie, a missing one, a malformed one */
	assert_false(token_csrf_ok(a, tb));
	assert_false(token_csrf_ok(b, ta));
	assert_false(token_csrf_ok(NULL, ta));
	assert_false(token_csrf_ok(a, NULL));
	assert_false(token_csrf_ok(a, ""));
	assert_false(token_csrf_ok("", ""));
	memcpy(bad, ta, sizeof(bad));
	bad[10] = bad[10] == 'a' ? 'b' : 'a';
	assert_false(token_csrf_ok(a, bad));
	memcpy(bad, ta, sizeof(bad));
	bad[63] = '\0';
	assert_false(token_csrf_ok(a, bad));
	memcpy(bad, ta, sizeof(bad));
	bad[0] = 'G';
	assert_false(token_csrf_ok(a, bad));
	/* upper-case hex is not ours */
	memcpy(bad, ta, sizeof(bad));
	for (size_t i = 0; i < 64; i++)
		if (bad[i] >= 'a' && bad[i] <= 'f')
			bad[i] = (char)(bad[i] - 'a' + 'A');
	if (strcmp(bad, ta) != 0)	/* the token had letters: its upper-case twin is refused */
		assert_false(token_csrf_ok(a, bad));
}

static void
test_hex_and_uuid(void **state)
{
	static const struct { const char *s; int hex, uuid; } cases[] = {
		{ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 1, 0 },
		{ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", 0, 0 },
		{ "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", 0, 0 },
		{ "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", 0, 0 },
		{ "123e4567-e89b-42d3-a456-426614174000", 0, 1 },
		{ "123e4567e89b42d3a456426614174000", 0, 0 },
		{ "123e4567-e89b-42d3-a456-42661417400", 0, 0 },
		{ "123e4567-e89b-42d3-a456-4266141740000", 0, 0 },
		{ "123e4567-e89b-42d3-a456_426614174000", 0, 0 },
		{ "", 0, 0 },
	};
	char	 u[37];
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(token_hex_valid(cases[i].s), cases[i].hex);
		assert_int_equal(token_uuid_valid(cases[i].s), cases[i].uuid);
	}
	token_uuid(u);
	assert_true(token_uuid_valid(u));
	assert_int_equal(u[14], '4');
}

static void
test_receipt(void **state)
{
	char	 r[96], bad[96];

	(void)state;
	token_receipt(42, r, sizeof(r));
	assert_int_equal(token_receipt_id(r), 42);
	token_receipt(987654321012LL, r, sizeof(r));
	assert_int_equal(token_receipt_id(r), 987654321012LL);
	memcpy(bad, r, sizeof(bad));
	bad[0] = bad[0] == '9' ? '8' : '9';	/* another id with this MAC */
	assert_int_equal(token_receipt_id(bad), -1);
	memcpy(bad, r, sizeof(bad));
	bad[strlen(bad) - 1] = bad[strlen(bad) - 1] == '0' ? '1' : '0';
	assert_int_equal(token_receipt_id(bad), -1);
	assert_int_equal(token_receipt_id("42"), -1);
	assert_int_equal(token_receipt_id(".abc"), -1);
	assert_int_equal(token_receipt_id("-1.00"), -1);
	assert_int_equal(token_receipt_id(NULL), -1);
}

static void
test_client_hash(void **state)
{
	unsigned char	 a[CLIENT_HASH_BYTES], b[CLIENT_HASH_BYTES], c[CLIENT_HASH_BYTES];
	time_t		 day = 1790000000;	/* some day in 2026 */

	(void)state;
	token_client_hash("192.0.2.1", day, a);
	token_client_hash("192.0.2.1", day + 60, b);
	assert_memory_equal(a, b, sizeof(a));		/* same day, same client */
	token_client_hash("192.0.2.2", day, c);
	assert_memory_not_equal(a, c, sizeof(a));	/* another client */
	token_client_hash("192.0.2.1", day + 86400, c);
	assert_memory_not_equal(a, c, sizeof(a));	/* the key rotates daily */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csrf),
		cmocka_unit_test(test_hex_and_uuid),
		cmocka_unit_test(test_receipt),
		cmocka_unit_test(test_client_hash),
	};

	return cmocka_run_group_tests_name("token", tests, setup, NULL);
}
