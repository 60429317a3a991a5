#!/usr/bin/env bash
# t-db-outage.sh: with PostgreSQL stopped, pages answer 503 quickly (no 500, no hang); once it is back the program
# reconnects by itself. Stops and restarts the cluster, so it runs last.
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

fetch "$BASE_URL/healthz"
check "/healthz is 503 while the database is down" expect_status 503
fetch "$BASE_URL/report/backend-developer/us"
check "a report is 503 while the database is down" expect_status 503
fetch "$BASE_URL/estimate?role=backend-developer&region=us&years=5"
check "an estimate is 503 while the database is down" expect_status 503
# The form itself needs only the reference lists, which every worker shares from memory.
fetch "$BASE_URL/"
check "the home page's form still answers from the cached reference lists" expect_status 200

check "start PostgreSQL again" start_pg

answers() { # answers PATH CODE: one probe, for wait_until
	fetch "$BASE_URL$1" --max-time 2
	[[ $E2E_STATUS == "$2" ]]
}
back() {
	wait_until 20 0.5 answers /healthz 200 || e2e_fail "$(e2e_got) 20 s after PostgreSQL came back, expected 200"
}
check "/healthz is 200 within 20 s of PostgreSQL coming back" back
fetch "$BASE_URL/report/backend-developer/us"
check "the report is 200 again" expect_status 200
check "the report shows its figures again" expect_text_contains '$159,428'

finish
