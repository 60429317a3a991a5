#!/usr/bin/env bash
# t-labels.sh: every figure says where it comes from and what it counts: employment credited to its real source,
# BLS top-coded percentiles shown as top-coded, metro price parities through the CBSA crosswalk, one survey group
# size per group.
. "$(dirname "$0")/lib.sh"

e2e_need PGHOST PGPORT PGDATABASE
command -v node >/dev/null 2>&1 || { printf 'FAIL: %s: environment — node is not installed\n' "$E2E_FILE"; exit 1; }

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
# csv_get EXPR: EXPR with recs = the rows of the CSV body as objects keyed by its header (RFC 4180 quoting).
csv_get() {
	node -e '
		const text = require("fs").readFileSync(process.argv[1], "utf8");
		const rows = []; let row = [], f = "", q = false, i = 0;
		for (; i < text.length; i++) {
			const c = text[i];
			if (q) { if (c === "\"") { if (text[i + 1] === "\"") { f += "\""; i++; } else q = false; } else f += c; }
			else if (c === "\"") q = true;
			else if (c === ",") { row.push(f); f = ""; }
			else if (c === "\n" || c === "\r") { if (c === "\r" && text[i + 1] === "\n") i++; row.push(f); rows.push(row); row = []; f = ""; }
			else f += c;
		}
		if (f !== "" || row.length) { row.push(f); rows.push(row); }
		const header = rows[0] || [];
		const recs = rows.slice(1).map(r => Object.fromEntries(header.map((h, k) => [h, r[k]])));
		const v = (0, eval)("(recs) => (" + process.argv[2] + ")")(recs);
		process.stdout.write(typeof v === "string" ? v : JSON.stringify(v === undefined ? null : v));
	' "$E2E_BODY" "$1" 2>/dev/null
}
expect_csv() { # expect_csv EXPR VALUE
	local got
	got=$(csv_get "$1") || { e2e_fail "$(e2e_got): cannot evaluate $1 on the CSV: $(e2e_excerpt 120)"; return; }
	[[ $got == "$2" ]] || e2e_fail "$(e2e_got): $1 is $got, expected $2"
}
# row_text START: the text of the first table row whose header cell starts with START (tags dropped).
row_text() {
	START=$1 perl -CSD -0777 -ne '
		while (m{<tr\b[^>]*>(.*?)</tr>}gis) { my $r = $1; (my $t = $r) =~ s{<[^>]*>}{ }g; $t =~ s{\s+}{ }g;
			$t =~ s{^ | $}{}g; $t =~ s{&lt;}{<}g; $t =~ s{&gt;}{>}g; $t =~ s{&amp;}{&}g;
			if (index($t, $ENV{START}) == 0) { print $t; last } }' "$E2E_BODY"
}
# section_text ID: the text of <section> holding the heading id="ID" (tags dropped, whitespace squeezed).
section_text() {
	ID=$1 perl -CSD -0777 -ne 'if (m{<section\b[^>]*>\s*<h2\b[^>]*\bid="\Q$ENV{ID}\E"(.*?)</section>}is) {
		(my $t = $1) =~ s{<[^>]*>}{ }g; $t =~ s{&#39;}{\x27}g; $t =~ s{&amp;}{&}g; $t =~ s{\s+}{ }g; print $t }' "$E2E_BODY"
}

# --- a. Employment, location quotient and jobs per 1,000 credited to BLS OEWS May 2025 ---------------------------
# Backend Developer in California: its pay figure is derived from the reference report (April 2026), its demand
# figures are the BLS figures of Software Developers in California, May 2025.
employment_html() {
	local t
	fetch "$BASE_URL/report/backend-developer/us-ca"
	expect_status 200
	t=$(section_text demand)
	[[ $t == *"Source: U.S. Bureau of Labor Statistics"*"May 2025"* ]] ||
		e2e_fail "$(e2e_got): the demand section does not credit BLS, May 2025: '${t: -300}'"
	[[ $t != *"reference report"* ]] || e2e_fail "$(e2e_got): the demand section credits the reference report: '${t: -300}'"
	t=$(row_text "payband reference report, April 2026")
	[[ $t == *"284,390 (BLS OEWS, May 2025)"* ]] ||
		e2e_fail "$(e2e_got): the reference report's row in 'Figures by source' does not credit its employment to BLS: '$t'"
	expect_text_contains "Employment (BLS OEWS, May 2025): 284,390 jobs"
}
check "4a. report HTML: employment of backend-developer/us-ca credited to BLS OEWS, May 2025" employment_html

employment_json() {
	fetch "$BASE_URL/api/v1/report/backend-developer/us-ca"
	expect_json '(f => [f.publisher, f.employment, f.employment_source.publisher, f.employment_source.vintage].join("|"))(j.figures.find(f => f.rank === 1))' \
		"payband reference report|284390|U.S. Bureau of Labor Statistics|May 2025"
	# a figure without employment credits no one
	fetch "$BASE_URL/api/v1/report/backend-developer/us"
	expect_json 'j.figures.find(f => f.rank === 1).employment_source' null
}
check "4a. report JSON: rank 1's employment_source is BLS, May 2025" employment_json

employment_csv() {
	fetch "$BASE_URL/report/backend-developer/us-ca.csv"
	expect_csv '(r => [r.publisher, r.employment, r.employment_publisher, r.employment_vintage].join("|"))(recs.find(r => r.rank === "1"))' \
		"payband reference report|284390|U.S. Bureau of Labor Statistics|May 2025"
}
check "4a. report CSV: rank 1's employment_publisher/employment_vintage are BLS, May 2025" employment_csv

# --- b. BLS top-coded percentiles ----------------------------------------------------------------------------------
# BLS printed wages of $239,200 a year or more as '#' in May 2024. The national file names them (Computer and
# Information Systems Managers, p90); in the state file an empty p75/p90 beside a published median is a top-code
# when the May 2025 value of the same cell (never top-coded) is $239,200 or more: Software Developers in California,
# May 2024, p90 (May 2025: $272,670). Software Quality Assurance Analysts in New Mexico, May 2024, has an empty p90
# too, but its May 2025 p90 is $160,430: not shown as a top-code.
topcoded_html() {
	local t
	fetch "$BASE_URL/report/software-developer/us-ca"
	expect_status 200
	t=$(row_text "U.S. Bureau of Labor Statistics, May 2024")
	[[ $t == *'$103,950 – ≥ $239,200'* ]] || e2e_fail "$(e2e_got): the May 2024 row does not show p90 as ≥ \$239,200: '$t'"
	expect_text_contains "top-codes"
	fetch "$BASE_URL/report/computer-and-information-systems-manager/us"
	t=$(row_text "U.S. Bureau of Labor Statistics, May 2024")
	[[ $t == *'– ≥ $239,200'* ]] || e2e_fail "$(e2e_got): the national May 2024 row does not show p90 as ≥ \$239,200: '$t'"
	fetch "$BASE_URL/report/software-quality-assurance-analyst-and-tester/us-nm"
	t=$(row_text "U.S. Bureau of Labor Statistics, May 2024")
	[[ -n $t && $t != *'≥'* ]] || e2e_fail "$(e2e_got): a p90 that is not known to be top-coded is shown as one: '$t'"
}
check "4b. report HTML: BLS top-coded p90 shown as ≥ \$239,200 (state and national May 2024), not where unknown" topcoded_html

topcoded_json() {
	fetch "$BASE_URL/api/v1/report/software-developer/us-ca"
	expect_json '(f => [f.p75, f.p90, JSON.stringify(f.topcoded), f.topcoded_at_least].join("|"))(j.figures.find(f => f.vintage === "May 2024"))' \
		'212280||["p90"]|239200'
	expect_json '(f => [JSON.stringify(f.topcoded), f.topcoded_at_least].join("|"))(j.figures.find(f => f.vintage === "May 2025"))' \
		'[]|'
	fetch "$BASE_URL/api/v1/report/computer-and-information-systems-manager/us"
	expect_json '(f => [f.p90, JSON.stringify(f.topcoded), f.topcoded_at_least].join("|"))(j.figures.find(f => f.vintage === "May 2024"))' \
		'|["p90"]|239200'
}
check "4b. report JSON: top-coded p90 is null, listed in topcoded, with topcoded_at_least 239200" topcoded_json

topcoded_csv() {
	fetch "$BASE_URL/report/software-developer/us-ca.csv"
	expect_csv '(r => [r.p90, r.topcoded, r.topcoded_at_least].join("|"))(recs.find(r => r.vintage === "May 2024"))' \
		'|p90|239200'
}
check "4b. report CSV: top-coded p90 empty, topcoded p90, topcoded_at_least 239200" topcoded_csv

# --- c. Metro price parities through the 2023 -> 2020 CBSA crosswalk ---------------------------------------------
# OFLC (and payband's metros) use the 2023 CBSA codes, BEA's 2023 price parities the 2020 ones: Cleveland, OH is 17410,
# BEA's Cleveland-Elyria, OH 17460 (all items 93.05 in bea_rpp_msa_2023.csv). Lexington Park, MD changed counties
# (2023 adds Calvert County): no parity is guessed for it.
# cells_of NAME: the cells of the table row headed NAME, text only, joined by " | ".
cells_of() {
	NAME=$1 perl -CSD -0777 -ne '
		while (m{<tr\b[^>]*>(.*?)</tr>}gis) { my $r = $1;
			my ($h) = $r =~ m{<th\b[^>]*>(.*?)</th>}is; next unless defined $h;
			(my $ht = $h) =~ s{<[^>]*>}{}g; $ht =~ s{^\s+|\s+$}{}g; next unless $ht eq $ENV{NAME};
			my @c; while ($r =~ m{<td\b[^>]*>(.*?)</td>}gis) { (my $t = $1) =~ s{<[^>]*>}{ }g; $t =~ s{\s+}{ }g;
				$t =~ s{^ | $}{}g; push @c, $t }
			print join(" | ", @c); last }' "$E2E_BODY"
}
parity_html() {
	local c
	fetch "$BASE_URL/compare?role=software-developer&region=us-oh-cleveland&region=us-fl-wildwood-the-villages&region=us-md-lexington-park"
	expect_status 200
	c=$(cells_of "Cleveland, OH")
	[[ " $c |" == *" 93.05 "* ]] || e2e_fail "$(e2e_got): the Cleveland row lacks the price parity 93.05: '$c'"
	[[ $c == *"Cleveland-Elyria, OH"* ]] || e2e_fail "$(e2e_got): the Cleveland row does not name BEA's area Cleveland-Elyria, OH: '$c'"
	c=$(cells_of "Wildwood-The Villages, FL")
	[[ " $c |" == *" 94.29 "* && $c == *"The Villages, FL"* ]] ||
		e2e_fail "$(e2e_got): the Wildwood-The Villages row lacks 94.29 for BEA's The Villages, FL: '$c'"
	c=$(cells_of "Lexington Park, MD")
	[[ $c == *"not published"* ]] || e2e_fail "$(e2e_got): Lexington Park (changed counties) shows a parity: '$c'"
}
check "4c. compare: Cleveland, OH has BEA's price parity 93.05 for Cleveland-Elyria, OH; Lexington Park none" parity_html

parity_csv() {
	fetch "$BASE_URL/compare.csv?role=software-developer&region=us-oh-cleveland&region=us-oh-columbus"
	expect_status 200
	expect_csv '(r => [Number(r.price_parity), r.price_parity_area].join("|"))(recs.find(r => r.region === "us-oh-cleveland"))' \
		"93.05|Cleveland-Elyria, OH"
	expect_csv '(r => [r.price_parity !== "", r.price_parity_area].join("|"))(recs.find(r => r.region === "us-oh-columbus"))' \
		"true|"
}
check "4c. compare CSV: Cleveland's price_parity 93.05, price_parity_area Cleveland-Elyria, OH" parity_csv

# --- d. One survey group size per group ------------------------------------------------------------------------------
# The estimate page stated the survey group of Backend Developers twice: 1,850 (the experience curve: full-time
# respondents with a years_code_pro answer) and 1,854 (the official-vs-survey table: full-time respondents). Every
# statement of the group's size now uses the first definition and says what it counts.
survey_n() {
	local want t sizes
	want=$(psql_super -c "select to_char(count(*), 'FM999,999') from survey_respondents
		where dev_type = 'Developer, back-end' and 'Employed, full-time' = any (string_to_array(employment, ';'))
		and years_code_pro is not null") || { e2e_fail "cannot count the survey group"; return; }
	fetch "$BASE_URL/estimate?role=backend-developer&region=us-ca-san-jose-sunnyvale-santa-clara&years=5"
	expect_status 200
	t=$(visible_text)
	expect_text_contains "full-time respondents of developer type “Developer, back-end” who gave their years of professional coding (n = $want)"
	# every statement of the group's size on the page: "(n = N)" of the official table, "all N such respondents"
	# of the experience basis
	sizes=$( { grep -oE 'who gave their years of professional coding \(n = [0-9,]+\)' <<<"$t" | grep -oE '[0-9,]+\)$' | tr -d ')';
		grep -oE 'all [0-9,]+ such respondents' <<<"$t" | grep -oE '[0-9,]+'; } | sort -u | paste -sd' ')
	[[ $sizes == "$want" ]] || e2e_fail "$(e2e_got): the page states the group size as '$sizes', expected only $want"
	[[ $t != *1,854* && $t != *"n = 1854"* ]] || e2e_fail "$(e2e_got): the page still says 1,854"
}
check "4d. estimate page: one size for the Backend Developer survey group, the years_code_pro definition, said what it counts" survey_n

finish
