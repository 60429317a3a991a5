#!/usr/bin/env bash
# t-model-truth.sh: the estimate checked against the raw public files in sql/data, not against itself:
# the starting figure is the BLS OEWS May 2025 median of Software Developers in oews_national.csv; for every developer
# role with at least 50 survey respondents, the estimate at the type's median experience (United States, no skills)
# lies within 0.75-1.25x the survey's median total pay for that type (so_survey_2023_us_respondents.csv); and the
# report and the estimate show the same n and interval for the same skill.
. "$(dirname "$0")/lib.sh"

# jget EXPR: evaluate EXPR on the JSON body as j (exit 2: not JSON).
jget() {
	node -e 'let j; try { j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); } catch (e) { process.exit(2); }
		const v = eval(process.argv[2]); console.log(typeof v === "string" ? v : JSON.stringify(v));' "$E2E_BODY" "$1"
}
expect_json() {
	local got rc=0
	got=$(jget "$1") || rc=$?
	if ((rc == 2)); then e2e_fail "$(e2e_got): body is not JSON"
	elif ((rc)); then e2e_fail "$(e2e_got): cannot evaluate $1 on the body"
	elif [[ $got != "$2" ]]; then e2e_fail "$(e2e_got): $1 is $got, expected $2"
	fi
}
expect_eq() { [[ $1 == "$2" ]] || e2e_fail "got $1, expected $2"; }

data=$E2E_SRC_DIR/sql/data
# role slug -> survey developer type, as the database has them
roles=$(psql_super -F $'\t' -c "select slug, survey_dev_type from roles where kind = 'developer' order by slug")

# survey: full-time U.S. respondents with years of professional coding, per developer type: n, median pay, median years
survey=$(python3 - "$data/so_survey_2023_us_respondents.csv" <<'PY'
import csv, statistics, sys
groups = {}
for r in csv.DictReader(open(sys.argv[1], newline='')):
    if 'Employed, full-time' not in r['employment'].split(';') or r['years_code_pro'] == '':
        continue
    groups.setdefault(r['dev_type'], []).append((int(r['annual_comp_usd']), float(r['years_code_pro'])))
for t, rows in groups.items():
    print('%s\t%d\t%s\t%s' % (t, len(rows), statistics.median(p for p, _ in rows), statistics.median(y for _, y in rows)))
PY
)
bls_median=$(awk -F, 'NR > 1 && $1 == 2025 && $2 == "15-1252" { print $17 }' "$data/oews_national.csv")

fetch "$BASE_URL/api/v1/estimate?role=backend-developer&region=us&years=9"
check "the starting figure is the BLS May 2025 median of Software Developers in oews_national.csv ($bls_median)" \
	expect_json 'j.breakdown.find(b => b.factor === "market").dollars' "$bls_median"

nroles=0
while IFS=$'\t' read -r slug dev_type; do
	line=$(printf '%s\n' "$survey" | awk -F'\t' -v t="$dev_type" '$1 == t')
	[[ -n $line ]] || { check "survey group for $slug" e2e_fail "no respondents of type '$dev_type'"; continue; }
	IFS=$'\t' read -r _ n median years <<<"$line"
	((n >= 50)) || continue
	nroles=$((nroles + 1))
	years=${years%.*}
	fetch "$BASE_URL/api/v1/estimate?role=$slug&region=us&years=$years"
	check "$slug at its median experience ($years years, no skills) is within 0.75-1.25x the survey median \$${median%.*} (n = $n)" \
		expect_json "(r => r >= 0.75 && r <= 1.25)(j.estimate.point / $median)" true
	check "$slug: the role's level names its n ($n)" \
		expect_json '(b => b ? b.n : null)(j.breakdown.find(b => b.factor === "role_level"))' "$n"
done <<<"$roles"
check "13 developer roles checked" expect_eq "$nroles" 13

# The breakdown explains its own numbers: each row's dollars are its percentage of the running figure before it, and
# the rows add up to the estimate (Data Engineer in Cheyenne at 6 years; Backend Developer with skills in the U.S.).
rows_explain() {
	expect_json '(() => { let run = 0, ok = true;
		for (const b of j.breakdown) {
			if (b.factor === "market") { run = b.dollars; continue; }
			const want = run * (b.pct || 0) / 100;
			if (Math.abs(want - b.dollars) > 1.5) ok = false;
			run += b.dollars;
		}
		return ok && Math.abs(run - j.estimate.point) <= 2; })()' true
}
fetch "$BASE_URL/api/v1/estimate?role=data-engineer&region=us-wy-cheyenne&years=6"
check "data-engineer in Cheyenne at 6 years: each row is its percentage of the figure before it, and they add up" rows_explain
fetch "$BASE_URL/api/v1/estimate?role=backend-developer&region=us&years=5&skill=react-nextjs&skill=nodejs&skill=go&cert=aws-certified-developer"
check "backend-developer with skills: each row is its percentage of the figure before it, and they add up" rows_explain

# The same skill, the same cell: the report's premium table and the estimate agree on n and interval.
fetch "$BASE_URL/api/v1/report/software-developer/us-ca"
report_k=$(node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1]));
	const p = j.premiums.find(p => p.slug === "kubernetes" && p.origin === "survey");
	console.log(p ? [p.n, p.low_pct.toFixed(3), p.high_pct.toFixed(3)].join(",") : "none")' "$E2E_BODY")
fetch "$BASE_URL/api/v1/estimate?role=software-developer&region=us-ca&years=5&skill=kubernetes"
check "Kubernetes: the estimate shows the report's n and interval ($report_k)" expect_json \
	'(b => [b.n, b.low_pct.toFixed(3), b.high_pct.toFixed(3)].join(","))(j.breakdown.find(b => b.slug === "kubernetes"))' \
	"$report_k"
fetch "$BASE_URL/report/software-developer/us-ca"
check "/report/software-developer/us-ca lists skill premiums" expect_text_contains "fitted"

finish
