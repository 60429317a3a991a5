/* Secrets and tokens: the CSRF token tied to a cookie, receipts, and the rotating client hash. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "lib/log.h"
#include "core/token.h"

/* Written once at start-up before any thread exists, read-only afterwards. */
static unsigned char secret[TOKEN_KEY_BYTES];
static int persistent;

int
token_persistent(void)
{
	return persistent;
}

int
token_init(const char *path, char *err, size_t errsz)
{
	unsigned char	 buf[4096];
	ssize_t		 n;
	size_t		 total = 0;
	int		 fd;

	if (sodium_init() < 0) {
		snprintf(err, errsz, "libsodium failed to initialise");
		return -1;
	}
	if (path == NULL || path[0] == '\0') {
		randombytes_buf(secret, sizeof(secret));
		return 0;
	}
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		snprintf(err, errsz, "secret file %s: %s", path, strerror(errno));
		return -1;
	}
	while (total < sizeof(buf) && (n = read(fd, buf + total, sizeof(buf) - total)) > 0)
		total += (size_t)n;
	close(fd);
	if (total < TOKEN_KEY_BYTES) {
		snprintf(err, errsz, "secret file %s: needs at least %d bytes", path, TOKEN_KEY_BYTES);
		return -1;
	}
	/* Any length, any bytes: hash it down to the key. */
	crypto_generichash(secret, sizeof(secret), buf, total, NULL, 0);
	sodium_memzero(buf, sizeof(buf));
	persistent = 1;
	return 0;
}

static void
to_hex(const unsigned char *b, size_t n, char *out, size_t outsz)
{
	sodium_bin2hex(out, outsz, b, n);
}

void
token_random_hex(char out[TOKEN_HEX])
{
	unsigned char	 b[32];

	randombytes_buf(b, sizeof(b));
	to_hex(b, sizeof(b), out, TOKEN_HEX);
}

void
token_uuid(char out[37])
{
	unsigned char	 b[16];

	randombytes_buf(b, sizeof(b));
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
	    b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
	    b[14], b[15]);
}

static int
hexdigit(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

int
token_hex_valid(const char *s)
{
	size_t	 i;

	for (i = 0; i < 64; i++)
		if (!hexdigit(s[i]))
			return 0;
	return s[64] == '\0';
}

int
token_uuid_valid(const char *s)
{
	size_t	 i;

	for (i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return 0;
		} else if (!hexdigit(s[i]))
			return 0;
	}
	return s[36] == '\0';
}

static void
mac(const char *domain, const char *msg, unsigned char out[crypto_auth_hmacsha256_BYTES])
{
	crypto_auth_hmacsha256_state	 st;

	crypto_auth_hmacsha256_init(&st, secret, sizeof(secret));
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)domain, strlen(domain) + 1);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)msg, strlen(msg));
	crypto_auth_hmacsha256_final(&st, out);
}

void
token_csrf(const char *cookie, char out[TOKEN_HEX])
{
	unsigned char	 m[crypto_auth_hmacsha256_BYTES];

	mac("csrf", cookie, m);
	to_hex(m, sizeof(m), out, TOKEN_HEX);
}

int
token_csrf_ok(const char *cookie, const char *token)
{
	char	 want[TOKEN_HEX];

	if (cookie == NULL || token == NULL || !token_hex_valid(cookie) || !token_hex_valid(token))
		return 0;
	token_csrf(cookie, want);
	return sodium_memcmp(want, token, 64) == 0;
}

void
token_receipt(long long id, char *out, size_t outsz)
{
	char		 idstr[32], hex[TOKEN_HEX];
	unsigned char	 m[crypto_auth_hmacsha256_BYTES];

	snprintf(idstr, sizeof(idstr), "%lld", id);
	mac("receipt", idstr, m);
	to_hex(m, 16, hex, sizeof(hex));	/* 128 bits is plenty to stop guessing */
	snprintf(out, outsz, "%s.%s", idstr, hex);
}

long long
token_receipt_id(const char *receipt)
{
	char		 want[64];
	const char	*dot;
	long long	 id = 0;
	size_t		 i, n;

	if (receipt == NULL || (dot = strchr(receipt, '.')) == NULL)
		return -1;
	n = (size_t)(dot - receipt);
	if (n == 0 || n > 18)
		return -1;
	for (i = 0; i < n; i++) {
		if (receipt[i] < '0' || receipt[i] > '9')
			return -1;
		id = id * 10 + (receipt[i] - '0');
	}
	token_receipt(id, want, sizeof(want));
	if (strlen(receipt) != strlen(want) || sodium_memcmp(want, receipt, strlen(want)) != 0)
		return -1;
	return id;
}

void
token_client_hash(const char *addr, time_t now, unsigned char out[CLIENT_HASH_BYTES])
{
	unsigned char	 day_key[crypto_generichash_KEYBYTES];
	char		 day[32];
	struct tm	 tm;

	gmtime_r(&now, &tm);
	strftime(day, sizeof(day), "client-hash %Y-%m-%d", &tm);
	crypto_generichash(day_key, sizeof(day_key), (const unsigned char *)day, strlen(day),
	    secret, sizeof(secret));
	crypto_generichash(out, CLIENT_HASH_BYTES, (const unsigned char *)(addr ? addr : ""),
	    addr ? strlen(addr) : 0, day_key, sizeof(day_key));
	sodium_memzero(day_key, sizeof(day_key));
}
