#!/usr/bin/env bash
# t-owner.sh: the schema belongs to payband_owner, which is no superuser; payband_web has exactly its privileges;
# migrate refuses the wrong database (postgres, none named, another than the configured one) and a superuser, reads
# the database from the settings file, and "migrate --adopt" hands a database migrated by the superuser over to
# payband_owner with payband_web's privileges unchanged.
. "$(dirname "$0")/lib.sh"
e2e_need E2E_SRC_DIR PGHOST PGPORT PGDATABASE

migrate=$E2E_SRC_DIR/scripts/migrate
adopt_db=payband_adopt_$$
on_exit 'psql_super -d postgres -c "drop database if exists $adopt_db" >/dev/null 2>&1'

# Every function, relation and type in public with its owner, when that owner is a superuser (none expected).
super_owned_sql="select kind || ' ' || name || ' (' || r.rolname || ')' from (
	select 'function' kind, p.oid::regprocedure::text name, p.proowner own
	from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
	union all
	select 'relation', c.oid::regclass::text, c.relowner
	from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'
	union all
	select 'type', t.oid::regtype::text, t.typowner
	from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public'
) x join pg_roles r on r.oid = x.own where r.rolsuper order by 1"

# payband_web's privileges, one line each: what 010, 018, 020 (and the migrations' own checks) give it.
privs_sql="select kind || ' ' || name || ': ' || privs from (
  select 'relation' kind, c.relname::text name,
         concat_ws(',', case when has_table_privilege('payband_web', c.oid, 'select') then 'select' end,
                        case when has_table_privilege('payband_web', c.oid, 'insert') then 'insert' end,
                        case when has_table_privilege('payband_web', c.oid, 'update') then 'update' end,
                        case when has_table_privilege('payband_web', c.oid, 'delete') then 'delete' end,
                        case when has_table_privilege('payband_web', c.oid, 'truncate') then 'truncate' end,
                        case when has_table_privilege('payband_web', c.oid, 'references') then 'references' end,
                        case when has_table_privilege('payband_web', c.oid, 'trigger') then 'trigger' end) privs
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
  union all
  select 'function', p.oid::regprocedure::text,
         case when has_function_privilege('payband_web', p.oid, 'execute') then 'execute' end
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
  union all
  select 'schema', 'public', concat_ws(',', case when has_schema_privilege('payband_web', 'public', 'usage') then 'usage' end,
                                            case when has_schema_privilege('payband_web', 'public', 'create') then 'create' end)
  union all
  select 'database', 'current', concat_ws(',',
         case when has_database_privilege('payband_web', current_database(), 'connect') then 'connect' end,
         case when has_database_privilege('payband_web', current_database(), 'create') then 'create' end,
         case when has_database_privilege('payband_web', current_database(), 'temporary') then 'temporary' end)
  union all
  select 'role', r.rolname, concat_ws(',', case when r.rolsuper then 'super' end,
         case when r.rolcreaterole then 'createrole' end, case when r.rolcreatedb then 'createdb' end,
         case when r.rolcanlogin then 'login' end,
         (select string_agg(g.rolname, '+') from pg_auth_members m join pg_roles g on g.oid = m.roleid
          where m.member = r.oid))
  from pg_roles r where r.rolname = 'payband_web'
) x where privs <> '' order by 1"

expected_privs='database current: connect
function contribution_receipt(bigint): execute
function crowd_figures(text,text): execute
function estimate_base(text,text): execute
function estimate_premiums(text,text): execute
function experience_curve(text): execute
function model_experience_curve(): execute
function model_role(text,integer): execute
function model_summary(): execute
function occupation_anchor(text,text): execute
function official_vs_survey(text,text): execute
function report_narratives(text,text): execute
function report_premiums(text,text): execute
function role_required_skills(text): execute
function role_skills(text): execute
function skill_premiums(text,text): execute
function submit_contribution(uuid,text,text,integer,integer,integer,integer,text,text[],text[],bytea,integer,interval): execute
relation v_certifications: select
relation v_crowd_figures: select
relation v_estimate_bases: select
relation v_figures: select
relation v_narratives: select
relation v_official_vs_survey: select
relation v_price_parity: select
relation v_published_premiums: select
relation v_regions: select
relation v_roles: select
relation v_skills: select
role payband_web: login
schema public: usage'

# owners_ok DATABASE: no object of DATABASE's schema public belongs to a superuser, and its owner is payband_owner
owners_ok() {
	local got owner
	got=$(psql_super -d "$1" -c "$super_owned_sql" 2>&1) || { e2e_fail "query failed: $got"; return; }
	[[ -z $got ]] || e2e_fail "owned by a superuser in $1: $(head -n 5 <<<"$got" | tr '\n' ';') ($(wc -l <<<"$got") objects)"
	owner=$(psql_super -d "$1" -c "select pg_get_userbyid(datdba) || ' ' || (select rolsuper from pg_roles
		where oid = datdba) from pg_database where datname = current_database()")
	[[ $owner == "payband_owner false" ]] || e2e_fail "the database $1 belongs to '$owner', expected 'payband_owner false'"
}
check "every function, table, view and type belongs to a role that is no superuser (pg_roles.rolsuper)" \
	owners_ok "$PGDATABASE"

secdef_owner() {
	local got
	got=$(psql_super -c "select distinct r.rolname || ' ' || r.rolsuper from pg_proc p
		join pg_namespace n on n.oid = p.pronamespace join pg_roles r on r.oid = p.proowner
		where n.nspname = 'public' and p.prosecdef")
	[[ $got == "payband_owner false" ]] || e2e_fail "the SECURITY DEFINER functions belong to: $(tr '\n' ';' <<<"$got")"
}
check "the SECURITY DEFINER functions belong to payband_owner" secdef_owner

web_privs() { # web_privs DATABASE
	local got
	got=$(psql_super -d "$1" -c "$privs_sql" 2>&1)
	[[ $got == "$expected_privs" ]] ||
		e2e_fail "payband_web's privileges in $1 differ: $(diff <(echo "$expected_privs") <(echo "$got") | grep '^[<>]' | tr '\n' ';')"
}
check "payband_web has exactly its privileges: connect, the views, the contract functions" web_privs "$PGDATABASE"

# run_migrate [--adopt] ENV...: run migrate with the environment changes given (env's syntax: -u NAME first, then
# NAME=VALUE); sets MIG_OUT, MIG_RC
run_migrate() {
	local args=()
	if [[ $1 == --adopt ]]; then args=(--adopt); shift; fi
	MIG_OUT=$(env "$@" timeout 120 "$migrate" "${args[@]}" 2>&1)
	MIG_RC=$?
}
refused() { # refused TEXT: migrate failed, saying TEXT
	((MIG_RC != 0)) || e2e_fail "migrate exited 0: $(tail -n 2 <<<"$MIG_OUT" | tr '\n' ' ')"
	grep -qF -- "$1" <<<"$MIG_OUT" || e2e_fail "migrate's message lacks '$1': $(head -c 300 <<<"$MIG_OUT")"
}
refuse_postgres() {
	run_migrate PAYBAND_DEFAULTS= PGUSER=payband_owner PGDATABASE=postgres
	refused "refusing to migrate the database postgres"
}
check "migrate refuses the database postgres, with the reason" refuse_postgres

refuse_unnamed() {
	run_migrate -u PGDATABASE PAYBAND_DEFAULTS= PGUSER=payband_owner
	refused "no database named"
}
check "migrate refuses when no database is named (libpq would pick the user's name)" refuse_unnamed

settings=$E2E_TMP/payband.default
printf '# as /etc/default/payband\nPGHOST=%s\nPGPORT=%s\nPGDATABASE=%s\nPGUSER=payband_web\nPAYBAND_OWNER=payband_owner\n' \
	"$PGHOST" "$PGPORT" "$PGDATABASE" >"$settings"
refuse_other() {
	run_migrate -u PGUSER PAYBAND_DEFAULTS="$settings" PGDATABASE=postgres
	refused "refusing to migrate another database than the configured one"
}
check "migrate refuses a database other than the one of the settings file" refuse_other

refuse_super() {
	run_migrate PAYBAND_DEFAULTS= PGUSER=postgres PGDATABASE="$PGDATABASE"
	refused "connected as the superuser postgres"
}
check "migrate refuses to run as a superuser" refuse_super

from_settings() {
	# what an operator types: no PG* variable at all, the settings file names the database; PGUSER of the file
	# (payband_web) is the web program's, migrate connects as PAYBAND_OWNER
	run_migrate -u PGHOST -u PGPORT -u PGUSER -u PGDATABASE PAYBAND_DEFAULTS="$settings"
	((MIG_RC == 0)) || e2e_fail "migrate failed: $(tail -n 3 <<<"$MIG_OUT" | tr '\n' ' ')"
	[[ $MIG_OUT == "up to date" ]] || e2e_fail "migrate said '$(head -c 200 <<<"$MIG_OUT")', expected 'up to date'"
}
check "migrate takes the database and the port from the settings file and connects as payband_owner" from_settings

# A database migrated the way it was before payband_owner: by the superuser, every file in one transaction.
old_migrate() {
	local f v
	psql_super -d postgres -c "create database $adopt_db" >/dev/null || return 1
	psql_super -d "$adopt_db" -c "create table schema_migrations (version text primary key,
		applied_at timestamptz not null default now())" >/dev/null || return 1
	for f in "$E2E_SRC_DIR"/sql/migrations/0[0-3]*.sql; do
		v=$(basename "$f")
		v=${v%%_*}
		(cd "$E2E_SRC_DIR/sql" && PGOPTIONS="-c client_min_messages=warning" psql_super -d "$adopt_db" -1 -f "$f" \
			-c "insert into schema_migrations (version) values ('$v')" >/dev/null) || return 1
	done
}
adopt() {
	old_migrate || { e2e_fail "migrating $adopt_db as the superuser failed"; return; }
	run_migrate PAYBAND_DEFAULTS= PGUSER=payband_owner PGDATABASE="$adopt_db"
	refused "the database $adopt_db belongs to postgres"
	run_migrate --adopt PAYBAND_DEFAULTS= PGUSER=postgres PGDATABASE="$adopt_db"
	((MIG_RC == 0)) || { e2e_fail "migrate --adopt failed: $(tail -n 3 <<<"$MIG_OUT" | tr '\n' ' ')"; return; }
	run_migrate PAYBAND_DEFAULTS= PGUSER=payband_owner PGDATABASE="$adopt_db"
	((MIG_RC == 0)) || { e2e_fail "migrate after --adopt failed: $(tail -n 3 <<<"$MIG_OUT" | tr '\n' ' ')"; return; }
	owners_ok "$adopt_db"
	web_privs "$adopt_db"
}
check "migrate --adopt: a database migrated by the superuser passes to payband_owner, payband_web unchanged" adopt

finish
