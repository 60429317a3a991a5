#!/usr/bin/env bash
# t-least-privilege.sh: the web role (payband_web, the role payband connects as) cannot change or remove anything,
# nor read the contributions or the clients' hashes (rate_events): every attempt is refused by PostgreSQL itself.
. "$(dirname "$0")/lib.sh"

# as_web SQL: run SQL as payband_web; prints the error, succeeds only if the statement succeeded
as_web() { PGUSER=payband_web psql -X -q -t -A -v ON_ERROR_STOP=1 -c "$1" 2>&1; }
refused() { # refused WHAT SQL
	local out
	if out=$(as_web "$2"); then e2e_fail "payband_web could $1: $(head -c 200 <<<"$out")"
	elif ! grep -qi "permission denied" <<<"$out"; then e2e_fail "$1: refused, but not for lack of permission: $out"
	fi
}

tables=$(psql_super -c "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
	where n.nspname = 'public' and c.relkind = 'r' order by 1")
every_table() {
	local t n=0 col
	for t in $tables; do
		# a column that may be assigned (not an identity or generated one): only permission can refuse it
		col=$(psql_super -c "select quote_ident(attname) from pg_attribute where attrelid = 'public.$t'::regclass
			and attnum > 0 and not attisdropped and attidentity = '' and attgenerated = '' order by attnum limit 1")
		refused "UPDATE $t" "update $t set $col = $col where false"
		refused "DELETE FROM $t" "delete from $t where false"
		refused "TRUNCATE $t" "truncate $t"
		n=$((n + 1))
	done
	((n >= 20)) || e2e_fail "only $n tables found"
}
check "payband_web cannot UPDATE, DELETE or TRUNCATE any of the $(wc -w <<<"$tables") tables" every_table

hashes() {
	refused "read the client hashes" "select client_hash from rate_events limit 1"
	refused "read the contributions" "select * from contributions limit 1"
}
check "payband_web cannot read the contributions' client hashes (nor the rows)" hashes
finish
