#!/usr/bin/env bash
# t-reload-under-load.sh: new data (NOTIFY payband_reload, as after a migration or a fit) replaces the snapshot in
# memory without a restart and without a failed request: 8 clients read reports, estimates and API answers while
# the data is reloaded 6 times (NOTIFY payband_reload, SIGHUP); every answer is 200, and the process serves the newest
# snapshot afterwards.
. "$(dirname "$0")/lib.sh"
e2e_need E2E_PAYBAND_PID

snapshot() { curl -s "$BASE_URL/healthz" | sed -n 's/^snapshot \([0-9]*\):.*/\1/p'; }
first=$(snapshot)
urls=$E2E_TMP/urls
for i in $(seq 1 150); do
	printf '%s\n' "$BASE_URL/report/backend-developer/us" \
		"$BASE_URL/estimate?role=site-reliability-engineer&region=us-ca&years=$((i % 30))&skill=go" \
		"$BASE_URL/api/v1/estimate?role=data-engineer&region=us-wy&years=$((i % 20))" \
		"$BASE_URL/compare?role=software-developer&region=us-ca&region=us-tx"
done >"$urls"
codes=$E2E_TMP/codes
( xargs -P 8 -n 1 curl -s -o /dev/null --max-time 10 -w '%{http_code}\n' <"$urls" >"$codes" ) &
load=$!
for i in 1 2 3 4 5 6; do
	# as after a migration (NOTIFY), or an operator's reload (SIGHUP: templates and data)
	if ((i % 2)); then psql_super -c "notify payband_reload" >/dev/null; else kill -HUP "$E2E_PAYBAND_PID"; fi
	sleep 0.4
done
wait "$load"
all_200() {
	local n bad
	n=$(wc -l <"$codes")
	bad=$(grep -cv '^200$' "$codes")
	((n == 600)) || e2e_fail "$n answers, expected 600"
	((bad == 0)) || e2e_fail "$bad of $n answers were not 200: $(grep -v '^200$' "$codes" | sort | uniq -c | tr '\n' ' ')"
}
check "600 reads during 3 NOTIFY and 3 SIGHUP reloads: every one 200" all_200
newer() { local s; s=$(snapshot); [[ -n $s && -n $first ]] && ((s > first)); }
check "the process serves a newer snapshot after the reloads (was $first)" wait_until 5 0.2 newer
finish
