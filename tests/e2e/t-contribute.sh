#!/usr/bin/env bash
# t-contribute.sh: contributions through nginx: the form, CSRF (missing, wrong, another cookie's token), each
# validation error, idempotency, the k = 5 privacy threshold, the rate limit (on a CGI instance of its own), and
# that nothing refused is ever stored.
. "$(dirname "$0")/lib.sh"
e2e_need PGHOST PGPORT PGDATABASE PAYBAND_BIN PAYBAND_TEMPLATES

jar=$E2E_TMP/jar
jar2=$E2E_TMP/jar2
# A cell of its own, so other tests' figures are untouched: Web Developer in Kansas.
role=web-developer region=us-ks
cell_sql="select count(*) from contributions c join roles r on r.id = c.role_id join regions g on g.id = c.region_id
	where r.slug = '$role' and g.slug = '$region'"
cleanup="psql_super -c \"delete from contributions where role_id = (select id from roles where slug = '$role')
	and region_id = (select id from regions where slug = '$region')\" >/dev/null 2>&1; psql_super -c 'delete from rate_events' >/dev/null 2>&1"
on_exit "$cleanup"
eval "$cleanup"

stored() { psql_super -c "$cell_sql"; }

# form JAR: GET the form with cookie jar JAR; sets TOKEN and KEY.
form() {
	fetch "$BASE_URL/contribute" -c "$1" -b "$1"
	TOKEN=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$E2E_BODY" | grep -o '[0-9a-f]\{64\}')
	KEY=$(grep -o 'name="key" value="[0-9a-f-]*"' "$E2E_BODY" | cut -d'"' -f4)
}

# post JAR BODY: POST the form body with cookie jar JAR.
post() {
	fetch "$BASE_URL/contribute" -b "$1" -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
		--data-binary "$2"
}

valid="role=$role&region=$region&years=6&base_salary=%2495%2C000&bonus=5000&equity=&employment=full-time&skill=javascript&skill=react"

t_form() {
	form "$jar"
	expect_status 200
	expect_header_contains Set-Cookie 'pb_csrf='
	expect_header_contains Set-Cookie 'HttpOnly'
	expect_header_contains Set-Cookie 'SameSite=Strict'
	expect_header_contains Cache-Control 'no-store'
	[[ ${#TOKEN} == 64 ]] || e2e_fail "no 64-hex csrf token in the form"
	[[ $KEY =~ ^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$ ]] || e2e_fail "idempotency key '$KEY' is not a v4 UUID"
	for f in role region years base_salary bonus equity employment skill cert; do
		grep -q "name=\"$f\"" "$E2E_BODY" || e2e_fail "form lacks field $f"
	done
	expect_body_contains '<label for="base_salary">'
}
check "GET /contribute: the form, a SameSite=Strict HttpOnly cookie and a token" t_form

t_valid() {
	local before after loc
	before=$(stored)
	form "$jar"
	post "$jar" "csrf=$TOKEN&key=$KEY&$valid"
	expect_status 303
	loc=$(header_value Location)
	[[ $loc == /contribute/thanks\?receipt=* ]] || e2e_fail "Location '$loc'"
	after=$(stored)
	((after == before + 1)) || e2e_fail "stored $before → $after, expected +1"
	fetch "$BASE_URL$loc"
	expect_status 200
	expect_text_contains "Contributions before 0"
	expect_text_contains "Contributions now 1"
	FIRST_KEY=$KEY FIRST_LOC=$loc
}
check "valid contribution: 303 after commit, thank-you page shows the count before and after" t_valid

t_idempotent() {
	local before
	before=$(stored)
	post "$jar" "csrf=$TOKEN&key=$FIRST_KEY&$valid"	# the same form sent again (reload, double click)
	expect_status 303
	[[ $(header_value Location) == "$FIRST_LOC" ]] || e2e_fail "second send went to '$(header_value Location)', not '$FIRST_LOC'"
	[[ $(stored) == "$before" ]] || e2e_fail "the same idempotency key stored twice"
}
check "the same idempotency key twice stores once" t_idempotent

refused() { # refused NAME STATUS BODY [JAR] [TEXT]: POST is answered STATUS and nothing is stored
	local before
	before=$(stored)
	post "${4:-$jar}" "$3"
	expect_status "$2"
	[[ -z ${5:-} ]] || expect_body_contains "$5"
	[[ $(stored) == "$before" ]] || e2e_fail "something was stored"
}

form "$jar"
check "missing token: 403, nothing stored" refused x 403 "key=$KEY&$valid" "$jar" 'security token'
check "wrong token: 403, nothing stored" refused x 403 "csrf=$(printf '0%.0s' {1..64})&key=$KEY&$valid" "$jar" 'security token'
form "$jar2"; other=$TOKEN
form "$jar"
check "token from another cookie: 403, nothing stored" refused x 403 "csrf=$other&key=$KEY&$valid" "$jar" 'security token'
check "no cookie at all: 403, nothing stored" refused x 403 "csrf=$TOKEN&key=$KEY&$valid" /dev/null 'security token'
t_403_form() {
	post "$jar" "key=$KEY&$valid"
	grep -q 'name="csrf" value="[0-9a-f]\{64\}"' "$E2E_BODY" || e2e_fail "the 403 page offers no fresh form"
	expect_body_contains 'value="6"'
}
check "the 403 page offers the form again, values kept" t_403_form

bad() { # bad NAME FIELD-ID BODY-OVERRIDES
	local before
	before=$(stored)
	form "$jar"
	post "$jar" "csrf=$TOKEN&key=$KEY&$3"
	expect_status 400
	expect_body_contains 'class="error-summary"'
	expect_body_contains "id=\"$2\""
	[[ $(stored) == "$before" ]] || e2e_fail "something was stored"
}
base="role=$role&region=$region&employment=full-time"
check "years 61: 400 beside the field" bad x years-error "$base&years=61&base_salary=90000"
check "years abc: 400" bad x years-error "$base&years=abc&base_salary=90000"
check "base salary 5000 (below the bound): 400" bad x base-error "$base&years=3&base_salary=5000"
check "base salary 90000.50 (not whole dollars): 400" bad x base-error "$base&years=3&base_salary=90000.50"
check "base salary missing: 400" bad x base-error "$base&years=3"
check "bonus above the bound: 400" bad x bonus-error "$base&years=3&base_salary=90000&bonus=99999999"
check "equity not a number: 400" bad x equity-error "$base&years=3&base_salary=90000&equity=lots"
check "unknown role: 400" bad x role-error "role=astronaut&region=$region&employment=full-time&years=3&base_salary=90000"
check "unknown region: 400" bad x region-error "role=$role&region=us-zz&employment=full-time&years=3&base_salary=90000"
check "unknown employment type: 400" bad x employment-error "role=$role&region=$region&employment=intern&years=3&base_salary=90000"
many=$(for i in $(seq 41); do printf '&skill=s%d' "$i"; done)
check "41 skills: 400" bad x skill-error "$base&years=3&base_salary=90000$many"
check "value over 256 bytes: 400" bad x role-error "role=$(head -c 300 /dev/zero | tr '\0' a)&region=$region&employment=full-time&years=3&base_salary=90000"
check "invalid UTF-8: 400" bad x role-error "role=%ff&region=$region&employment=full-time&years=3&base_salary=90000"

t_kept() {
	form "$jar"
	post "$jar" "csrf=$TOKEN&key=$KEY&$base&years=61&base_salary=91000&skill=python"
	expect_status 400
	expect_body_contains 'value="91000"'
	grep -q 'value="python" checked' "$E2E_BODY" || e2e_fail "ticked skill not kept"
	grep -q "value=\"$KEY\"" "$E2E_BODY" || e2e_fail "idempotency key not kept"
}
check "a form with errors comes back with every value kept" t_kept

form "$jar"
check "body over 16 KiB: 413, nothing stored" refused x 413 "csrf=$TOKEN&key=$KEY&$valid&pad=$(head -c 17000 /dev/zero | tr '\0' a)"
t_type() {
	local before
	before=$(stored)
	fetch "$BASE_URL/contribute" -b "$jar" -X POST -H 'Content-Type: text/plain' --data-binary "csrf=$TOKEN&key=$KEY&$valid"
	expect_status 415
	[[ $(stored) == "$before" ]] || e2e_fail "something was stored"
}
check "wrong content type: 415, nothing stored" t_type

# k = 5: crowd figures appear with the 5th accepted contribution, not before.
t_threshold() {
	local i n
	n=$(stored)
	for ((i = n; i < 4; i++)); do
		form "$jar"
		post "$jar" "csrf=$TOKEN&key=$KEY&role=$role&region=$region&years=$((3 + i))&base_salary=$((90000 + i * 1000))&employment=full-time"
		[[ $E2E_STATUS == 303 ]] || { e2e_fail "contribution $i: $(e2e_got)"; return; }
	done
	fetch "$BASE_URL/report/$role/$region"
	expect_status 200
	expect_body_contains 'id="crowd-too-few"'
	expect_body_lacks 'id="crowd-median"'
	form "$jar"
	post "$jar" "csrf=$TOKEN&key=$KEY&role=$role&region=$region&years=9&base_salary=99000&employment=contract"
	expect_status 303
	fetch "$BASE_URL/report/$role/$region"
	expect_body_contains 'id="crowd-median"'
	expect_body_lacks 'id="crowd-too-few"'
	# with n < 20 the quartiles and tails that could expose one person stay hidden
	expect_text_contains "Until 20 people have contributed, payband shows only their median, rounded to the nearest \$5,000"
}
check "k = 5: 4 contributions show no crowd figures, the 5th shows them" t_threshold

# The rate limit, at its default (5 per 10 minutes), on a plain CGI instance of its own with a client address
# of its own; nginx's instance runs with a raised limit for the tests above.
t_rate() {
	local i out body cookie tok key status before
	psql_super -c 'delete from rate_events' >/dev/null
	before=$(stored)
	out=$(REQUEST_METHOD=GET REQUEST_URI=/contribute PGUSER=payband_web "$PAYBAND_BIN" \
		--templates "$PAYBAND_TEMPLATES" --secret-file "$PAYBAND_SECRET_FILE" </dev/null 2>/dev/null)
	cookie=$(printf '%s' "$out" | grep -o 'pb_csrf=[0-9a-f]*' | head -n 1 | cut -d= -f2)
	tok=$(printf '%s' "$out" | grep -o 'name="csrf" value="[0-9a-f]*"' | grep -o '[0-9a-f]\{64\}')
	for i in 1 2 3 4 5 6; do
		key=$(cat /proc/sys/kernel/random/uuid)
		body="csrf=$tok&key=$key&role=$role&region=$region&years=$i&base_salary=9$i""000&employment=full-time"
		status=$(printf '%s' "$body" | REQUEST_METHOD=POST REQUEST_URI=/contribute \
			CONTENT_TYPE=application/x-www-form-urlencoded CONTENT_LENGTH=${#body} HTTP_COOKIE="pb_csrf=$cookie" \
			REMOTE_ADDR=192.0.2.77 PGUSER=payband_web "$PAYBAND_BIN" --templates "$PAYBAND_TEMPLATES" \
			--secret-file "$PAYBAND_SECRET_FILE" 2>/dev/null | head -n 1 | tr -d '\r')
		if ((i <= 5)); then
			[[ $status == 'Status: 303'* ]] || e2e_fail "submission $i: '$status', expected 303"
		else
			[[ $status == 'Status: 429'* ]] || e2e_fail "submission 6: '$status', expected 429"
		fi
	done
	(($(stored) == before + 5)) || e2e_fail "stored $(( $(stored) - before )), expected 5"
	psql_super -c "select count(*) from rate_events where client_hash = '\\x00'" >/dev/null ||
		e2e_fail "rate_events not readable"
	# no raw address anywhere
	if psql_super -c "select count(*) from rate_events where encode(client_hash, 'escape') like '%192.0.2.77%'" | grep -qv '^0$'; then
		e2e_fail "a raw client address is stored"
	fi
}
check "rate limit: the 6th contribution from one client in 10 minutes is refused (429), nothing stored" t_rate

finish
