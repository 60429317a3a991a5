/* Secrets and tokens: the CSRF token tied to a cookie, receipts, and the rotating client hash. */
#ifndef PAYBAND_TOKEN_H
#define PAYBAND_TOKEN_H

#include <stddef.h>
#include <time.h>

#define TOKEN_KEY_BYTES	32
#define TOKEN_HEX	65	/* 32 bytes as hex + NUL */
#define CLIENT_HASH_BYTES 16

/* Load the server secret from a file (at least 32 bytes), or make a random one when path is NULL. 0 or -1. */
int	 token_init(const char *path, char *err, size_t errsz);
/* True when the secret came from a file (tokens survive restarts and sibling processes). */
int	 token_persistent(void);
/* A fresh random value as 64 hex characters (cookie values, idempotency keys use token_uuid). */
void	 token_random_hex(char out[TOKEN_HEX]);
/* A random RFC 4122 version 4 UUID, 36 characters + NUL. */
void	 token_uuid(char out[37]);
/* True if s is 64 lower-case hex characters. */
int	 token_hex_valid(const char *s);
/* True if s is a UUID in canonical form. */
int	 token_uuid_valid(const char *s);

/* The form token for a cookie value: HMAC-SHA256(secret, "csrf" || cookie) as hex. */
void	 token_csrf(const char *cookie, char out[TOKEN_HEX]);
/* Constant-time check that token belongs to cookie.  Returns 1 when it does. */
int	 token_csrf_ok(const char *cookie, const char *token);

/* A receipt for a stored contribution: "ID.MAC" so ids cannot be enumerated. */
void	 token_receipt(long long id, char *out, size_t outsz);
/* Returns the id, or -1 when the receipt is not one of ours. */
long long token_receipt_id(const char *receipt);

/*
 * A keyed hash of the client address for rate limiting.  The key is derived
 * from the secret and the UTC day, so it rotates daily and raw addresses are
 * never stored.
 */
void	 token_client_hash(const char *addr, time_t now, unsigned char out[CLIENT_HASH_BYTES]);

#endif
