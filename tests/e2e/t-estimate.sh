#!/usr/bin/env bash
# t-estimate.sh: the estimate form and page: the worked example of docs/model.md figure by figure, parameter order,
# experience never lowering the estimate, metro regions and the fallback to a parent region, and bad input (400 with
# the form back, every valid value kept, an error summary and a message beside each wrong field; never a 500).
. "$(dirname "$0")/lib.sh"

# --- HTML helpers (the body of the last fetch) -------------------------------------------------------------------
# el_html ID: inner HTML of the first element with id="ID" (up to the first closing tag of the same name).
el_html() {
	ID=$1 perl -0777 -ne 'print $2 if m{<(\w+)\b[^>]*\bid="\Q$ENV{ID}\E"[^>]*>(.*?)</\1\s*>}is' "$E2E_BODY"
}
# el_text ID: its visible text (tags dropped, entities decoded, whitespace squeezed, trimmed).
el_text() {
	el_html "$1" | perl -CSD -0777 -pe 's{<[^>]*>}{ }gs; s{&#(\d+);}{chr($1)}ge; s{&#x([0-9a-f]+);}{chr(hex $1)}gie;
		s{&nbsp;}{ }g; s{&lt;}{<}g; s{&gt;}{>}g; s{&quot;}{"}g; s{&#39;}{\x27}g; s{&amp;}{&}g;
		s{\s+}{ }g; s{^ | $}{}g'
}
# start_tag ID: the start tag of the element with id="ID".
start_tag() {
	ID=$1 perl -0777 -ne 'print $1 if m{(<\w+\b[^>]*\bid="\Q$ENV{ID}\E"[^>]*>)}is' "$E2E_BODY"
}
# attr TAG NAME: the value of attribute NAME in start tag TAG (entities &amp; decoded).
attr() {
	printf '%s' "$1" | N=$2 perl -0777 -ne 'if (m{\s\Q$ENV{N}\E="([^"]*)"}i) { my $v = $1; $v =~ s/&amp;/&/g; print $v }'
}
# selected SELECT-ID: the values of the selected options of a <select>, one a line.
selected() {
	ID=$1 perl -0777 -ne 'if (m{<select\b[^>]*\bid="\Q$ENV{ID}\E"[^>]*>(.*?)</select>}is) { my $s = $1;
		while ($s =~ m{<option\b([^>]*)>}gi) { my $a = $1; print "$1\n" if $a =~ /\sselected\b/i && $a =~ /\svalue="([^"]*)"/i } }' \
		"$E2E_BODY"
}
# is_checked ID: the checkbox with id="ID" carries the checked attribute.
is_checked() {
	local tag
	tag=$(start_tag "$1")
	[[ -n $tag ]] || return 2
	[[ $tag =~ [[:space:]]checked([[:space:]=/>]) ]]
}
# dollars TEXT: the first $-figure in TEXT as a plain number ($149,533 → 149533).
dollars() {
	[[ $1 =~ \$([0-9][0-9,]*) ]] || return 1
	printf '%s' "${BASH_REMATCH[1]//,/}"
}

expect_el_text() { # expect_el_text ID TEXT: the element's text is TEXT
	local got
	got=$(el_text "$1")
	[[ $got == "$2" ]] || e2e_fail "$(e2e_got): #$1 is '${got:-<absent>}', expected '$2'"
}
expect_el_text_starts() { # expect_el_text_starts ID TEXT
	local got
	got=$(el_text "$1")
	[[ $got == "$2"* ]] || e2e_fail "$(e2e_got): #$1 is '${got:-<absent>}', expected it to start with '$2'"
}
expect_el() { # expect_el ID: an element with id="ID" exists
	[[ -n $(start_tag "$1") ]] || e2e_fail "$(e2e_got): no element with id=\"$1\""
}
expect_no_el() {
	[[ -z $(start_tag "$1") ]] || e2e_fail "$(e2e_got): has an element with id=\"$1\" (should not)"
}
expect_selected() { # expect_selected SELECT-ID VALUE
	local got
	got=$(selected "$1" | paste -sd, -)
	[[ $got == "$2" ]] || e2e_fail "$(e2e_got): #$1 has '${got:-nothing}' selected, expected '$2'"
}
expect_checked() { # expect_checked ID...
	local id rc
	for id in "$@"; do
		is_checked "$id" && continue
		rc=$?
		if ((rc == 2)); then e2e_fail "$(e2e_got): no checkbox #$id"; else e2e_fail "$(e2e_got): #$id is not checked"; fi
	done
}
expect_value() { # expect_value INPUT-ID VALUE
	local got
	got=$(attr "$(start_tag "$1")" value)
	[[ $got == "$2" ]] || e2e_fail "$(e2e_got): #$1 has value '$got', expected '$2'"
}

# --- the empty form ----------------------------------------------------------------------------------------------
form_fields() {
	local form tag
	expect_status 200
	expect_header Content-Type "text/html; charset=utf-8"
	form=$(perl -0777 -ne 'print $1 if m{(<form\b[^>]*action="/estimate"[^>]*>)}is' "$E2E_BODY")
	[[ -n $form ]] || { e2e_fail "$(e2e_got): no <form action=\"/estimate\">"; return; }
	[[ ${form,,} == *'method="get"'* ]] || e2e_fail "$(e2e_got): the estimate form is not method=get: $form"
	tag=$(start_tag role)
	[[ $tag == "<select"* && $(attr "$tag" name) == role ]] || e2e_fail "$(e2e_got): #role is not <select name=role>: $tag"
	tag=$(start_tag region)
	[[ $tag == "<select"* && $(attr "$tag" name) == region ]] ||
		e2e_fail "$(e2e_got): #region is not <select name=region>: $tag"
	tag=$(start_tag years)
	[[ $tag == "<input"* && $(attr "$tag" name) == years ]] || e2e_fail "$(e2e_got): #years is not <input name=years>: $tag"
	grep -q '<option value="backend-developer"' "$E2E_BODY" || e2e_fail "$(e2e_got): #role lacks backend-developer"
	expect_body_contains "Estimate my pay"
	grep -qiE '<button[^>]*type="submit"[^>]*>[[:space:]]*Estimate my pay' "$E2E_BODY" ||
		e2e_fail "$(e2e_got): no submit button 'Estimate my pay'"
}
regions_grouped() {
	# United States on its own; each state an <optgroup> holding the state and its metros
	local group
	grep -qE '<option value="us"( selected)?>United States</option>' "$E2E_BODY" ||
		e2e_fail "$(e2e_got): #region lacks the option us / United States"
	group=$(perl -0777 -ne 'print $1 if m{<optgroup label="California">(.*?)</optgroup>}is' "$E2E_BODY")
	[[ -n $group ]] || { e2e_fail "$(e2e_got): no <optgroup label=\"California\">"; return; }
	[[ $group == *'value="us-ca"'* ]] || e2e_fail "$(e2e_got): the California group lacks us-ca"
	[[ $group == *'value="us-ca-san-jose-sunnyvale-santa-clara"'* ]] ||
		e2e_fail "$(e2e_got): the California group lacks the San Jose metro"
	[[ $group != *'value="us-tx'* ]] || e2e_fail "$(e2e_got): the California group holds Texas regions"
}
skill_boxes() {
	local n tag id
	n=$(grep -oE '<input[^>]*type="checkbox"[^>]*name="skill"' "$E2E_BODY" | wc -l)
	((n >= 10)) || e2e_fail "$(e2e_got): $n skill checkboxes (input name=skill), expected many"
	for id in skill-react-nextjs skill-nodejs cert-aws-certified-developer; do
		tag=$(start_tag "$id")
		[[ $tag == *'type="checkbox"'* ]] || { e2e_fail "$(e2e_got): no checkbox #$id"; continue; }
		[[ $(attr "$tag" name) == "${id%%-*}" && $(attr "$tag" value) == "${id#*-}" ]] ||
			e2e_fail "$(e2e_got): #$id has name/value '$(attr "$tag" name)'/'$(attr "$tag" value)'"
		grep -q "<label for=\"$id\"" "$E2E_BODY" || e2e_fail "$(e2e_got): #$id has no <label for>"
	done
	# skills are grouped in <details>
	perl -0777 -ne 'exit !(m{<details\b[^>]*>(?:(?!</details>).)*id="skill-react-nextjs"}is)' "$E2E_BODY" ||
		e2e_fail "$(e2e_got): #skill-react-nextjs is not inside a <details> group"
}
for path in / /estimate; do
	fetch "$BASE_URL$path"
	check "GET $path is the estimate form (role, region, years, submit)" form_fields
	check "GET $path: regions are United States plus a group per state with its metros" regions_grouped
	check "GET $path: skill and certification checkboxes with labels, skills in <details> groups" skill_boxes
	check "GET $path shows no error summary" expect_body_lacks 'error-summary'
done

# --- the worked example (docs/model.md) --------------------------------------------------------------------------
q_example='role=backend-developer&region=us&years=5&skill=react-nextjs&skill=nodejs&cert=aws-certified-developer'
canonical='/estimate?role=backend-developer&region=us&years=5&skill=nodejs&skill=react-nextjs&cert=aws-certified-developer'
fetch "$BASE_URL/estimate?$q_example"
check "worked example is 200 text/html" expect_status 200
check "worked example: heading names role and region" \
	expect_text_contains "Your estimate: Backend Developer in United States"
check "worked example: #estimate-point is \$149,533" expect_el_text estimate-point '$149,533'
check "worked example: #estimate-range is \$120,561 – \$181,533" expect_el_text estimate-range '$120,561 – $181,533'
check "worked example: #estimate-percentile is 55th" expect_el_text_starts estimate-percentile '55th'
check "worked example: #estimate-projection is \$153,182" expect_el_text_starts estimate-projection '$153,182'

breakdown() {
	local table rows
	table=$(perl -0777 -ne 'print $1 if m{(<table\b[^>]*class="[^"]*\bbreakdown\b[^"]*"[^>]*>.*?</table>)}is' "$E2E_BODY")
	[[ -n $table ]] || { e2e_fail "$(e2e_got): no table.breakdown"; return; }
	# one line per row: header text | first cell text
	rows=$(printf '%s' "$table" | perl -CSD -0777 -ne '
		sub txt { my $t = shift; $t =~ s{<[^>]*>}{ }gs; $t =~ s{&amp;}{&}g; $t =~ s{&quot;}{"}g; $t =~ s{\s+}{ }g;
			$t =~ s{^ | $}{}g; $t }
		while (m{<tr\b[^>]*>(.*?)</tr>}gis) { my $r = $1;
			my ($h) = $r =~ m{<th\b[^>]*>(.*?)</th>}is; my ($d) = $r =~ m{<td\b[^>]*>(.*?)</td>}is;
			print txt($h // ""), " | ", txt($d // ""), "\n" }')
	local want
	while IFS='|' read -r label value; do
		label=${label% } value=${value# }
		want=$(printf '%s\n' "$rows" | grep -E "^$label" | head -n 1)
		if [[ -z $want ]]; then e2e_fail "$(e2e_got): table.breakdown has no row '$label'"
		elif [[ -n $value && ${want#* | } != "$value" ]]; then
			e2e_fail "$(e2e_got): breakdown row '$label' says '${want#* | }', expected '$value'"
		fi
	done <<'EOF'
Median pay of Software Developers \(15-1252\) in United States | $135,980
Backend Developer against software developers | +$5,619 (+4.1%)
5 years of professional experience | −$21,226 (−15%)
React/Next\.js | +$4,239 (+3.5%)
AWS Certified Developer | +$24,922 (+20%)
Node\.js |
Estimate | $149,533
EOF
}
check "worked example: breakdown rows (base \$135,980, level, experience, React/Next.js +\$4,239 (+3.5%), AWS, Node.js)" breakdown
check "worked example: a skill's source names the survey and its year, with n" \
	expect_text_contains "Stack Overflow 2023, fitted¹ (n = 1192)"

chart() {
	local svg
	svg=$(perl -0777 -ne 'print $1 if m{(<svg\b.*?</svg>)}is' "$E2E_BODY")
	[[ -n $svg ]] || { e2e_fail "$(e2e_got): no inline <svg>"; return; }
	[[ $svg == *"<title"* ]] || e2e_fail "$(e2e_got): the <svg> has no <title>"
	# the text equivalent: a table with the distribution figures
	perl -0777 -ne 'exit !(m{<table\b[^>]*>(?:(?!</table>).)*\$141,599(?:(?!</table>).)*\$223,540}is &&
		m{</svg>.*<table\b}is)' "$E2E_BODY" ||
		e2e_fail "$(e2e_got): no table after the chart giving the distribution (\$141,599 … \$223,540)"
}
check "worked example: inline SVG chart with <title> and a table equivalent" chart

learn_next() {
	local list n
	list=$(perl -0777 -ne 'print $1 if m{(<ol\b[^>]*class="[^"]*\bnext\b[^"]*"[^>]*>.*?</ol>)}is' "$E2E_BODY")
	[[ -n $list ]] || { e2e_fail "$(e2e_got): no ol.next"; return; }
	n=$(count_items "$list")
	((n >= 1)) || e2e_fail "$(e2e_got): ol.next has no item"
	expect_text_contains "What to learn next"
}
check "worked example: 'What to learn next' lists at least one item" learn_next

permalink_is() { # permalink_is HREF
	local tag href
	tag=$(start_tag permalink)
	[[ $tag == "<a"* ]] || { e2e_fail "$(e2e_got): no a#permalink"; return; }
	href=$(attr "$tag" href)
	[[ $href == "$1" ]] || e2e_fail "$(e2e_got): a#permalink is '$href', expected '$1'"
}
check "worked example: a#permalink is the canonical query (skills sorted)" permalink_is "$canonical"
filled_in() {
	expect_selected role backend-developer
	expect_selected region us
	expect_value years 5
	expect_checked skill-react-nextjs skill-nodejs cert-aws-certified-developer
}
check "worked example: the form is filled in (role, region, years 5, three boxes)" filled_in
check "worked example: no error summary" expect_body_lacks 'error-summary'

# the same query in other orders: the same estimate and the same permalink
for q in 'cert=aws-certified-developer&skill=nodejs&years=5&skill=react-nextjs&region=us&role=backend-developer' \
	'skill=nodejs&role=backend-developer&cert=aws-certified-developer&region=us&skill=react-nextjs&years=5'; do
	fetch "$BASE_URL/estimate?$q"
	check "reordered ($q) is 200" expect_status 200
	check "reordered ($q): same #estimate-point \$149,533" expect_el_text estimate-point '$149,533'
	check "reordered ($q): same permalink" permalink_is "$canonical"
done

# following the permalink gives the same page figure
fetch "$BASE_URL$canonical"
check "the permalink itself gives \$149,533" expect_el_text estimate-point '$149,533'

# --- more experience never lowers the estimate ---------------------------------------------------------------------
monotonic() {
	local y prev=-1 prev_y='' p seen=()
	for y in 0 3 8 15 30; do
		fetch "$BASE_URL/estimate?role=backend-developer&region=us&years=$y&skill=react-nextjs&skill=nodejs"
		[[ $E2E_STATUS == 200 ]] || { e2e_fail "$(e2e_got), expected 200"; return; }
		p=$(dollars "$(el_text estimate-point)") || { e2e_fail "$(e2e_got): no \$ figure in #estimate-point"; return; }
		seen+=("$y:$p")
		((p >= prev)) || e2e_fail "years=$y gives $p, below years=$prev_y ($prev)"
		prev=$p prev_y=$y
	done
	((${seen[0]#*:} < ${seen[-1]#*:})) || e2e_fail "years 0 and 30 give the same estimate (${seen[*]}): no experience effect"
}
check "years 0, 3, 8, 15, 30 give non-decreasing estimates" monotonic

# --- regions: metro, and a region without a figure ----------------------------------------------------------------
fetch "$BASE_URL/estimate?role=backend-developer&region=us-ca-san-jose-sunnyvale-santa-clara&years=5"
check "metro region (San Jose) is 200" expect_status 200
check "metro region: estimate shown" expect_el estimate-point
check "metro region: heading names the metro" \
	expect_text_contains "Your estimate: Backend Developer in San Jose-Sunnyvale-Santa Clara, CA"
check "metro region: region stays selected" expect_selected region us-ca-san-jose-sunnyvale-santa-clara

# Fairbanks-College, AK: BLS published Software Developers in Alaska for May 2024 only. The fallback chain scales
# Alaska's May 2024 figure to the metro, and the page says so (the same sentence as the report).
fetch "$BASE_URL/estimate?role=backend-developer&region=us-ak-fairbanks-college&years=5"
check "metro whose state has only May 2024 figures is 200" expect_status 200
check "metro whose state has only May 2024 figures: estimate shown" expect_el estimate-point
check "metro whose state has only May 2024 figures: says Alaska's May 2024 figure is used" \
	expect_text_contains "in Alaska; this metro is scaled from its May 2024 figure"

# --- bad input ----------------------------------------------------------------------------------------------------
# bad_case NAME FIELD QUERY [KEEP...]: 400, the form back with the summary at the top and #FIELD-error, nothing 500,
# and the valid values kept. KEEP: role=V, region=V, years=V, checked=ID.
bad_input() {
	local field=$1 k; shift
	expect_status 400
	expect_header_contains Content-Type text/html
	grep -q 'class="error-summary"' "$E2E_BODY" || e2e_fail "$(e2e_got): no .error-summary"
	# at the top: before the first field of the form
	perl -0777 -ne 'exit !(m{class="error-summary".*?id="role"}is)' "$E2E_BODY" ||
		e2e_fail "$(e2e_got): the error summary is not above the form fields"
	expect_el "$field-error"
	for k in role region years skill cert; do
		[[ $k == "$field" ]] && continue
		[[ -z $(start_tag "$k-error") ]] || e2e_fail "$(e2e_got): #$k-error shown although $k is valid"
	done
	expect_el role
	for k in "$@"; do
		case $k in
		role=* | region=*) expect_selected "${k%%=*}" "${k#*=}" ;;
		years=*) expect_value years "${k#*=}" ;;
		checked=*) expect_checked "${k#*=}" ;;
		esac
	done
}
bad_case() {
	local name=$1 field=$2 q=$3; shift 3
	fetch "$BASE_URL/estimate?$q"
	check "bad input: $name → 400, the form with #$field-error, valid values kept" bad_input "$field" "$@"
}
long=$(printf 'a%.0s' {1..257})
skills41=$(for i in $(seq 1 41); do printf '&skill=s%02d' "$i"; done)
R='role=backend-developer' G='region=us' Y='years=5' S='skill=react-nextjs' C='cert=aws-certified-developer'
keep_all=(role=backend-developer region=us checked=skill-react-nextjs checked=cert-aws-certified-developer)
bad_case "unknown role" role "role=nope&$G&$Y&$S&$C" region=us years=5 checked=skill-react-nextjs \
	checked=cert-aws-certified-developer
bad_case "unknown region" region "$R&region=us-zz&$Y&$S&$C" role=backend-developer years=5 \
	checked=skill-react-nextjs checked=cert-aws-certified-developer
for y in abc -1 5.5 61 ''; do
	bad_case "years='$y'" years "$R&$G&years=$y&$S&$C" "${keep_all[@]}"
done
bad_case "years missing" years "$R&$G&$S&$C" "${keep_all[@]}"
bad_case "role given twice" role "$R&$R&$G&$Y&$S&$C" region=us years=5 checked=skill-react-nextjs
bad_case "years given twice" years "$R&$G&$Y&years=6&$S&$C" "${keep_all[@]}"
bad_case "41 skills (max 40)" skill "$R&$G&$Y&$C$skills41" role=backend-developer region=us years=5 \
	checked=cert-aws-certified-developer
bad_case "unknown skill beside a known one" skill "$R&$G&$Y&$S&skill=nope&$C" "${keep_all[@]}"
bad_case "unknown certification" cert "$R&$G&$Y&$S&cert=nope" role=backend-developer region=us years=5 \
	checked=skill-react-nextjs
bad_case "skill value over 256 bytes" skill "$R&$G&$Y&$S&skill=$long&$C" "${keep_all[@]}"
bad_case "role value over 256 bytes" role "role=$long&$G&$Y&$S&$C" region=us years=5 checked=skill-react-nextjs
bad_case "region value over 256 bytes" region "$R&region=$long&$Y&$S" role=backend-developer years=5 \
	checked=skill-react-nextjs
bad_case "invalid UTF-8 (%ff) in region" region "$R&region=us%ff&$Y&$S&$C" role=backend-developer years=5 \
	checked=skill-react-nextjs checked=cert-aws-certified-developer
bad_case "invalid UTF-8 (%ff) in a skill" skill "$R&$G&$Y&skill=%ff&$C" role=backend-developer region=us years=5 \
	checked=cert-aws-certified-developer
bad_case "malformed percent-encoding (%zz) in role" role "role=backend%zz&$G&$Y&$S" region=us years=5 \
	checked=skill-react-nextjs
bad_case "malformed percent-encoding (%zz) in years" years "$R&$G&years=5%zz&$S&$C" "${keep_all[@]}"
bad_case "malformed percent-encoding (%zz) in cert" cert "$R&$G&$Y&$S&cert=%zz" role=backend-developer region=us \
	years=5 checked=skill-react-nextjs

# the example of the brief, spelled out
fetch "$BASE_URL/estimate?role=backend-developer&region=us&years=61&skill=react-nextjs"
years61() {
	expect_status 400
	expect_el years-error
	expect_checked skill-react-nextjs
	expect_selected role backend-developer
	expect_selected region us
	expect_body_lacks 'id="estimate-point"'
}
check "years=61: 400, #years-error, react-nextjs still checked, role still selected, no estimate" years61

# The official figure beside the survey's, with the gap explained.
official() {
	fetch "$BASE_URL/estimate?role=software-developer&region=us-ca&years=5"
	expect_status 200
	expect_body_contains 'id="official-vs-survey"'
	expect_text_contains 'OEWS May 2025: Software Developers (15-1252), California $174,410'
	expect_text_contains 'Stack Overflow Developer Survey 2023, United States: all full-time respondents'
	expect_text_contains "The survey's median is"
	fetch "$BASE_URL/estimate?role=backend-developer&region=us-ca-san-jose-sunnyvale-santa-clara&years=5"
	expect_text_contains 'Software Developers (15-1252), California'
	expect_text_contains 'full-time respondents of developer type “Developer, back-end” who gave their years of professional coding (n = 1,850)'
}
check "official (BLS) and survey figures side by side, a metro falling back to its state's BLS figure" official

finish
