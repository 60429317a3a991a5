#!/usr/bin/env bash
# t-errors.sh: 404 with suggestions, 405 with Allow, /healthz, and HEAD answered without a body.
. "$(dirname "$0")/lib.sh"

fetch "$BASE_URL/report/backend-developr/us"
check "misspelt role is 404" expect_status 404
check "misspelt role suggests /report/backend-developer/us" expect_body_contains "/report/backend-developer/us"

fetch "$BASE_URL/report/backend-developer/us-zz"
check "unknown region is 404" expect_status 404

fetch "$BASE_URL/no/such/page"
check "unknown path is 404" expect_status 404

fetch "$BASE_URL/report/backend-developer/us" -X POST
check "POST on a report is 405" expect_status 405
check "405 has an Allow header with GET" expect_header_contains Allow GET

fetch "$BASE_URL/healthz"
healthz_ok() {
	expect_status 200
	[[ $(head -n 1 "$E2E_BODY" | tr -d '\r') == ok ]] ||
		e2e_fail "$(e2e_got): first line is '$(e2e_excerpt 60)', expected 'ok'"
	grep -qE '^sql statements sent: [0-9]+$' "$E2E_BODY" || e2e_fail "$(e2e_got): no 'sql statements sent' line"
}
check "/healthz is 200 ok" healthz_ok

# HEAD through a raw HTTP/1.0 connection: curl -I never reads a body, so it could not see one sent by mistake.
head_home() {
	local hostport=${BASE_URL#http://} response status rest
	hostport=${hostport%%/*}
	E2E_REQ="HEAD /"
	response=$(timeout 10 bash -c 'exec 3<>"/dev/tcp/${1%:*}/${1##*:}" || exit 1
		printf "HEAD / HTTP/1.0\r\nHost: %s\r\n\r\n" "$1" >&3; cat <&3' _ "$hostport" 2>/dev/null | tr -d '\r'; echo x)
	response=${response%x}
	status=$(printf '%s' "$response" | head -n 1)
	[[ $status =~ ^HTTP/1\.[01]\ 200 ]] || { e2e_fail "HEAD / → '${status:-no answer}', expected 200"; return; }
	[[ $response == *$'\n\n'* ]] || { e2e_fail "HEAD /: response headers do not end"; return; }
	rest=${response#*$'\n\n'}
	[[ -z $rest ]] || e2e_fail "HEAD / sent a body of ${#rest} bytes: $(printf '%s' "$rest" | head -c 80)"
}
check "HEAD / is 200 with an empty body" head_home

finish
