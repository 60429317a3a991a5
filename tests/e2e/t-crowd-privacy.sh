#!/usr/bin/env bash
# t-crowd-privacy.sh: the privacy rule of crowd figures, wherever they appear (estimate page, report page, both JSON
# answers, payband-admin export): under 5 contributions only the count; from 5 to 19 the count and the median rounded
# to the nearest $5,000, no quartile and no 10th/90th percentile; from 20 the quartiles and percentiles too.
# Works in a cell nothing else uses (Mobile Developer in Colorado) and deletes its rows afterwards.
. "$(dirname "$0")/lib.sh"
e2e_need PGHOST PGPORT PGDATABASE PAYBAND_ADMIN_BIN

command -v node >/dev/null 2>&1 || { printf 'FAIL: %s: environment — node is not installed\n' "$E2E_FILE"; exit 1; }

role=mobile-developer region=us-co
cleanup="psql_super -c \"delete from contributions where role_id = (select id from roles where slug = '$role')
	and region_id = (select id from regions where slug = '$region')\" >/dev/null 2>&1"
on_exit "$cleanup"
eval "$cleanup"

# add_until N: store accepted contributions in the cell until it has N (through the owner's import function, as
# payband-admin import does). Totals 101,234 + k × 1,111: no median or quartile of them is a multiple of 5,000.
have=0
add_until() {
	local k
	for ((k = have + 1; k <= $1; k++)); do
		psql_super -c "select status from import_contribution(gen_random_uuid(), '$role', '$region', 5,
			$((101234 + k * 1111)), 0, 0, 'full-time', '{}', '{}')" | grep -qx accepted ||
			{ e2e_fail "contribution $k was not accepted"; return 1; }
	done
	have=$1
}

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
# money_in TEXT: every $-amount in TEXT as a plain number, one a line.
money_in() { grep -oE '\$[0-9][0-9,]*' <<<"$1" | tr -d '$,'; }
el_text() { # el_text ID: the text of the element with id="ID"
	ID=$1 perl -CSD -0777 -ne 'if (m{<(\w+)\b[^>]*\bid="\Q$ENV{ID}\E"[^>]*>(.*?)</\1\s*>}is) { my $t = $2;
		$t =~ s{<[^>]*>}{ }gs; $t =~ s{\s+}{ }g; $t =~ s{^ | $}{}g; print $t }' "$E2E_BODY"
}
export_row() { # the export's line for the cell
	PGUSER=postgres timeout 60 "$PAYBAND_ADMIN_BIN" export </dev/null 2>/dev/null | tr -d "\r" | grep "^$role,$region,"
}

# count only: no figure anywhere
count_only() {
	local n=$1 t
	fetch "$BASE_URL/estimate?role=$role&region=$region&years=5"
	t=$(el_text estimate-crowd)
	[[ $t == "$n accepted contribution"* ]] || e2e_fail "$(e2e_got): #estimate-crowd says '$t'"
	[[ -z $(money_in "$t") ]] || e2e_fail "$(e2e_got): #estimate-crowd shows an amount under 5 contributions: '$t'"
	fetch "$BASE_URL/report/$role/$region"
	expect_body_contains 'id="crowd-too-few"'
	expect_body_lacks 'id="crowd-median"'
	fetch "$BASE_URL/api/v1/report/$role/$region"
	expect_json '[j.contributions.n, j.contributions.median, j.contributions.p25, j.contributions.p10].join()' "$n,,,"
	fetch "$BASE_URL/api/v1/estimate?role=$role&region=$region&years=5"
	expect_json '[j.crowd.n, j.crowd.median, j.crowd.p25, j.crowd.p75].join()' "$n,,,"
	[[ $(export_row) =~ ^$role,$region,$n,,,,,,?$ ]] || e2e_fail "export: '$(export_row)' shows a figure under 5"
}

# the count and a median that is a multiple of 5,000; no quartile, no 10th/90th percentile
median_only() {
	local n=$1 t m row
	fetch "$BASE_URL/estimate?role=$role&region=$region&years=5"
	t=$(el_text estimate-crowd)
	m=$(money_in "$(el_text estimate-crowd-median)")
	if [[ ! $m =~ ^[0-9]+$ ]]; then
		e2e_fail "$(e2e_got): #estimate-crowd-median is '$(echo $m)', expected one amount (the median): '$t'"
	elif ((m % 5000 != 0)); then
		e2e_fail "$(e2e_got): the estimate page's crowd median $m is not a multiple of 5,000"
	fi
	[[ $t != *25th* && $t != *75th* ]] || e2e_fail "$(e2e_got): the estimate page shows quartiles at n = $n: '$t'"
	fetch "$BASE_URL/report/$role/$region"
	m=$(money_in "$(el_text crowd-median)")
	[[ $m =~ ^[0-9]+$ ]] && ((m % 5000 == 0)) || e2e_fail "$(e2e_got): the report's crowd median '$m' is not a multiple of 5,000"
	expect_body_lacks 'id="crowd-quartiles"'
	expect_body_lacks 'id="crowd-p10"'
	fetch "$BASE_URL/api/v1/report/$role/$region"
	expect_json '[j.contributions.n, j.contributions.median % 5000, j.contributions.median_rounded_to,
		j.contributions.p25, j.contributions.p75, j.contributions.p10, j.contributions.p90].join()' "$n,0,5000,,,,"
	fetch "$BASE_URL/api/v1/estimate?role=$role&region=$region&years=5"
	expect_json '[j.crowd.n, j.crowd.median % 5000, j.crowd.p25, j.crowd.p75].join()' "$n,0,,"
	row=$(export_row)
	[[ $row =~ ^$role,$region,$n,([0-9]+),,,,,5000$ ]] && ((BASH_REMATCH[1] % 5000 == 0)) ||
		e2e_fail "export: '$row', expected n = $n, a median that is a multiple of 5,000, no quartile, rounded to 5000"
}

# from 20: the quartiles and the 10th/90th percentiles appear
all_figures() {
	local n=$1 row
	fetch "$BASE_URL/estimate?role=$role&region=$region&years=5"
	[[ $(el_text estimate-crowd) == *"25th–75th"* ]] || e2e_fail "$(e2e_got): the estimate page shows no quartiles at n = $n"
	fetch "$BASE_URL/report/$role/$region"
	expect_body_contains 'id="crowd-quartiles"'
	expect_body_contains 'id="crowd-p10"'
	expect_body_contains 'id="crowd-p90"'
	fetch "$BASE_URL/api/v1/report/$role/$region"
	expect_json '[j.contributions.p25, j.contributions.p75, j.contributions.p10, j.contributions.p90]
		.every(v => Number.isInteger(v) && v > 100000)' true
	fetch "$BASE_URL/api/v1/estimate?role=$role&region=$region&years=5"
	expect_json '[j.crowd.p25, j.crowd.p75].every(v => Number.isInteger(v) && v > 100000)' true
	row=$(export_row)
	[[ $row =~ ^$role,$region,$n,[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+, ]] ||
		e2e_fail "export: '$row', expected every figure at n = $n"
}

add_until 4 && check "4 contributions: only the count (estimate, report, JSON, export)" count_only 4
add_until 5 && check "5 contributions: the count and a median rounded to \$5,000, no quartile" median_only 5
add_until 19 && check "19 contributions: still only a rounded median, no quartile" median_only 19
add_until 20 && check "20 contributions: quartiles and the 10th/90th percentiles appear" all_figures 20

finish
