#!/usr/bin/env bash
# t-durability.sh: a few hundred contributions sent concurrently over FastCGI while the program is killed with
# SIGKILL and restarted, again and again. Afterwards every contribution that was acknowledged (303) is in the
# database exactly once, and sending every one of them again stores nothing twice.
. "$(dirname "$0")/lib.sh"
e2e_need PAYBAND_BIN PAYBAND_TEMPLATES PAYBAND_SECRET_FILE PGHOST PGPORT PGDATABASE E2E_RUN_DIR

N=${DURABILITY_N:-400}
sock=$E2E_RUN_DIR/durability-$$.sock
log=$E2E_RUN_DIR/payband-durability.log
pidfile=$E2E_TMP/payband.pid
stopfile=$E2E_TMP/stop-killing
role=web-developer region=us-nv
cleanup_sql="delete from contributions where role_id = (select id from roles where slug = '$role')
	and region_id = (select id from regions where slug = '$region')"
psql_super -c "$cleanup_sql" >/dev/null 2>&1
on_exit 'touch "$stopfile"; [[ -z ${killer:-} ]] || wait "$killer" 2>/dev/null; [[ ! -s $pidfile ]] || kill -KILL "$(cat "$pidfile")" 2>/dev/null; rm -f "$sock"; psql_super -c "$cleanup_sql" >/dev/null 2>&1'

# start: (re)start the instance and wait until it answers; a killed one leaves its socket file behind, so the
# file alone says nothing.
start() {
	rm -f "$sock"
	PGUSER=payband_web "$PAYBAND_BIN" --listen "unix:$sock" --socket-mode 0600 --threads 4 \
		--templates "$PAYBAND_TEMPLATES" --secret-file "$PAYBAND_SECRET_FILE" --rate-limit 1000000 \
		</dev/null >>"$log" 2>&1 &
	echo $! >"$pidfile"
	wait_until 10 0.05 answers
}

answers() {
	[[ -S $sock ]] && env -i PATH="$PATH" REQUEST_METHOD=GET REQUEST_URI=/healthz SCRIPT_NAME= QUERY_STRING= \
		timeout 5 cgi-fcgi -bind -connect "$sock" </dev/null 2>/dev/null | head -n 1 | grep -q '^Status: 200'
}

# fcgi METHOD URI [BODY]: one FastCGI request; prints the response.
fcgi() {
	local body=${3:-}
	printf '%s' "$body" | env -i PATH="$PATH" REQUEST_METHOD="$1" REQUEST_URI="$2" SCRIPT_NAME= QUERY_STRING= \
		SERVER_PROTOCOL=HTTP/1.1 CONTENT_TYPE=application/x-www-form-urlencoded CONTENT_LENGTH=${#body} \
		HTTP_COOKIE="pb_csrf=$COOKIE" REMOTE_ADDR=192.0.2.10 timeout 10 cgi-fcgi -bind -connect "$sock" 2>/dev/null
}
export -f fcgi

check "the instance starts" start

t_token() {
	local out
	out=$(COOKIE= fcgi GET /contribute)
	COOKIE=$(printf '%s' "$out" | grep -o 'pb_csrf=[0-9a-f]*' | head -n 1 | cut -d= -f2)
	TOKEN=$(printf '%s' "$out" | grep -o 'name="csrf" value="[0-9a-f]*"' | grep -o '[0-9a-f]\{64\}')
	[[ ${#COOKIE} == 64 && ${#TOKEN} == 64 ]] || e2e_fail "no cookie/token from GET /contribute"
	export COOKIE TOKEN sock role region
}
check "a form token (valid across restarts: --secret-file)" t_token

keys=$E2E_TMP/keys
for ((i = 0; i < N; i++)); do cat /proc/sys/kernel/random/uuid; done >"$keys"

# send KEY: POST one contribution; prints "KEY STATUS".
send() {
	local body="csrf=$TOKEN&key=$1&role=$role&region=$region&years=$((0x${1:0:2} % 40))&base_salary=$((60000 + 0x${1:2:3}))&employment=full-time"
	printf '%s %s\n' "$1" "$(fcgi POST /contribute "$body" | head -n 1 | tr -d '\r' | awk '{print $2}')"
}
export -f send

t_storm() {
	local acked killed
	rm -f "$stopfile"
	# the killer: SIGKILL the program every 50–150 ms and start it again, until told to stop
	(
		k=0
		while [[ ! -e $stopfile ]]; do
			sleep "$(printf '0.%02d' $((5 + RANDOM % 10)))"
			[[ -e $stopfile ]] && break
			kill -KILL "$(cat "$pidfile")" 2>/dev/null && k=$((k + 1))
			start || true
		done
		echo "$k" >"$E2E_TMP/kills"
	) &
	killer=$!
	xargs -P 24 -n 1 bash -c 'send "$0"' <"$keys" >"$E2E_TMP/storm" 2>/dev/null
	touch "$stopfile"
	wait "$killer"
	killer=
	acked=$(awk '$2 == 303' "$E2E_TMP/storm" | wc -l)
	killed=$(cat "$E2E_TMP/kills" 2>/dev/null || echo 0)
	printf '    %s of %s acknowledged while the program was killed %s times\n' "$acked" "$N" "$killed"
	((killed >= 3)) || e2e_fail "the program was killed only $killed times"
	((acked > 0)) || e2e_fail "nothing was acknowledged"
	[[ $(wc -l <"$E2E_TMP/storm") == "$N" ]] || e2e_fail "not every submission finished"
}
check "$N concurrent contributions while the program is killed (SIGKILL) and restarted" t_storm

in_db() { # in_db FILE-OF-KEYS: how many of the keys have exactly one row
	local list
	list=$(awk '{printf "%s'\''%s'\''", (NR > 1 ? "," : ""), $1}' "$1")
	[[ -n $list ]] || { echo 0; return; }
	psql_super -c "select count(*) from (select idempotency_key from contributions
		where idempotency_key in ($list) group by 1 having count(*) = 1) k"
}

t_acked_stored() {
	local want got
	awk '$2 == 303 {print $1}' "$E2E_TMP/storm" >"$E2E_TMP/acked"
	want=$(wc -l <"$E2E_TMP/acked")
	got=$(in_db "$E2E_TMP/acked")
	[[ $got == "$want" ]] || e2e_fail "$want acknowledged, but only $got of them are stored exactly once"
}
check "every acknowledged contribution is stored, exactly once" t_acked_stored

t_resend() {
	local total bad
	{ [[ -s $pidfile ]] && ! exited "$(cat "$pidfile")" && wait_until 10 0.1 answers; } || start ||
		{ e2e_fail "the instance does not answer"; return; }
	# what a browser does after a failure or a double click: send the same form again
	xargs -P 8 -n 1 bash -c 'send "$0"' <"$keys" >"$E2E_TMP/resend" 2>/dev/null
	bad=$(awk '$2 != 303' "$E2E_TMP/resend" | wc -l)
	((bad == 0)) || e2e_fail "$bad re-sends were not acknowledged: $(awk '$2 != 303' "$E2E_TMP/resend" | head -n 3 | tr '\n' ' ')"
	total=$(psql_super -c "select count(*) from contributions c join roles r on r.id = c.role_id
		join regions g on g.id = c.region_id where r.slug = '$role' and g.slug = '$region'")
	[[ $total == "$N" ]] || e2e_fail "$total rows for $N distinct keys after re-sending all of them"
	[[ $(in_db "$keys") == "$N" ]] || e2e_fail "some key is stored other than once"
}
check "re-sending every contribution stores none twice: $N keys, $N rows" t_resend

finish
