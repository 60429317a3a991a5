#!/usr/bin/env bash
# t-geo-sql.sh: the fallback chain, the OFLC band and the projection rule checked in the e2e database itself, over
# every figure (the pages test a sample): psql as the web role where it reads (v_figures, occupation_anchor) and as
# the superuser where the check needs the raw BLS/OFLC tables.
. "$(dirname "$0")/lib.sh"
e2e_need PGHOST PGPORT PGDATABASE

psql_web() { PGUSER=payband_web psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

# expect_sql_zero WHAT SQL [psql_web|psql_super]: the query's single number is 0.
expect_sql_zero() {
	local what=$1 sql=$2 run=${3:-psql_web} got
	got=$("$run" -c "$sql" 2>&1) || { e2e_fail "$what: query failed: ${got:0:200}"; return; }
	[[ $got == 0 ]] || e2e_fail "$what: $got"
}

# --- every role x region has a primary figure, and roles of one occupation use the same figure -------------------
check "every role x region has a primary figure with an average" expect_sql_zero "cells without one" \
	"select count(*) from (select r.slug as role_slug, g.slug as region_slug from v_roles r cross join v_regions g) c
	 where not exists (select 1 from v_figures f where f.role_slug = c.role_slug and f.region_slug = c.region_slug
	                   and f.rank = 1 and f.mean is not null)"

check "roles of one occupation start from the same BLS figure in every region (vintage and median)" \
	expect_sql_zero "occupation x region cells where they differ" \
	"select count(*) from (select soc_code, region_slug from v_figures
	                       where rank = 1 and publisher = 'U.S. Bureau of Labor Statistics'
	                       group by 1, 2 having count(distinct vintage) > 1 or count(distinct median) > 1) x"

# --- the anchor function: one complete row for every occupation of a role x every region ---------------------------
anchors() {
	local got
	got=$(psql_web -F ' ' -c "select count(*),
	        count(*) filter (where num_nulls(a.mean, a.median, a.p10, a.p25, a.p75, a.p90, a.note, a.vintage) = 0
	                           and a.p10 <= a.p25 and a.p25 <= a.median and a.median <= a.p75 and a.p75 <= a.p90
	                           and a.fallback in ('none', 'older-vintage', 'parent', 'metro-from-state', 'metro-from-nation')),
	        (select count(*) from (select soc_code from v_roles union select '15-1252') s) * (select count(*) from v_regions)
	    from (select soc_code from v_roles union select '15-1252') s
	    cross join v_regions g
	    cross join lateral occupation_anchor(s.soc_code, g.slug) a" 2>&1) ||
		{ e2e_fail "occupation_anchor() as payband_web: ${got:0:200}"; return; }
	read -r n complete want <<<"$got"
	[[ $n == "$want" && $complete == "$want" ]] ||
		e2e_fail "occupation_anchor(): $n rows, $complete complete, expected $want"
}
check "occupation_anchor(): the web role gets one complete row per occupation x region" anchors

wyoming() {
	local got
	got=$(psql_web -F '|' -c "select fallback, region_slug, vintage, median from occupation_anchor('15-1243', 'us-wy')" 2>&1)
	[[ $got == 'older-vintage|us-wy|May 2024|62760' ]] || e2e_fail "occupation_anchor('15-1243', 'us-wy') is '$got'"
}
check "occupation_anchor('15-1243', 'us-wy'): Wyoming's May 2024 figure, labelled older-vintage" wyoming

# --- metros: >= 98 % inside the OFLC Level I-IV band or shown with a caution ----------------------------------------
band_share() {
	local has_caution flag got n inside flagged
	has_caution=$(psql_super -c "select count(*) from information_schema.columns
	                             where table_name = 'market_figures' and column_name = 'caution'")
	if [[ $has_caution == 1 ]]; then flag='f.caution is not null'; else flag='false'; fi
	got=$(psql_super -F ' ' -c "select count(*),
	          count(*) filter (where f.median between l.level1_annual and l.level4_annual),
	          count(*) filter (where not f.median between l.level1_annual and l.level4_annual and $flag)
	      from market_figures f
	      join roles r on r.id = f.role_id and r.kind = 'occupation'
	      join regions m on m.id = f.region_id and m.kind = 'metro'
	      join oflc_wage_levels l on l.area_code = m.fips and l.soc_code = r.soc_code
	      where f.rank = 1 and f.median is not null" 2>&1) || { e2e_fail "query failed: ${got:0:200}"; return; }
	read -r n inside flagged <<<"$got"
	printf '    occupation x metro figures: %s; inside the OFLC band: %s; outside with a caution: %s\n' \
		"$n" "$inside" "$flagged"
	((n > 7000)) || e2e_fail "only $n occupation x metro figures (expected every role's occupation in every metro)"
	(((inside + flagged) * 100 >= n * 98)) ||
		e2e_fail "$inside inside + $flagged flagged of $n is $(((inside + flagged) * 1000 / n)) ‰, below 980 ‰"
}
check "occupation x metro figures: at least 98 % inside their OFLC Level I-IV band or with a caution" band_share

# --- projections ----------------------------------------------------------------------------------------------------
check "no figure projects more than 10 % from its average (the reference report's own claim aside)" \
	expect_sql_zero "figures beyond 10 %" \
	"select count(*) from v_figures where projection is not null and data_points is null
	   and abs(projection::numeric / mean - 1) > 0.10"

check "one projection rate per occupation, in every region" expect_sql_zero "occupations with more than one" \
	"select count(*) from (select soc_code from v_figures
	                       where projection is not null and data_points is null and publisher = 'U.S. Bureau of Labor Statistics'
	                       group by 1 having max(projection::numeric / mean) - min(projection::numeric / mean) > 0.0002) x"

finish
