#!/usr/bin/env bash
# t-admin.sh: payband-admin against the test database: import (all or nothing, --commit-valid, same file twice), held, accept, export.
# Runs as the database owner (payband_owner, who ran the migrations) in one cell nothing else uses, and deletes its rows afterwards.
. "$(dirname "$0")/lib.sh"
e2e_need PAYBAND_ADMIN_BIN PGHOST PGPORT PGDATABASE

role=data-scientist
region=us-vt
cell="role_id = (select id from roles where slug = '$role') and region_id = (select id from regions where slug = '$region')"
# Deleting through the table keeps crowd_cells right (its trigger counts deletes too).
cleanup_sql="delete from contributions where $cell"
psql_super -c "$cleanup_sql" >/dev/null 2>&1 # a leftover from an interrupted run
on_exit 'psql_super -c "$cleanup_sql" >/dev/null'

header=role,region,years,base_salary,bonus,equity,employment_type,skills,certifications
# three good lines: plain, quoted (a comma in the money, a quoted skill list, CRLF), and an outlier (base under
# half the published p10 of data-scientist/us-vt, 76570)
printf '%s\r\n' "$header" \
	"$role,$region,4,95000,,,full-time,python;sql," \
	"\"$role\",\"$region\",9,\"\$120,000\",5000,\"0\",contract,\"python; r\",aws-certified-developer" \
	"$role,$region,2,20000,0,0,part-time,," >"$E2E_TMP/good.csv"
# one bad line (years) between two good ones
printf '%s\n' "$header" \
	"$role,$region,6,101000,1000,,full-time,sql," \
	"$role,$region,x,99000,,,full-time,," \
	"$role,$region,7,103000,,2000,full-time,,," >"$E2E_TMP/bad.csv"
printf '%s\n' "$header" \
	"$role,$region,6,101000,1000,,full-time,sql," \
	"$role,$region,x,99000,,,full-time,," \
	"$role,$region,7,103000,,2000,full-time,," >"$E2E_TMP/mixed.csv"

# admin ARGS...: run payband-admin as the owner; stdout, stderr and status in ADMIN_OUT, ADMIN_ERR, ADMIN_RC.
admin() {
	E2E_REQ="payband-admin $*"
	PGUSER=${ADMIN_PGUSER:-payband_owner} timeout 60 "$PAYBAND_ADMIN_BIN" "$@" </dev/null \
		>"$E2E_TMP/out" 2>"$E2E_TMP/err"
	ADMIN_RC=$?
	ADMIN_OUT=$(<"$E2E_TMP/out")
	ADMIN_ERR=$(<"$E2E_TMP/err")
}
expect_rc() {
	((ADMIN_RC == $1)) ||
		e2e_fail "$E2E_REQ: exit status $ADMIN_RC, expected $1 (stderr: $(head -c 300 <<<"$ADMIN_ERR"))"
}
expect_out() {
	grep -qF -- "$1" <<<"$ADMIN_OUT" || e2e_fail "$E2E_REQ: stdout lacks '$1' (stdout: $(head -c 300 <<<"$ADMIN_OUT"))"
}
expect_err() {
	grep -qF -- "$1" <<<"$ADMIN_ERR" || e2e_fail "$E2E_REQ: stderr lacks '$1' (stderr: $(head -c 300 <<<"$ADMIN_ERR"))"
}
# expect_sql SQL VALUE: SQL (as the superuser) answers VALUE
expect_sql() {
	local got
	got=$(psql_super -c "$1" 2>&1) || { e2e_fail "query failed: $got"; return 1; }
	[[ $got == "$2" ]] || e2e_fail "'$1' gave '$got', expected '$2'"
}
count_sql="select count(*) from contributions where $cell"
accepted_sql="select count(*) from contributions where $cell and status = 'accepted'"
crowd_sql="select coalesce((select n_accepted from crowd_cells where $cell), 0)"

admin -h
check "-h prints the usage, exit 0" expect_rc 0
admin frobnicate
check "an unknown command: exit 2" expect_rc 2
admin import
check "import without a file: exit 2" expect_rc 2

admin import "$E2E_TMP/good.csv"
check "import of 3 good lines: exit 0" expect_rc 0
check "import summary: 3 stored, 2 accepted, 1 held" expect_out "3 lines: 3 stored (2 accepted, 1 held), 0 errors"
check "3 rows stored, source import" expect_sql "select count(*) from contributions where $cell and source = 'import'" 3
check "the quoted line is stored as written" expect_sql \
	"select base_salary || ' ' || bonus || ' ' || employment_type || ' ' || (select count(*) from contribution_skills where contribution_id = c.id)
	 from contributions c where $cell and years = 9" "120000 5000 contract 2"
check "crowd_cells counts the 2 accepted" expect_sql "$crowd_sql" 2

admin held
check "held: exit 0" expect_rc 0
held_id=$(awk -F'\t' -v r="$region" 'NR > 1 && $4 == r && $6 == 20000 { print $1 }' <<<"$ADMIN_OUT")
has_held_line() {
	[[ $held_id =~ ^[0-9]+$ ]] || e2e_fail "held: no tab-separated line for $role/$region base 20000 (stdout: $(head -c 300 <<<"$ADMIN_OUT"))"
	expect_out "below half the published 10th percentile"
}
check "held lists the outlier line with its reason" has_held_line

admin accept "$held_id"
check "accept $held_id: exit 0" expect_rc 0
check "accept reports held -> accepted" expect_out "$held_id: held -> accepted"
check "3 accepted now" expect_sql "$accepted_sql" 3
check "crowd_cells follows the review" expect_sql "$crowd_sql" 3
admin accept "$held_id" 999999999
check "accept of an unknown id: exit 1" expect_rc 1
check "... saying which" expect_err "999999999"

admin export
check "export: exit 0" expect_rc 0
check "export: the header" expect_out "role,region,n,median,p25,p75,p10,p90,median_rounded_to"
# n = 3: under 5, so the privacy rule leaves every figure empty
check "export shows the cell, figures hidden under 5" expect_out "$role,$region,3,,,,,,"

admin import "$E2E_TMP/good.csv"
check "the same file again: exit 0" expect_rc 0
check "... stores nothing twice" expect_out "3 lines: 0 stored (0 accepted, 0 held), 0 errors, 3 already imported"
check "still 3 rows" expect_sql "$count_sql" 3

admin import "$E2E_TMP/bad.csv"
check "a file with bad lines: exit 1" expect_rc 1
check "the bad line is reported by number and field" expect_err 'line 3: years: must be a whole number from 0 to 60 (got "x")'
check "a line with 10 fields is reported" expect_err "line 4: 10 fields, expected 9"
check "the summary says nothing was stored" expect_out "3 lines: 0 stored, 2 errors (nothing stored"
check "nothing stored" expect_sql "$count_sql" 3

admin import "$E2E_TMP/mixed.csv" --commit-valid
check "--commit-valid with a bad line: exit 1 (there were errors)" expect_rc 1
check "--commit-valid stores the 2 valid lines" expect_out "3 lines: 2 stored (2 accepted, 0 held), 1 errors"
check "5 rows now" expect_sql "$count_sql" 5
check "crowd_cells counts 5" expect_sql "$crowd_sql" 5

admin export
check "export after 5 accepted: the median rounded to \$5,000, no quartile or p10/p90 (under 20)" \
	expect_out "$role,$region,5,100000,,,,,5000"

ADMIN_PGUSER=payband_web admin import "$E2E_TMP/good.csv"
check "the web role cannot import: exit 1" expect_rc 1
check "... told to connect as the owner" expect_err "connect as the database owner"
ADMIN_PGUSER=payband_web admin accept 1
check "the web role cannot review: exit 1" expect_rc 1

finish
