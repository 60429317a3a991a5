#!/bin/sh
# The contribution rules have one definition in C (cgi-bin/core/rules.h, rules.c): the table's checks and
# submit_contribution's messages in sql/migrations/019_contributions.sql must say the same bounds and types.
top=${srcdir:-.}/
h=${top}cgi-bin/core/rules.h c=${top}cgi-bin/core/rules.c sql=${top}sql/migrations/019_contributions.sql
fail=0
num() { sed -n "s/^#define $1 *\([0-9]*\)[a-z]*\$/\1/p" "$h"; }
years=$(num MAX_YEARS) base_min=$(num MIN_BASE_SALARY) base_max=$(num MAX_BASE_SALARY)
bonus=$(num MAX_BONUS) equity=$(num MAX_EQUITY)
types=$(sed -n 's/^const char \*const employment_types\[NEMPLOYMENT\] = { \(.*\) };$/\1/p' "$c" | tr '"' "'")
for v in "$years" "$base_min" "$base_max" "$bonus" "$equity" "$types"; do
	[ -n "$v" ] || { echo "cannot read the rules from $h and $c"; exit 1; }
done
need() { # need TEXT: the SQL must contain TEXT
	if ! grep -qF -- "$1" "$sql"; then
		echo "019_contributions.sql does not say: $1 (core/rules.h and rules.c do)"
		fail=1
	fi
}
need "check (years between 0 and $years)"
need "check (base_salary between $base_min and $base_max)"
need "check (bonus between 0 and $bonus)"
need "check (equity between 0 and $equity)"
need "check (employment_type in ($types))"
need "p_years not between 0 and $years"
need "p_base not between $base_min and $base_max"
need "v_bonus not between 0 and $bonus"
need "v_equity not between 0 and $equity"
need "p_employment not in ($types)"
exit $fail
