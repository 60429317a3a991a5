#!/usr/bin/env bash
# t-secure-cookie.sh: the form's cookie carries Secure when the front end says the request came over HTTPS (HTTPS=on,
# as nginx's fastcgi_params and Apache set it), and not otherwise (HTTPS absent or "off"). Run as plain CGI, where the
# test sets the front end's parameters itself.
. "$(dirname "$0")/lib.sh"
e2e_need PAYBAND_BIN PAYBAND_TEMPLATES PGHOST PGPORT PGDATABASE PAYBAND_SECRET_FILE

# cookie_for HTTPS-VALUE ("" = not set): the Set-Cookie line of GET /contribute
cookie_for() {
	env -i PATH="$PATH" GATEWAY_INTERFACE=CGI/1.1 SERVER_PROTOCOL=HTTP/1.1 SERVER_NAME=localhost \
		REQUEST_METHOD=GET REQUEST_URI=/contribute SCRIPT_NAME= QUERY_STRING= ${1:+HTTPS=$1} \
		PGHOST="$PGHOST" PGPORT="$PGPORT" PGUSER=payband_web PGDATABASE="$PGDATABASE" \
		PAYBAND_TEMPLATES="$PAYBAND_TEMPLATES" PAYBAND_SECRET_FILE="$PAYBAND_SECRET_FILE" \
		timeout 20 "$PAYBAND_BIN" </dev/null 2>/dev/null | tr -d '\r' | sed '/^$/q' | grep -i '^Set-Cookie:'
}
secure_when() { # secure_when HTTPS-VALUE yes|no
	local c
	c=$(cookie_for "$1")
	[[ -n $c ]] || { e2e_fail "HTTPS=${1:-<unset>}: no Set-Cookie"; return; }
	if [[ $2 == yes ]]; then [[ $c == *"; Secure"* ]] || e2e_fail "HTTPS=${1:-<unset>}: '$c' lacks Secure"
	else [[ $c != *Secure* ]] || e2e_fail "HTTPS=${1:-<unset>}: '$c' has Secure"; fi
}
check "HTTPS=on: the cookie carries Secure" secure_when on yes
check "HTTPS=ON (any case): Secure" secure_when ON yes
check "no HTTPS parameter (plain HTTP): no Secure" secure_when "" no
check "HTTPS=off: no Secure" secure_when off no
finish
