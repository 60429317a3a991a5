#!/usr/bin/env bash
# t-cgi.sh: the binary run as plain CGI (no --listen, stdin not a socket) answers one request from the environment.
. "$(dirname "$0")/lib.sh"
e2e_need PAYBAND_BIN PAYBAND_TEMPLATES PGHOST PGPORT PGDATABASE

# cgi URI [METHOD]: run the program as a web server would run a CGI; stdout in E2E_BODY, exit status in CGI_RC.
cgi() {
	local method=${2:-GET}
	E2E_REQ="CGI $method $1"
	env -i PATH="$PATH" GATEWAY_INTERFACE=CGI/1.1 SERVER_PROTOCOL=HTTP/1.1 SERVER_NAME=localhost \
		REQUEST_METHOD="$method" REQUEST_URI="$1" SCRIPT_NAME= QUERY_STRING= \
		PGHOST="$PGHOST" PGPORT="$PGPORT" PGUSER=payband_web PGDATABASE="$PGDATABASE" \
		PAYBAND_TEMPLATES="$PAYBAND_TEMPLATES" \
		timeout 10 "$PAYBAND_BIN" </dev/null >"$E2E_BODY" 2>"$E2E_TMP/stderr"
	CGI_RC=$?
	E2E_STATUS=$(head -n 1 "$E2E_BODY" | tr -d '\r')
}
# cgi_ok STATUS-LINE: exit 0, stdout starts with STATUS-LINE and has a Content-Type header before the blank line
cgi_ok() {
	((CGI_RC == 0)) || e2e_fail "$E2E_REQ: exit status $CGI_RC (stderr: $(head -c 200 "$E2E_TMP/stderr"))"
	[[ $E2E_STATUS == "$1"* ]] || e2e_fail "$E2E_REQ: first line is '$E2E_STATUS', expected '$1…'"
	tr -d '\r' <"$E2E_BODY" | sed '/^$/q' | grep -qi '^Content-Type:' ||
		e2e_fail "$E2E_REQ: no Content-Type header"
}

cgi /healthz
check "CGI /healthz: Status: 200 and a Content-Type" cgi_ok "Status: 200"
check "CGI /healthz body is ok" expect_body_contains ok

cgi /report/backend-developer/us
check "CGI /report/backend-developer/us: Status: 200 and a Content-Type" cgi_ok "Status: 200"
check "CGI report shows \$159,428" expect_body_contains '$159,428'

cgi /no/such/page
check "CGI unknown path: Status: 404" cgi_ok "Status: 404"

# HEAD straight from the program (through nginx, nginx itself would drop a body sent by mistake)
cgi / HEAD
check "CGI HEAD /: Status: 200 and a Content-Type" cgi_ok "Status: 200"
no_body() {
	local rest
	rest=$(tr -d '\r' <"$E2E_BODY" | sed '1,/^$/d')
	[[ -z $rest ]] || e2e_fail "$E2E_REQ: a body of ${#rest} bytes follows the headers: $(head -c 80 <<<"$rest")"
}
check "CGI HEAD /: no body" no_body

finish
