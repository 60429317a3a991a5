#!/usr/bin/env bash
# t-page-weight.sh: a result page is light: its adjust form lists the person's skills, the role's most used ones and
# the metros of the state asked about (≤ 25 KB of HTML for typical estimates); every other option is one click away.
. "$(dirname "$0")/lib.sh"

for q in "role=backend-developer&region=us&years=5&skill=react-nextjs&skill=nodejs&cert=aws-certified-developer" \
	"role=software-developer&region=us-ca&years=5&skill=react&skill=nodejs&skill=aws" \
	"role=site-reliability-engineer&region=us-ca-san-jose-sunnyvale-santa-clara&years=9&skill=kubernetes&skill=go"; do
	fetch "$BASE_URL/estimate?$q"
	light() {
		local size
		size=$(wc -c <"$E2E_BODY")
		expect_status 200
		((size <= 25600)) || e2e_fail "$(e2e_got): $size bytes of HTML, expected at most 25 KB"
	}
	check "/estimate?$q is at most 25 KB" light
	every_option() {
		local tag
		tag=$(grep -o '<a href="[^"]*form=full#skills">' "$E2E_BODY" | head -n 1)
		[[ -n $tag ]] || { e2e_fail "$(e2e_got): no link to the form with every option"; return; }
		# the person's skills are still in the compact form, ticked
		for s in $(tr '&' '\n' <<<"$q" | sed -n 's/^skill=//p'); do
			grep -q "id=\"skill-$s\" name=\"skill\" value=\"$s\" checked" "$E2E_BODY" ||
				e2e_fail "$(e2e_got): the compact form lacks the ticked skill $s"
		done
	}
	check "/estimate?$q: the person's skills stay ticked, every option one click away" every_option
done

fetch "$BASE_URL/estimate?role=backend-developer&region=us&years=5&form=full"
full_form() {
	local n
	n=$(grep -o 'name="skill"' "$E2E_BODY" | wc -l)
	((n >= 200)) || e2e_fail "$(e2e_got): $n skill checkboxes with form=full, expected every skill"
	grep -q 'value="us-ca-san-jose-sunnyvale-santa-clara"' "$E2E_BODY" || e2e_fail "$(e2e_got): form=full lacks the metros"
	grep -q 'href="[^"]*form=full' "$E2E_BODY" && e2e_fail "$(e2e_got): form=full still links to form=full"
	# the estimate is the same: form is not part of the query
	grep -q 'id="permalink">[^<]*form=' "$E2E_BODY" && e2e_fail "$(e2e_got): the permalink carries form="
	return 0
}
check "form=full: every skill and metro; the permalink leaves it out" full_form

finish
