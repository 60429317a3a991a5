#!/usr/bin/env bash
# t-report-geo.sh: one fallback chain on every report page (roles sharing an occupation fall back alike, a state with
# only May 2024 figures has a figure), metro figures inside their OFLC Level I-IV band or with a visible caution,
# and projections in a sane range (the reference report's own projection excepted).
. "$(dirname "$0")/lib.sh"

# primary_dd LABEL: the plain number in the report's primary figure block for LABEL ("Average pay", "Median",
# "Projected"); empty when the page shows none.
primary_dd() {
	LABEL=$1 perl -0777 -ne 'if (m{<dl class="figures">(.*?)</dl>}s) { my $b = $1;
		if ($b =~ m{<dt>\Q$ENV{LABEL}\E</dt><dd[^>]*>\$([0-9,]+)</dd>}) { (my $v = $1) =~ s/,//g; print $v } }' \
		"$E2E_BODY"
}
# last_updated: the vintage the page's primary figure is from.
last_updated() {
	perl -0777 -ne 'print $1 if m{Last Updated: ([^<·]*?)\s*(?:·|</p>)}' "$E2E_BODY"
}
caution() {
	perl -CSD -0777 -ne 'if (m{<p class="caution" id="figure-caution">(.*?)</p>}s) { my $c = $1; $c =~ s{<[^>]*>}{}g;
		$c =~ s{&#39;}{\x27}g; $c =~ s{&amp;}{&}g; $c =~ s{\s+}{ }g; print $c }' "$E2E_BODY"
}

# --- the same occupation falls back the same way, whatever the role ------------------------------------------------
# Database Architects (15-1243) in Wyoming: BLS published May 2024, not May 2025. Both roles of that occupation
# must start from Wyoming's May 2024 figure and say so.
same_fallback() {
	local a_med a_upd a_cau b_med b_upd b_cau
	fetch "$BASE_URL/report/database-architect/us-wy"
	expect_status 200 || return
	a_med=$(primary_dd Median) a_upd=$(last_updated) a_cau=$(caution)
	fetch "$BASE_URL/report/data-engineer/us-wy"
	expect_status 200 || return
	b_med=$(primary_dd Median) b_upd=$(last_updated) b_cau=$(caution)
	[[ $a_med == 62760 ]] || e2e_fail "database-architect/us-wy: median '${a_med:-none}', expected Wyoming's May 2024 62760"
	[[ -n $b_med && $b_med == "$a_med" ]] ||
		e2e_fail "data-engineer/us-wy starts from '${b_med:-nothing}', database-architect/us-wy from '${a_med:-nothing}'"
	[[ $a_upd == "May 2024" && $b_upd == "May 2024" ]] ||
		e2e_fail "vintages differ or are not May 2024: database-architect '$a_upd', data-engineer '$b_upd'"
	[[ -n $a_cau && $a_cau == "$b_cau" ]] ||
		e2e_fail "not the same fallback sentence: database-architect '${a_cau:-none}', data-engineer '${b_cau:-none}'"
	[[ $a_cau == *"did not publish a May 2025 median for Database Architects (15-1243) in Wyoming"* ]] ||
		e2e_fail "the fallback sentence does not say May 2025 is missing for Wyoming: '${a_cau:-none}'"
}
check "data-engineer/us-wy and database-architect/us-wy start from Wyoming's May 2024 figure and say so alike" \
	same_fallback

# Web Developers (15-1254) in Florida: May 2024 only. The report has a figure (the estimate always had one).
florida() {
	fetch "$BASE_URL/report/frontend-developer/us-fl"
	expect_status 200 || return
	expect_body_lacks 'No published pay figure exists'
	[[ $(primary_dd Median) == 81410 ]] || e2e_fail "$(e2e_got): median '$(primary_dd Median)', expected Florida's May 2024 81410"
	[[ $(last_updated) == "May 2024" ]] || e2e_fail "$(e2e_got): last updated '$(last_updated)', expected May 2024"
	[[ $(caution) == *"did not publish a May 2025 median for Web Developers (15-1254) in Florida"* ]] ||
		e2e_fail "$(e2e_got): no sentence saying May 2025 is missing for Florida: '$(caution)'"
}
check "frontend-developer/us-fl has Florida's May 2024 figure and says why" florida

# A state BLS published nothing for: the report shows the nation's figure and says so, as the estimate does.
parent() {
	fetch "$BASE_URL/report/actuary/us-wy"
	expect_status 200 || return
	expect_body_lacks 'No published pay figure exists'
	expect_text_contains "BLS published no median for Actuaries (15-2011) in Wyoming"
	expect_text_contains "this is the figure for the United States"
	fetch "$BASE_URL/estimate?role=actuary&region=us-wy&years=5"
	expect_status 200 || return
	expect_text_contains "BLS published no median for Actuaries (15-2011) in Wyoming"
}
check "actuary/us-wy: the United States figure, said so on the report and the estimate" parent

# --- metro figures against their OFLC band --------------------------------------------------------------------------
# Every Pennsylvania metro for Web and Digital Interface Designers (15-1255): the median inside OFLC Level I-IV,
# or a caution beside it. The band is read straight from the OFLC table.
e2e_need PGHOST PGPORT PGDATABASE
pa_band() {
	local rows slug l1 l4 med n=0
	rows=$(psql_super -F ' ' -c "select g.slug, l.level1_annual, l.level4_annual from regions g
		join regions st on st.id = g.parent_id and st.slug = 'us-pa'
		join oflc_wage_levels l on l.area_code = g.fips and l.soc_code = '15-1255' order by g.slug") ||
		{ e2e_fail "cannot read the OFLC levels of Pennsylvania's metros"; return; }
	while read -r slug l1 l4; do
		[[ -n $slug ]] || continue
		n=$((n + 1))
		fetch "$BASE_URL/report/web-and-digital-interface-designer/$slug"
		[[ $E2E_STATUS == 200 ]] || { e2e_fail "$(e2e_got), expected 200"; continue; }
		med=$(primary_dd Median)
		if [[ -z $med ]]; then
			e2e_fail "$slug: no median shown"
		elif ((med < l1 || med > l4)) && [[ -z $(caution) ]]; then
			e2e_fail "$slug: median $med outside OFLC Level I-IV ($l1-$l4) with no caution"
		fi
	done <<<"$rows"
	((n >= 10)) || e2e_fail "only $n Pennsylvania metros with an OFLC level for 15-1255"
}
check "web-and-digital-interface-designer in every Pennsylvania metro: inside the OFLC band or with a caution" pa_band

pittsburgh() {
	fetch "$BASE_URL/report/web-and-digital-interface-designer/us-pa-pittsburgh"
	expect_status 200 || return
	[[ $(caution) == *"OFLC"* ]] || e2e_fail "$(e2e_got): no caution naming the OFLC band: '$(caution)'"
	expect_text_contains "OFLC Level III"
}
check "web-and-digital-interface-designer/us-pa-pittsburgh: the correction to the OFLC band is shown" pittsburgh

# --- projections ----------------------------------------------------------------------------------------------------
# Every role in the regions where the per-cell year-over-year projection went furthest (up to +39 %): the projected
# figure within 10 % of the average. backend-developer/us is the reference report's own published claim.
sane_projections() {
	local roles role region mean proj n=0 shown=0
	fetch "$BASE_URL/api/v1/roles"
	roles=$(grep -o '"slug": *"[^"]*"' "$E2E_BODY" | sed 's/.*"\([^"]*\)"$/\1/')
	[[ -n $roles ]] || { e2e_fail "$(e2e_got): no roles"; return; }
	for region in us us-pa us-az us-ny us-nv us-ut us-ms us-pa-pittsburgh us-nv-reno; do
		for role in $roles; do
			[[ $role/$region == backend-developer/us ]] && continue
			fetch "$BASE_URL/report/$role/$region"
			[[ $E2E_STATUS == 200 ]] || { e2e_fail "$(e2e_got), expected 200"; continue; }
			n=$((n + 1))
			mean=$(primary_dd "Average pay") proj=$(primary_dd Projected)
			[[ -n $mean && -n $proj ]] || continue
			shown=$((shown + 1))
			if ((proj * 100 > mean * 110 || proj * 100 < mean * 90)); then
				e2e_fail "$role/$region: projected $proj vs average $mean ($(((proj - mean) * 1000 / mean)) ‰)"
			fi
		done
	done
	((shown > n / 2)) || e2e_fail "only $shown of $n pages show a projection"
}
check "no report page projects more than 10 % from its average (the reference report's own claim aside)" \
	sane_projections

fetch "$BASE_URL/report/backend-developer/us"
check "backend-developer/us keeps the reference report's projection \$178,559" expect_text_contains '$178,559'

# The compare page shows the same caution as the report for the same figure.
fetch "$BASE_URL/compare?role=web-and-digital-interface-designer&region=us-pa-allentown-bethlehem-easton&region=us-pa"
check "compare: the corrected Allentown figure carries the report's caution" expect_text_contains "Corrected to the OFLC band"

finish
