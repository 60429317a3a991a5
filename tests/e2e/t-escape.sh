#!/usr/bin/env bash
# t-escape.sh: text from the database reaches the page HTML-escaped: a role title holding a <script> element, and
# report wording holding markup characters. Inserts its own rows as the superuser and deletes them afterwards.
. "$(dirname "$0")/lib.sh"
e2e_need PGHOST PGPORT PGDATABASE E2E_PAYBAND_PID

role=xss-test-role
cleanup_sql="
	delete from narratives where role_id = (select id from roles where slug = '$role');
	delete from market_figures where role_id = (select id from roles where slug = '$role');
	delete from roles where slug = '$role';"
psql_super -c "$cleanup_sql" >/dev/null 2>&1 # a leftover from an interrupted run
on_exit 'psql_super -c "$cleanup_sql" >/dev/null; kill -HUP "$E2E_PAYBAND_PID" 2>/dev/null'

# The role, plus a copy of backend-developer's national figures so that it has a report to show
# (columns listed from the catalog, so the copy follows the schema).
setup() {
	local err
	err=$(psql_super 2>&1 <<SQL
insert into roles (slug, title, kind, soc_code) values ('$role', '<script>alert(1)</script>', 'occupation', '15-1252');
do \$\$
declare cols text;
begin
	select string_agg(quote_ident(column_name), ', ' order by ordinal_position) into cols
	from information_schema.columns
	where table_schema = 'public' and table_name = 'market_figures'
	  and column_name not in ('id', 'role_id') and is_identity = 'NO' and is_generated = 'NEVER';
	execute format('insert into market_figures (role_id, %s) select (select id from roles where slug = %L), %s
	                from market_figures where role_id = (select id from roles where slug = %L)
	                and region_id = (select id from regions where slug = %L)',
	               cols, '$role', cols, 'backend-developer', 'us');
end \$\$;
SQL
	) || e2e_fail "inserting the test role failed: $(printf '%s' "$err" | tr '\n' ' ' | head -c 300)"
}
check "insert role '$role' titled <script>alert(1)</script>" setup

# Roles are reference data every worker caches: SIGHUP makes payband read them again, as after a migration.
reload() {
	kill -HUP "$E2E_PAYBAND_PID" || { e2e_fail "cannot signal payband ($E2E_PAYBAND_PID)"; return; }
	wait_until 5 0.1 bash -c '[[ $(curl -s -o /dev/null -w "%{http_code}" "$0") == 200 ]]' "$BASE_URL/report/$role/us" ||
		e2e_fail "the new role is not served within 5 s of SIGHUP"
}
check "SIGHUP: payband reads the reference lists again" reload

fetch "$BASE_URL/report/$role/us"
check "GET /report/$role/us is 200" expect_status 200
check "the role title is escaped (&lt;script&gt;)" expect_body_contains "&lt;script&gt;"
check "no raw <script>alert(1) in the page" expect_body_lacks "<script>alert(1)"

# Report wording: the schema refuses tags in narratives.body (defence in depth), so check that refusal, then check
# that the markup characters it does allow ('<' before a digit, '&', quotes, '**bold**') come out escaped.
narrative_refuses_tags() {
	if psql_super -c "insert into narratives (role_id, region_id, section, position, body)
		values ((select id from roles where slug = '$role'), (select id from regions where slug = 'us'),
		        'overview', 1, 'x <img src=x onerror=alert(1)> y')" >/dev/null 2>&1; then
		e2e_fail "narratives accepted a body with an <img> tag"
	fi
}
narrative_insert() {
	local err
	err=$(psql_super -c "insert into narratives (role_id, region_id, section, position, body)
		values ((select id from roles where slug = '$role'), (select id from regions where slug = 'us'),
		        'overview', 1, 'Escape probe: pay <3 & \"quoted\" **bold & <2** x>y');
		notify payband_reload" 2>&1) ||
		e2e_fail "inserting the narrative failed: $(printf '%s' "$err" | tr '\n' ' ' | head -c 300)"
	# the data is in memory: NOTIFY payband_reload (as after a migration) makes payband load it again
	wait_until 5 0.1 bash -c 'curl -s "$0" | grep -q "Escape probe"' "$BASE_URL/report/$role/us" ||
		e2e_fail "the narrative is not served within 5 s of NOTIFY payband_reload"
}
if [[ $(psql_super -c "select to_regclass('public.narratives') is not null") == t ]]; then
	check "narratives refuse a body with <img src=x onerror=alert(1)>" narrative_refuses_tags
	check "insert an overview narrative with markup characters" narrative_insert
	fetch "$BASE_URL/report/$role/us"
	check "report with the probe narrative is 200" expect_status 200
	check "narrative text is shown" expect_text_contains "Escape probe: pay <3"
	check "narrative '<3' is escaped (&lt;3)" expect_body_contains "&lt;3"
	check "narrative '&' is escaped (&amp;)" expect_body_contains "pay &lt;3 &amp;"
	check "narrative '<2' inside bold is escaped" expect_body_lacks "<2"
	check "narrative '>' is escaped" expect_body_lacks "x>y"
fi

finish
