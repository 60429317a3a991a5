#!/usr/bin/env bash
# t-report-reference.sh: the Backend Developer / United States report shows, figure by figure, what the reference
# report (shared/seed/market-report-backend-developer-us.txt) shows.
. "$(dirname "$0")/lib.sh"

fetch "$BASE_URL/report/backend-developer/us"
check "GET /report/backend-developer/us is 200" expect_status 200
check "Content-Type is text/html; charset=utf-8" expect_header Content-Type "text/html; charset=utf-8"

for text in \
	"Market Intelligence: Backend Developer in United States" \
	"April 2026" "1,368 data points" '$159,428' '$178,559' \
	"Market Overview" "Regional Demand Signals" "Growth Catalyst" "Career Moat" "Skill Premium Analysis" \
	"Required Skills for Backend Developer" "AI Impact on Backend Developer Careers" "Negotiation Strategy" \
	"Strategic Checklist for Backend Developer Professionals" \
	"React/Next.js" "15-25%" "Node.js" "top decile" "AWS Certified Developer" "18-22%" "2-4x"; do
	check "shows '$text'" expect_text_contains "$text"
done

required_skills() {
	local section n
	section=$(section_after "Required Skills for Backend Developer") ||
		{ e2e_fail "$(e2e_got): no 'Required Skills for Backend Developer' heading"; return; }
	n=$(count_items "$section")
	((n >= 3)) || e2e_fail "$(e2e_got): the Required Skills section has $n <li> items, expected at least 3"
}
check "Required Skills section lists at least 3 skills" required_skills

checklist() {
	local section list n item
	section=$(section_after "Strategic Checklist for Backend Developer Professionals") ||
		{ e2e_fail "$(e2e_got): no 'Strategic Checklist for Backend Developer Professionals' heading"; return; }
	# the first list after the heading (the section may run on into a page footer)
	list=$(printf '%s' "$section" | perl -0777 -ne 'print $1 if m{(<(ul|ol)\b.*?</\2\s*>)}is')
	[[ -n $list ]] || { e2e_fail "$(e2e_got): no <ul>/<ol> list after the checklist heading"; return; }
	n=$(count_items "$list")
	((n == 4)) || e2e_fail "$(e2e_got): the checklist has $n items, expected 4"
	for item in "Market Positioning" "Negotiation Leverage" "Career Moat" "AI Readiness"; do
		[[ $list == *"$item"* ]] || e2e_fail "$(e2e_got): the checklist lacks '$item'"
	done
}
check "Strategic Checklist has exactly 4 items" checklist

finish
