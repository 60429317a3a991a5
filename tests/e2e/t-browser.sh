#!/usr/bin/env bash
# t-browser.sh: the browser tests (tests/browser/run: Debian's Chromium through playwright-core) as e2e cases.
# Screenshots and the runner's log go to E2E_OUT/browser (scripts/test: inside the temporary folder it keeps on
# failure), else to E2E_RUN_DIR/browser, else to a new folder under /tmp; the folder is printed.
. "$(dirname "$0")/lib.sh"

runner=$(cd "$(dirname "$0")/../browser" && pwd -P)/run
out=${E2E_OUT:+$E2E_OUT/browser}
if [[ -z $out && -n ${E2E_RUN_DIR:-} ]]; then out=$E2E_RUN_DIR/browser; fi
if [[ -z $out ]]; then out=$(mktemp -d "${TMPDIR:-/tmp}/payband-browser.XXXXXX"); fi
mkdir -p "$out" || { printf 'FAIL: %s: cannot create the output folder %s\n' "$E2E_FILE" "$out"; exit 1; }
echo "    browser output (screenshots, log): $out"

log=$out/browser.log
rc=0
# tests/browser/run bounds each test file itself (60 s); the extra timeout guards the runner.
E2E_OUT=$out timeout -k 5 90 "$runner" >"$log" 2>&1 </dev/null || rc=$?

# one e2e case per browser case
browser_case() { # browser_case PASS|FAIL [WHY]
	[[ $1 == PASS ]] || e2e_fail "${2:-failed} (log: $log)"
}
ran=0
while IFS= read -r line; do
	if [[ $line =~ ^(PASS|FAIL):\ (.*)$ ]]; then
		status=${BASH_REMATCH[1]} rest=${BASH_REMATCH[2]} why=
		if [[ $status == FAIL && $rest == *" — "* ]]; then why=${rest#*" — "} rest=${rest%%" — "*}; fi
		check "browser: $rest" browser_case "$status" "$why"
		ran=$((ran + 1))
	elif [[ $line =~ ^[[:space:]]+(screenshot|#role) ]]; then
		echo "$line"
	fi
done <"$log"

runner_ok() {
	if ((rc == 124 || rc == 137)); then e2e_fail "tests/browser/run was killed after 90 s (log: $log)"
	elif ((ran == 0)); then e2e_fail "tests/browser/run reported no case, exit $rc: $(head -c 300 "$log" | tr '\n' ' ')"
	elif ((rc != 0)) && ! grep -q '^FAIL: ' "$log"; then e2e_fail "tests/browser/run exited $rc without a FAIL line"
	fi
}
check "tests/browser/run finished and reported its cases" runner_ok

finish
