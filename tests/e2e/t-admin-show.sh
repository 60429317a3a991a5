#!/usr/bin/env bash
# t-admin-show.sh: payband-admin show RECEIPT (the receipt a contributor got, its thank-you URL, or the id; a receipt
# with a wrong MAC is refused) and recent [N]; payband-admin takes its connection from the settings file and connects
# as PAYBAND_OWNER, not as the file's PGUSER. One contribution in a cell nothing else uses, deleted afterwards.
. "$(dirname "$0")/lib.sh"
e2e_need PAYBAND_ADMIN_BIN PAYBAND_SECRET_FILE PGHOST PGPORT PGDATABASE

role=data-scientist
region=us-wy
cell="role_id = (select id from roles where slug = '$role') and region_id = (select id from regions where slug = '$region')"
cleanup_sql="delete from contributions where $cell"
psql_super -c "$cleanup_sql" >/dev/null 2>&1
on_exit 'psql_super -c "$cleanup_sql" >/dev/null'

# admin ARGS...: payband-admin as payband_owner with the test's key; ADMIN_OUT, ADMIN_ERR, ADMIN_RC
admin() {
	E2E_REQ="payband-admin $*"
	PGUSER=payband_owner timeout 60 "$PAYBAND_ADMIN_BIN" "$@" </dev/null >"$E2E_TMP/out" 2>"$E2E_TMP/err"
	ADMIN_RC=$?
	ADMIN_OUT=$(<"$E2E_TMP/out")
	ADMIN_ERR=$(<"$E2E_TMP/err")
}
expect_rc() {
	((ADMIN_RC == $1)) ||
		e2e_fail "$E2E_REQ: exit status $ADMIN_RC, expected $1 (stderr: $(head -c 300 <<<"$ADMIN_ERR"))"
}
expect_line() { # expect_line REGEX: a line of stdout matches (extended regex)
	grep -qE -- "$1" <<<"$ADMIN_OUT" || e2e_fail "$E2E_REQ: no line matching '$1' in: $(head -c 400 <<<"$ADMIN_OUT")"
}
expect_err() {
	grep -qF -- "$1" <<<"$ADMIN_ERR" || e2e_fail "$E2E_REQ: stderr lacks '$1' (stderr: $(head -c 300 <<<"$ADMIN_ERR"))"
}

# A contribution through the form, as a person sends it: base salary 12,000 (held: far under the published range).
receipt= thanks_url=
contribute() {
	local csrf key loc
	fetch "$BASE_URL/contribute" -c "$E2E_TMP/cookies"
	expect_status 200 || return
	csrf=$(grep -oE 'name="csrf" value="[0-9a-f]+"' "$E2E_BODY" | head -n 1 | cut -d'"' -f4)
	key=$(grep -oE 'name="key" value="[0-9a-f-]+"' "$E2E_BODY" | head -n 1 | cut -d'"' -f4)
	fetch "$BASE_URL/contribute" -b "$E2E_TMP/cookies" -X POST \
		--data "csrf=$csrf&key=$key&role=$role&region=$region&years=7&base_salary=12000&bonus=500&employment=contract&skill=python&skill=sql"
	expect_status 303 || return
	loc=$(header_value Location)
	receipt=${loc##*receipt=}
	[[ $receipt =~ ^[0-9]+\.[0-9a-f]+$ ]] || e2e_fail "303 to '$loc': no receipt in it"
	thanks_url=$BASE_URL$loc
}
check "a contribution through the form: 303 to its receipt" contribute
id=${receipt%%.*}

show_fields() {
	expect_rc 0
	expect_line "^id +$id$"
	expect_line "^status +held$"
	expect_line "^role +$role$"
	expect_line "^region +$region$"
	expect_line "^years +7$"
	expect_line "^base_salary +12000$"
	expect_line "^bonus +500$"
	expect_line "^employment +contract$"
	expect_line "^source +form$"
	expect_line "^skills +python sql$"
	expect_line "^certifications +-$"
	expect_line "^hold_reason +[^-]"
}
admin show "$receipt"
check "show RECEIPT: the contribution as stored (exit 0)" show_fields
admin show "$thanks_url"
check "show accepts the thank-you page's URL" show_fields
admin show "$id"
check "show accepts the bare id" show_fields

tampered=$id.$(printf '%032d' 0)
admin show "$tampered"
check "show refuses a receipt whose MAC is not the site's (exit 1)" eval 'expect_rc 1; expect_err "is not a receipt of this site"'
admin show 999999999
check "show of an id that does not exist: exit 1, 'no contribution'" eval 'expect_rc 1; expect_err "no contribution 999999999"'
admin show
check "show without an argument: exit 2" expect_rc 2

recent_rows() {
	expect_rc 0
	local first n
	n=$(tail -n +2 <<<"$ADMIN_OUT" | wc -l)
	((n == 1)) || e2e_fail "$E2E_REQ: $n rows, expected 1"
	head -n 1 <<<"$ADMIN_OUT" | grep -q $'^id\tcreated_at\tstatus\trole\tregion' ||
		e2e_fail "$E2E_REQ: header is '$(head -n 1 <<<"$ADMIN_OUT")'"
	first=$(sed -n 2p <<<"$ADMIN_OUT" | cut -f1,3,4,5,11)
	[[ $first == "$id"$'\t'"held"$'\t'"$role"$'\t'"$region"$'\t'"form" ]] ||
		e2e_fail "$E2E_REQ: first row '$first', expected the contribution just sent ($id held $role $region form)"
}
admin recent 1
check "recent 1: the newest contribution, with its status and source" recent_rows
admin recent
check "recent: at most 20 rows" eval 'expect_rc 0; (( $(wc -l <<<"$ADMIN_OUT") <= 21 )) || e2e_fail "$(wc -l <<<"$ADMIN_OUT") lines"'
admin recent 0
check "recent 0: exit 2" expect_rc 2

# The settings file as the package installs it: the web role in PGUSER, the owner in PAYBAND_OWNER.
settings=$E2E_TMP/payband.default
printf 'PGHOST=%s\nPGPORT=%s\nPGDATABASE=%s\nPGUSER=payband_web\nPAYBAND_OWNER=payband_owner\nPAYBAND_SECRET_FILE=%s\n' \
	"$PGHOST" "$PGPORT" "$PGDATABASE" "$PAYBAND_SECRET_FILE" >"$settings"
from_settings() {
	E2E_REQ="payband-admin show $receipt (settings from $settings, no PG* in the environment)"
	ADMIN_OUT=$(env -u PGHOST -u PGPORT -u PGDATABASE -u PGUSER -u PAYBAND_SECRET_FILE PAYBAND_DEFAULTS="$settings" \
		timeout 60 "$PAYBAND_ADMIN_BIN" show "$receipt" 2>"$E2E_TMP/err")
	ADMIN_RC=$?
	ADMIN_ERR=$(<"$E2E_TMP/err")
	expect_rc 0
	expect_line "^id +$id$"
	[[ -z $ADMIN_ERR ]] || e2e_fail "stderr: $(head -c 200 <<<"$ADMIN_ERR") (the MAC was not checked with the key of the file)"
}
check "payband-admin reads the settings file and connects as PAYBAND_OWNER, not the file's PGUSER" from_settings
missing() {
	E2E_REQ="payband-admin recent with PAYBAND_DEFAULTS=$E2E_TMP/none"
	PAYBAND_DEFAULTS=$E2E_TMP/none timeout 60 "$PAYBAND_ADMIN_BIN" recent >/dev/null 2>"$E2E_TMP/err"
	ADMIN_RC=$?
	ADMIN_ERR=$(<"$E2E_TMP/err")
	expect_rc 1
	expect_err "cannot read the settings file"
}
check "a settings file named but missing: exit 1, saying so" missing

finish
