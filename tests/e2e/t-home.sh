#!/usr/bin/env bash
# t-home.sh: the home page links to reports and to the stylesheet, which nginx serves as text/css.
. "$(dirname "$0")/lib.sh"

fetch "$BASE_URL/"
check "GET / is 200" expect_status 200
check "GET / is text/html; charset=utf-8" expect_header Content-Type "text/html; charset=utf-8"
links_to() { # links_to PATH: an href (either quote style, an optional query) pointing at PATH
	local re=${1//./\\.}
	grep -qE "href=[\"']$re([?#][^\"']*)?[\"']" "$E2E_BODY" || e2e_fail "$(e2e_got): no link to $1"
}
check "home links to /report/backend-developer/us" links_to /report/backend-developer/us
check "home links the stylesheet /static/payband.css" links_to /static/payband.css

fetch "$BASE_URL/static/payband.css"
check "GET /static/payband.css is 200" expect_status 200
check "stylesheet is text/css" expect_header_contains Content-Type text/css
not_empty() { [[ -s $E2E_BODY ]] || e2e_fail "$(e2e_got): empty stylesheet"; }
check "stylesheet is not empty" not_empty

finish
