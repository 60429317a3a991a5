#!/usr/bin/env bash
# t-report-bls.sh: reports built on BLS OEWS figures (California software developers, May 2025), a derived
# report for a role without its own BLS series, and another role's national report.
. "$(dirname "$0")/lib.sh"

fetch "$BASE_URL/report/software-developer/us-ca"
check "GET /report/software-developer/us-ca is 200" expect_status 200
for text in '$186,770' '$272,670' "May 2025" "U.S. Bureau of Labor Statistics"; do
	check "software-developer/us-ca shows '$text'" expect_text_contains "$text"
done

fetch "$BASE_URL/report/backend-developer/us-ca"
check "GET /report/backend-developer/us-ca is 200" expect_status 200
check "backend-developer/us-ca says 'Derived'" expect_text_contains "Derived"
check "backend-developer/us-ca says 'California'" expect_text_contains "California"

fetch "$BASE_URL/report/data-scientist/us"
check "GET /report/data-scientist/us is 200" expect_status 200

finish
