#!/usr/bin/env bash
# t-published.sh: contributions never move a published figure. After one contribution to Backend Developer x United
# States, the report (HTML, JSON, CSV) still gives the reference report's 1,368 data points; the contribution is
# counted apart, as a contribution, on the report, in the JSON and on the thank-you page.
. "$(dirname "$0")/lib.sh"
e2e_need PGHOST PGPORT PGDATABASE

command -v node >/dev/null 2>&1 || { printf 'FAIL: %s: environment — node is not installed\n' "$E2E_FILE"; exit 1; }

role=backend-developer region=us
cleanup="psql_super -c \"delete from contributions where role_id = (select id from roles where slug = '$role')
	and region_id = (select id from regions where slug = '$region')\" >/dev/null 2>&1"
on_exit "$cleanup"
eval "$cleanup"

# jget EXPR: evaluate EXPR with j = the body of the last fetch parsed as JSON; prints strings raw, the rest as JSON.
jget() {
	node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
		const v = (0, eval)("(j) => (" + process.argv[2] + ")")(j);
		process.stdout.write(typeof v === "string" ? v : JSON.stringify(v === undefined ? null : v));' \
		"$E2E_BODY" "$1" 2>/dev/null
}
expect_json() { # expect_json EXPR VALUE
	local got
	got=$(jget "$1") || { e2e_fail "$(e2e_got): cannot evaluate $1 on the JSON: $(e2e_excerpt 120)"; return; }
	[[ $got == "$2" ]] || e2e_fail "$(e2e_got): $1 is $got, expected $2"
}
# csv_col NAME: the column NAME of the CSV row whose rank is 1 (simple CSV: the fields read here hold no comma).
csv_col() {
	awk -F, -v name="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i; next }
		{ sub(/\r$/, "") } $3 == "1" && c { print $c }' "$E2E_BODY"
}

contribute() {
	local jar=$E2E_TMP/jar token key loc
	fetch "$BASE_URL/contribute" -c "$jar" -b "$jar"
	token=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$E2E_BODY" | grep -o '[0-9a-f]\{64\}')
	key=$(grep -o 'name="key" value="[0-9a-f-]*"' "$E2E_BODY" | cut -d'"' -f4)
	fetch "$BASE_URL/contribute" -b "$jar" -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
		--data-binary "csrf=$token&key=$key&role=$role&region=$region&years=6&base_salary=150000&employment=full-time"
	expect_status 303
	loc=$(header_value Location)
	[[ $loc == /contribute/thanks\?receipt=* ]] || { e2e_fail "Location '$loc'"; return; }
	fetch "$BASE_URL$loc"
	expect_status 200
	# the thank-you page counts contributions, not the source's data points
	expect_text_contains "Contributions before 0"
	expect_text_contains "Contributions now 1"
	expect_body_lacks "1,369"
	expect_body_lacks "1,368"
}
check "one contribution to $role/$region: the thank-you page counts contributions (0 → 1), not data points" contribute

# The contribution reaches the pages through NOTIFY payband_crowd (no query per read): within a second of the 303.
counted() { fetch "$BASE_URL/api/v1/report/$role/$region"; [[ $(jget 'j.contributions.n') == 1 ]]; }
t0=$(date +%s%N)
wait_until 3 0.02 counted || true
ms=$((($(date +%s%N) - t0) / 1000000))
within_a_second() { ((ms <= 1000)) || e2e_fail "the contribution showed after $ms ms"; }
check "the contribution shows in its cell within 1 s (took $ms ms after the thank-you page)" within_a_second

report_html() {
	fetch "$BASE_URL/report/$role/$region"
	expect_status 200
	expect_text_contains "Based on 1,368 data points"
	expect_body_lacks "1,369"
	# the contribution is counted apart, and called a contribution
	expect_text_contains "1 accepted contribution"
}
check "report HTML: still 'Based on 1,368 data points'; the contribution counted apart" report_html

report_json() {
	fetch "$BASE_URL/api/v1/report/$role/$region"
	expect_status 200
	expect_json 'j.figures.find(f => f.rank === 1).data_points' 1368
	expect_json 'j.contributions.n' 1
}
check "report JSON: rank 1 still has 1368 data points; contributions.n is 1" report_json

report_csv() {
	local got
	fetch "$BASE_URL/report/$role/$region.csv"
	expect_status 200
	got=$(csv_col data_points)
	[[ $got == 1368 ]] || e2e_fail "$(e2e_got): rank 1 data_points is '$got', expected 1368"
}
check "report CSV: rank 1 still has 1368 data points" report_csv

finish
