#!/usr/bin/env bash
# t-region-select.sh: the estimate page's region select marks exactly the requested region as selected (the nation,
# a state whose metros are grouped under it, a metro), so that sending the form unchanged asks for the same estimate.
. "$(dirname "$0")/lib.sh"

# selected_regions: the values of the <option>s marked selected in <select id="region">, comma-separated.
selected_regions() {
	perl -0777 -ne 'if (m{<select\b[^>]*\bid="region"[^>]*>(.*?)</select>}is) { my $s = $1; my @v;
		while ($s =~ m{<option\b([^>]*)>}gi) { my $a = $1; push @v, $1 if $a =~ /\sselected\b/i && $a =~ /\svalue="([^"]*)"/i }
		print join(",", @v) }' "$E2E_BODY"
}

only_selected() { # only_selected REGION
	local got
	fetch "$BASE_URL/estimate?role=backend-developer&region=$1&years=5"
	expect_status 200
	got=$(selected_regions)
	[[ $got == "$1" ]] || e2e_fail "$(e2e_got): the region select has '${got:-nothing}' selected, expected exactly '$1'"
}

for g in us us-ca us-ca-san-jose-sunnyvale-santa-clara us-tx us-tx-austin-round-rock-san-marcos; do
	check "region=$g: exactly one option selected in the region select, and it is $g" only_selected "$g"
done

# The contribution form draws the same select: sent back with an error, it keeps exactly the region chosen.
contribute_keeps() { # contribute_keeps REGION
	local jar=$E2E_TMP/jar token key got
	fetch "$BASE_URL/contribute" -c "$jar" -b "$jar"
	token=$(grep -o 'name="csrf" value="[0-9a-f]*"' "$E2E_BODY" | grep -o '[0-9a-f]\{64\}')
	key=$(grep -o 'name="key" value="[0-9a-f-]*"' "$E2E_BODY" | cut -d'"' -f4)
	# years 61 is refused: nothing is stored, the form comes back
	fetch "$BASE_URL/contribute" -b "$jar" -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
		--data-binary "csrf=$token&key=$key&role=web-developer&region=$1&years=61&base_salary=90000&employment=full-time"
	expect_status 400
	got=$(selected_regions)
	[[ $got == "$1" ]] || e2e_fail "$(e2e_got): the region select has '${got:-nothing}' selected, expected exactly '$1'"
}
check "contribution form sent back with an error: exactly us-ca selected" contribute_keeps us-ca

finish
