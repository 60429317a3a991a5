#!/usr/bin/env bash
# t-db-restart.sh: after PostgreSQL restarts, the first request of each worker answers 200 at once, both when its
# statement was already prepared on the broken connection (it fails at execution) and when it was not (it fails at
# the prepare step): each gets one retry on a new connection. One instance with one thread, so that every request
# meets the same connection. Restarts the cluster, so it runs last.
# e2e: run last
. "$(dirname "$0")/lib.sh"
e2e_need PAYBAND_BIN PAYBAND_TEMPLATES PGHOST PGPORT PGDATABASE E2E_RUN_DIR E2E_PG_STOP E2E_PG_START

sock=$E2E_RUN_DIR/db-restart-$$.sock
log=$E2E_RUN_DIR/payband-db-restart.log
pid=
pg_down=
on_exit '[[ -z $pid ]] || { kill -TERM "$pid"; wait "$pid"; } 2>/dev/null; rm -f "$sock"; [[ -z $pg_down ]] || eval "$E2E_PG_START" >/dev/null 2>&1'

start() {
	PGUSER=payband_web "$PAYBAND_BIN" --listen "unix:$sock" --socket-mode 0600 --threads 1 \
		--templates "$PAYBAND_TEMPLATES" </dev/null >>"$log" 2>&1 &
	pid=$!
	wait_until 10 0.1 test -S "$sock" || e2e_fail "no socket $sock after 10 s (log: $(tail -n 3 "$log" | tr '\n' ' '))"
}
check "an instance with one worker thread listens on its own socket" start

# get URI: one FastCGI request; E2E_STATUS is its status (000: no answer)
get() {
	local q=
	[[ $1 == *\?* ]] && q=${1#*\?}
	E2E_REQ="FastCGI GET $1"
	env REQUEST_METHOD=GET REQUEST_URI="$1" SCRIPT_NAME= QUERY_STRING="$q" SERVER_PROTOCOL=HTTP/1.1 \
		timeout 10 cgi-fcgi -bind -connect "$sock" </dev/null >"$E2E_BODY" 2>/dev/null
	E2E_STATUS=$(tr -d '\r' <"$E2E_BODY" | sed -n '1s/^Status: \([0-9]*\).*/\1/p')
	E2E_STATUS=${E2E_STATUS:-000}
}
expect_get() { get "$1"; expect_status "$2"; }

check "/healthz answers 200 (the connection is open, only its statement prepared)" expect_get /healthz 200

restart_pg() {
	pg_down=1
	eval "$E2E_PG_STOP" >/dev/null 2>&1 || e2e_fail "stopping PostgreSQL failed"
	eval "$E2E_PG_START" >/dev/null 2>&1 || e2e_fail "starting PostgreSQL failed"
	pg_down=
}
check "restart PostgreSQL" restart_pg
# The connection broke; the report's statements were never prepared on it: the prepare step meets the break.
check "first request after the restart, statements not yet prepared: 200 (retried after the prepare step)" \
	expect_get /report/backend-developer/us 200
check "the report shows its figures" expect_body_contains '$159,428'

check "restart PostgreSQL again" restart_pg
# Now /healthz's statement was prepared on the connection that broke: execution meets the break.
check "first request after the restart, statement prepared before: 200 (retried after execution)" \
	expect_get /healthz 200

finish
