#!/usr/bin/env bash
# t-sigterm.sh: a second FastCGI instance on its own socket answers a request (cgi-fcgi, no web server) and exits 0
# within 5 s of SIGTERM.
. "$(dirname "$0")/lib.sh"
e2e_need PAYBAND_BIN PAYBAND_TEMPLATES PGHOST PGPORT PGDATABASE E2E_RUN_DIR

sock=$E2E_RUN_DIR/sigterm-$$.sock
log=$E2E_RUN_DIR/payband-sigterm.log
pid=
on_exit '[[ -z $pid ]] || kill -KILL "$pid" 2>/dev/null; rm -f "$sock"'

start() {
	PGUSER=payband_web "$PAYBAND_BIN" --listen "unix:$sock" --socket-mode 0600 --threads 2 \
		--templates "$PAYBAND_TEMPLATES" </dev/null >>"$log" 2>&1 &
	pid=$!
	wait_until 10 0.1 test -S "$sock" || e2e_fail "no socket $sock after 10 s (log: $(tail -n 3 "$log" | tr '\n' ' '))"
}
check "second instance listens on its own socket" start

request() {
	E2E_REQ="FastCGI GET /healthz"
	env REQUEST_METHOD=GET REQUEST_URI=/healthz SCRIPT_NAME= QUERY_STRING= SERVER_PROTOCOL=HTTP/1.1 \
		timeout 10 cgi-fcgi -bind -connect "$sock" </dev/null >"$E2E_BODY" 2>"$E2E_TMP/stderr" ||
		e2e_fail "cgi-fcgi failed: $(head -c 200 "$E2E_TMP/stderr")"
	tr -d '\r' <"$E2E_BODY" | head -n 1 | grep -q '^Status: 200' ||
		e2e_fail "$E2E_REQ answered '$(head -n 1 "$E2E_BODY" | tr -d '\r')', expected Status: 200"
	expect_body_contains ok
}
check "it answers GET /healthz over FastCGI" request

term() {
	local rc
	[[ -n $pid ]] || { e2e_fail "not started"; return; }
	kill -TERM "$pid"
	if ! wait_until 5 0.1 exited "$pid"; then
		e2e_fail "still running 5 s after SIGTERM"
		return
	fi
	wait "$pid"; rc=$?
	pid=
	((rc == 0)) || e2e_fail "exit status $rc after SIGTERM, expected 0 (log: $(tail -n 3 "$log" | tr '\n' ' '))"
}
check "SIGTERM: exits 0 within 5 s" term

finish
