#!/usr/bin/env bash
# t-db-outage.sh: with PostgreSQL stopped, every read answers 200 from the data in memory (report, estimate, compare,
# API, CSV, the form), /healthz says "degraded" (200), and a contribution is refused with 503 and Retry-After (never
# a 500, never a hang); once the database is back, contributions are accepted again by themselves. Stops and restarts
# the cluster, so it runs last.
# e2e: run last
. "$(dirname "$0")/lib.sh"
e2e_need E2E_PG_STOP E2E_PG_START

pg_down=
stop_pg() {
	eval "$E2E_PG_STOP" >/dev/null 2>&1 || e2e_fail "stopping PostgreSQL failed ($E2E_PG_STOP)"
	pg_down=1
}
start_pg() {
	eval "$E2E_PG_START" >/dev/null 2>&1 || e2e_fail "starting PostgreSQL failed ($E2E_PG_START)"
	pg_down=
}
# whatever happens below, leave the cluster running
on_exit '[[ -z $pg_down ]] || eval "$E2E_PG_START" >/dev/null 2>&1'

check "stop PostgreSQL (pg_ctl stop -m fast)" stop_pg

fetch "$BASE_URL/healthz" --max-time 10
check "/healthz is 200 while the database is down" expect_status 200
check "/healthz says degraded" expect_body_contains "degraded"
for path in "/report/backend-developer/us" "/report/backend-developer/us.csv" \
	"/estimate?role=backend-developer&region=us&years=5&skill=react-nextjs" \
	"/api/v1/estimate?role=site-reliability-engineer&region=us-ca&years=9" \
	"/api/v1/report/data-engineer/us-wy" "/compare?role=software-developer&region=us-ca&region=us-tx" \
	"/" "/contribute"; do
	fetch "$BASE_URL$path" --max-time 10
	check "GET $path is 200 from memory while the database is down" expect_status 200
done
fetch "$BASE_URL/report/backend-developer/us" --max-time 10
check "the report still shows its figures" expect_text_contains '$159,428'

# A contribution needs the database: 503 with Retry-After, the form kept.
contribute_refused() {
	local jar token key
	jar=$(mktemp)
	fetch "$BASE_URL/contribute" --max-time 10 -c "$jar"
	token=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$E2E_BODY" | head -n 1 | sed 's/.*value="//; s/"//')
	key=$(grep -o 'name="key" value="[0-9a-f-]*"' "$E2E_BODY" | head -n 1 | sed 's/.*value="//; s/"//')
	fetch "$BASE_URL/contribute" --max-time 10 -b "$jar" -X POST \
		--data "csrf=$token&key=$key&role=backend-developer&region=us&years=5&base_salary=150000&bonus=0&equity=0&employment=full-time"
	rm -f "$jar"
	expect_status 503
	expect_header Retry-After 5
}
check "POST /contribute is 503 with Retry-After while the database is down" contribute_refused

check "start PostgreSQL again" start_pg

answers() { # answers PATH CODE: one probe, for wait_until
	fetch "$BASE_URL$1" --max-time 2
	[[ $E2E_STATUS == "$2" ]] && grep -qx ok "$E2E_BODY"
}
back() {
	wait_until 20 0.5 answers /healthz 200 || e2e_fail "$(e2e_got) 20 s after PostgreSQL came back, expected 200 ok"
}
check "/healthz is 200 ok within 20 s of PostgreSQL coming back" back
fetch "$BASE_URL/report/backend-developer/us"
check "the report is 200 after the outage" expect_status 200

finish
