#!/usr/bin/env bash
# t-no-model.sh: a database migrated but without a fitted pay model: reports still work, the estimate says why it is
# unavailable (503 with Retry-After, never a 500 or a wrong figure), and `payband-admin fit` brings it back.
. "$(dirname "$0")/lib.sh"

e2e_need PAYBAND_ADMIN_BIN
q='role=backend-developer&region=us&years=5'
fetch "$BASE_URL/api/v1/estimate?$q"
before=$(grep -o '"point":[0-9]*' "$E2E_BODY" | head -n 1)
refitted=
refit() { [[ -n $refitted ]] || PGUSER=payband_owner "$PAYBAND_ADMIN_BIN" fit >/dev/null && refitted=1; }
on_exit refit
# as after a data load: the fits go, and NOTIFY payband_reload makes payband load the data again
psql_super -c "delete from model_fits; notify payband_reload" >/dev/null ||
	{ check "remove the stored fits" e2e_fail "psql failed"; finish; }
unavailable() { fetch "$BASE_URL/estimate?$q"; [[ $E2E_STATUS == 503 ]]; }
wait_until 5 0.1 unavailable || true

fetch "$BASE_URL/estimate?$q"
check "no fit: /estimate is 503 and says the model is not fitted" expect_status 503
check "no fit: the page names the command that fits it" expect_text_contains "payband-admin fit"
check "no fit: Retry-After" expect_header Retry-After 300
fetch "$BASE_URL/api/v1/estimate?$q"
check "no fit: /api/v1/estimate is 503" expect_status 503
check "no fit: the API error names the model" expect_body_contains '"field":"model"'
fetch "$BASE_URL/report/backend-developer/us"
check "no fit: reports still answer 200" expect_status 200

refit || check "payband-admin fit" e2e_fail "the fit failed"
available() { fetch "$BASE_URL/estimate?$q"; [[ $E2E_STATUS == 200 ]]; }
wait_until 5 0.1 available || true	# payband-admin fit notifies: the new model is loaded at once
fetch "$BASE_URL/estimate?$q"
check "after payband-admin fit: /estimate is 200 again" expect_status 200
fetch "$BASE_URL/api/v1/estimate?$q"
check "after payband-admin fit: the same figure as before ($before; the fit is reproducible)" \
	expect_body_contains "$before"

finish
