#!/usr/bin/env bash
# t-etag.sh: pages that depend only on the reference data are rendered once and served from memory with an ETag;
# If-None-Match with it gives 304 and no body; new data (NOTIFY payband_reload) gives a new ETag.
. "$(dirname "$0")/lib.sh"

etag() { header_value ETag; }
for p in "/report/backend-developer/us" "/report/backend-developer/us.csv" "/api/v1/report/data-engineer/us-wy" \
	"/api/v1/roles" "/compare?role=software-developer&region=us-ca&region=us-tx"; do
	fetch "$BASE_URL$p"
	tag=$(etag)
	first=$(md5sum <"$E2E_BODY")
	has_etag() { expect_status 200; [[ $tag == \"*\" ]] || e2e_fail "$(e2e_got): no ETag (got '$tag')"; }
	check "GET $p: 200 with an ETag" has_etag
	fetch "$BASE_URL$p"
	same() { [[ $(etag) == "$tag" && $(md5sum <"$E2E_BODY") == "$first" ]] || e2e_fail "$(e2e_got): ETag or body changed"; }
	check "GET $p again: the same ETag and body" same
	fetch "$BASE_URL$p" -H "If-None-Match: $tag"
	not_modified() { expect_status 304; [[ ! -s $E2E_BODY ]] || e2e_fail "$(e2e_got): a 304 with a body"; }
	check "GET $p with If-None-Match: 304, no body" not_modified
done

# new data: a new snapshot, so a new ETag and a 200 for the old one
fetch "$BASE_URL/report/backend-developer/us"
old=$(etag)
psql_super -c "notify payband_reload" >/dev/null
changed() { fetch "$BASE_URL/report/backend-developer/us" -H "If-None-Match: $old"; [[ $E2E_STATUS == 200 ]]; }
check "after NOTIFY payband_reload the old ETag gives 200 (within 5 s)" wait_until 5 0.1 changed
finish
