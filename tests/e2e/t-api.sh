#!/usr/bin/env bash
# t-api.sh: the JSON API: /api/v1/estimate gives the page's figures (docs/model.md worked example) and a 400 with
# {"error":{"field","message"}} for each kind of bad input; the reference lists; the report of a cell, 404 for none.
. "$(dirname "$0")/lib.sh"

# JSON is read with node (the browser tests need it anyway; scripts/test installs it).
command -v node >/dev/null 2>&1 || { printf 'FAIL: %s: environment — node is not installed\n' "$E2E_FILE"; exit 1; }

# jget EXPR: evaluate the JavaScript expression EXPR with j = the body of the last fetch parsed as JSON; prints
# strings as they are, anything else as JSON. Exit 2 when the body is not JSON, 3 when EXPR throws.
jget() {
	node -e '
		const fs = require("fs");
		let j;
		try { j = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch (e) { process.exit(2); }
		let v;
		try { v = (0, eval)("(j) => (" + process.argv[2] + ")")(j); } catch (e) { console.error(e.message); process.exit(3); }
		process.stdout.write(typeof v === "string" ? v : JSON.stringify(v === undefined ? null : v));
	' "$E2E_BODY" "$1" 2>/dev/null
}
# expect_json EXPR VALUE: jget EXPR prints VALUE.
expect_json() {
	local got rc=0
	got=$(jget "$1") || rc=$?
	if ((rc == 2)); then e2e_fail "$(e2e_got): body is not JSON: $(e2e_excerpt 120)"
	elif ((rc)); then e2e_fail "$(e2e_got): cannot evaluate $1 on the body: $(e2e_excerpt 120)"
	elif [[ $got != "$2" ]]; then e2e_fail "$(e2e_got): $1 is $got, expected $2"
	fi
}
expect_json_true() { expect_json "Boolean($1)" true; }

json_ok() { # 200 application/json
	expect_status 200
	expect_header_contains Content-Type application/json
}

# --- the estimate ---------------------------------------------------------------------------------------------------
q_example='role=backend-developer&region=us&years=5&skill=react-nextjs&skill=nodejs&cert=aws-certified-developer'
canonical='role=backend-developer&region=us&years=5&skill=nodejs&skill=react-nextjs&cert=aws-certified-developer'

# the page's figure for the same query, parsed from #estimate-point
fetch "$BASE_URL/estimate?$q_example"
page_point=$(perl -0777 -ne 'if (m{id="estimate-point"[^>]*>\s*\$([0-9,]+)}) { ($v = $1) =~ s/,//g; print $v }' "$E2E_BODY")

fetch "$BASE_URL/api/v1/estimate?$q_example"
check "estimate is 200 application/json" json_ok
check "estimate.point is 149533" expect_json 'j.estimate.point' 149533
same_as_page() {
	[[ -n $page_point ]] || { e2e_fail "the page /estimate?$q_example shows no #estimate-point figure"; return; }
	expect_json 'j.estimate.point' "$page_point"
}
check "estimate.point is the page's #estimate-point" same_as_page
check "estimate.low is 120561" expect_json 'j.estimate.low' 120561
check "estimate.high is 181533" expect_json 'j.estimate.high' 181533
check "estimate.percentile is 55" expect_json 'j.estimate.percentile' 55
check "estimate.projection is 153182" expect_json 'j.estimate.projection' 153182
check "breakdown has the factors market, role_level, experience, skill, certification" expect_json \
	'[...new Set(j.breakdown.map(b => b.factor))].sort().join(",")' "certification,experience,market,role_level,skill"
check "breakdown: market is 135980 (BLS 15-1252 median, May 2025)" expect_json 'j.breakdown.find(b => b.factor === "market").dollars' 135980
check "breakdown: experience is -21226" expect_json 'j.breakdown.find(b => b.factor === "experience").dollars' -21226
check "breakdown: react-nextjs adds 4239 (the survey fit, not the published 15-25 %)" expect_json \
	'(b => [b.dollars, b.origin, b.effect])(j.breakdown.find(b => b.slug === "react-nextjs"))' '[4239,"survey","applied"]'
check "breakdown: nodejs is a skill row adding nothing (interval includes zero)" expect_json \
	'(b => [b.factor, b.dollars, b.effect])(j.breakdown.find(b => b.slug === "nodejs"))' '["skill",0,"unclear"]'
check "model: held-out range coverage within 5 points of 50 %" expect_json 'Math.abs(j.model.range_coverage - 0.5) <= 0.05' true
check "model: beats the role x experience baseline on held-out people" expect_json \
	'j.model.heldout_median_abs_error_log < j.model.baseline_median_abs_error_log' true
check "breakdown: aws-certified-developer is a certification adding 24922 (published +20 %)" expect_json \
	'(b => [b.factor, b.dollars])(j.breakdown.find(b => b.slug === "aws-certified-developer"))' \
	'["certification",24922]'
check "breakdown adds up to the point" expect_json \
	'Math.abs(j.breakdown.reduce((s, b) => s + b.dollars, 0) - j.estimate.point) <= 2' true
check "distribution has p10 < p25 < p50 < p75 < p90, p50 141599" expect_json \
	'(d => d.p10 < d.p25 && d.p25 < d.p50 && d.p50 < d.p75 && d.p75 < d.p90 && d.p50)(j.distribution)' 141599
check "permalink is the canonical query" expect_json \
	'j.permalink.replace(/^.*\?/, "")' "$canonical"

fetch "$BASE_URL/api/v1/estimate?cert=aws-certified-developer&skill=nodejs&years=5&skill=react-nextjs&region=us&role=backend-developer"
check "reordered estimate: same point" expect_json 'j.estimate.point' 149533
check "reordered estimate: same permalink" expect_json 'j.permalink.replace(/^.*\?/, "")' "$canonical"

fetch "$BASE_URL/api/v1/estimate?role=backend-developer&region=us-ca-san-jose-sunnyvale-santa-clara&years=5"
check "metro estimate is 200 JSON" json_ok
check "metro estimate has a positive point" expect_json 'j.estimate.point > 0' true

# Fairbanks-College, AK: BLS published no May 2025 figure for Software Developers in Alaska, only May 2024. The
# fallback chain scales Alaska's May 2024 figure to the metro (its OFLC Level III ratio), so the market factor is the
# metro's own figure, and its derivation says which vintage it rests on.
fetch "$BASE_URL/api/v1/estimate?role=backend-developer&region=us-ak-fairbanks-college&years=5"
check "metro whose state has only May 2024 figures is 200 JSON" json_ok
check "metro whose state has only May 2024 figures: the market factor is the metro's own, fallback false" expect_json \
	'(b => [b.region, b.fallback])(j.breakdown.find(b => b.factor === "market"))' '["us-ak-fairbanks-college",false]'
check "metro whose state has only May 2024 figures: the derivation says Alaska's May 2024 figure is used" expect_json \
	'j.breakdown.find(b => b.factor === "market").derivation.includes("in Alaska; this metro is scaled from its May 2024 figure")' \
	true

# --- errors: 400 {"error":{"field":…,"message":…}} -------------------------------------------------------------------
# api_error FIELD: 400, JSON, error.field FIELD, a non-empty message.
api_error() {
	expect_status 400
	expect_header_contains Content-Type application/json
	expect_json 'j.error.field' "$1"
	expect_json 'typeof j.error.message === "string" && j.error.message.length > 0' true
}
bad() { # bad NAME FIELD QUERY
	fetch "$BASE_URL/api/v1/estimate?$3"
	check "bad input: $1 → 400 error.field $2" api_error "$2"
}
long=$(printf 'a%.0s' {1..257})
skills41=$(for i in $(seq 1 41); do printf '&skill=s%02d' "$i"; done)
R='role=backend-developer' G='region=us' Y='years=5' S='skill=react-nextjs' C='cert=aws-certified-developer'
bad "unknown role" role "role=nope&$G&$Y&$S"
bad "unknown region" region "$R&region=us-zz&$Y&$S"
for y in abc -1 5.5 61 70 ''; do bad "years='$y'" years "$R&$G&years=$y&$S"; done
bad "years missing" years "$R&$G&$S"
bad "role given twice" role "$R&$R&$G&$Y"
bad "years given twice" years "$R&$G&$Y&years=6"
bad "41 skills (max 40)" skill "$R&$G&$Y$skills41"
bad "unknown skill" skill "$R&$G&$Y&$S&skill=nope"
bad "unknown certification" cert "$R&$G&$Y&cert=nope"
bad "skill value over 256 bytes" skill "$R&$G&$Y&skill=$long"
bad "cert value over 256 bytes" cert "$R&$G&$Y&cert=$long"
bad "role value over 256 bytes" role "role=$long&$G&$Y"
bad "invalid UTF-8 (%ff) in region" region "$R&region=us%ff&$Y"
bad "invalid UTF-8 (%ff) in role" role "role=%ff&$G&$Y"
bad "malformed percent-encoding (%zz) in years" years "$R&$G&years=%zz"
bad "malformed percent-encoding (%zz) in skill" skill "$R&$G&$Y&skill=react%zz"
bad "malformed percent-encoding (%zz) in cert" cert "$R&$G&$Y&cert=%zz&$C"

# --- reference lists ------------------------------------------------------------------------------------------------
list_has() { # list_has KEY SLUG...: 200 JSON, j[KEY] an array holding each SLUG
	local key=$1 s; shift
	json_ok
	expect_json "Array.isArray(j.$key) && j.$key.length > 0" true
	for s in "$@"; do expect_json "j.$key.some(x => x.slug === \"$s\")" true; done
}
fetch "$BASE_URL/api/v1/roles"
check "/api/v1/roles lists backend-developer and software-developer" list_has roles backend-developer software-developer
fetch "$BASE_URL/api/v1/regions"
check "/api/v1/regions lists us, us-ca and the San Jose metro" list_has regions us us-ca \
	us-ca-san-jose-sunnyvale-santa-clara
fetch "$BASE_URL/api/v1/skills"
check "/api/v1/skills lists react-nextjs and nodejs" list_has skills react-nextjs nodejs
fetch "$BASE_URL/api/v1/certifications"
check "/api/v1/certifications lists aws-certified-developer" list_has certifications aws-certified-developer

# --- reports --------------------------------------------------------------------------------------------------------
fetch "$BASE_URL/api/v1/report/backend-developer/us"
check "/api/v1/report/backend-developer/us is 200 JSON" json_ok
check "report: figures[0].mean is 159428 (the reference report)" expect_json 'j.figures[0].mean' 159428
fetch "$BASE_URL/api/v1/report/nope/us"
not_found_json() {
	expect_status 404
	expect_header_contains Content-Type application/json
	expect_json_true 'j.error && j.error.message'
}
check "/api/v1/report/nope/us is 404 JSON with an error" not_found_json
fetch "$BASE_URL/api/v1/report/backend-developer/us-zz"
check "/api/v1/report/backend-developer/us-zz is 404 JSON with an error" not_found_json

finish
