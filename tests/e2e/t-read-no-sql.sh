#!/usr/bin/env bash
# t-read-no-sql.sh: reads run no SQL. /healthz reports the SQL statements the program has sent (its own ping is one);
# between two of them, every kind of read page sends none: the data is in memory.
. "$(dirname "$0")/lib.sh"

sent() { fetch "$BASE_URL/healthz"; sed -n 's/^sql statements sent: \([0-9]*\)$/\1/p' "$E2E_BODY"; }
# the same worker thread need not answer both: the count is the process's
before=$(sent)
reads=(/ "/report/backend-developer/us" "/report/software-developer/us-ca" "/report/data-engineer/us-wy.csv"
	"/estimate?role=backend-developer&region=us&years=5&skill=react-nextjs&skill=nodejs&cert=aws-certified-developer"
	"/estimate?role=site-reliability-engineer&region=us-ca-san-jose-sunnyvale-santa-clara&years=9"
	"/api/v1/estimate?role=frontend-developer&region=us-fl&years=7&skill=react"
	"/api/v1/report/engineering-manager/us-ny" "/api/v1/roles" "/api/v1/regions"
	"/compare?role=software-developer&region=us-ca&region=us-tx&region=us-oh-cleveland"
	"/compare.csv?role=software-developer&region=us-ca&region=us-tx" "/contribute" "/report/nope/us")
for p in "${reads[@]}"; do
	for _ in 1 2 3; do fetch "$BASE_URL$p"; done
done
after=$(sent)
no_sql() {
	[[ -n $before && -n $after ]] || { e2e_fail "/healthz gives no 'sql statements sent' line"; return; }
	(( after - before == 1 )) || e2e_fail "$((after - before)) statements between the two pings, expected 1 (the ping)"
}
check "${#reads[@]} kinds of read, 3 times each: no SQL statement (sent $before, then $after)" no_sql
finish
