# tests/e2e/lib.sh: helpers for the end-to-end tests (source it from a t-*.sh; tests/e2e/run sets the environment).
# shellcheck shell=bash
#
#   fetch URL [CURL-ARGS...]     one request (curl, --max-time 10); status, headers and body saved to files
#   check NAME CMD [ARGS...]     run one case: prints "PASS: <file>: NAME" or "FAIL: <file>: NAME — why"
#   expect_status CODE           expect_header NAME VALUE        expect_header_contains NAME TEXT
#   expect_body_contains TEXT    expect_body_lacks TEXT          expect_text_contains TEXT (tags stripped)
#   section_after HEADING        raw HTML from HEADING to the next <h2     count_items HTML   number of <li>
#   wait_until SECS EVERY CMD    bounded polling                          psql_super ARGS    psql as postgres
#   e2e_need VAR...              fail the file when the environment lacks VAR
#   on_exit CMD                  clean-up run when the file exits (tests must not change trap EXIT)
#   finish                       exit 1 if any case failed
#
# The expect_* functions record why they failed (E2E_WHY) and return 1; a case passes when nothing was recorded,
# so a case function may call several of them. Environment (scripts/test exports it, see RUN/e2e.env):
# BASE_URL, PGHOST, PGPORT, PGDATABASE, PAYBAND_BIN, PAYBAND_TEMPLATES, E2E_RUN_DIR, E2E_PG_STOP, E2E_PG_START.

set -u
# The tests start payband themselves too: settings from the caller's environment must not redirect it.
unset PAYBAND_DB PAYBAND_BASE PAYBAND_LISTEN
E2E_FILE=$(basename "$0")
E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/e2e-${E2E_FILE%.sh}.XXXXXX")
E2E_PASSED=0
E2E_FAILED=0
E2E_WHY=
E2E_REQ=
E2E_STATUS=
E2E_CURL_ERR=
E2E_BODY=$E2E_TMP/body
E2E_HEADERS=$E2E_TMP/headers
E2E_TEXT=$E2E_TMP/text
E2E_CLEANUPS=()
# on_exit CMD...: run CMD (a command line, eval'd) when the test file exits, last registered first.
on_exit() { E2E_CLEANUPS+=("$*"); }
e2e_cleanup() {
	local i
	for ((i = ${#E2E_CLEANUPS[@]} - 1; i >= 0; i--)); do eval "${E2E_CLEANUPS[i]}"; done
	rm -rf "$E2E_TMP"
}
trap e2e_cleanup EXIT

# e2e_need VAR...: fail the whole file at once when the environment lacks a variable it needs.
e2e_need() {
	local v
	for v in "$@"; do
		if [[ -z ${!v:-} ]]; then
			printf 'FAIL: %s: environment — %s is not set (run through scripts/test, or E2E_ENV=RUN/e2e.env)\n' \
				"$E2E_FILE" "$v"
			exit 1
		fi
	done
}
e2e_need BASE_URL

# fetch URL [CURL-ARGS...]: sets E2E_STATUS (000 when there was no answer), E2E_REQ ("METHOD /path"),
# E2E_CURL_ERR; writes E2E_BODY and E2E_HEADERS. Does not follow redirects. Always returns 0.
fetch() {
	local url=$1 method=GET a; shift
	for a in "$@"; do
		case $a in -I | --head) method=HEAD ;; POST | PUT | DELETE | PATCH | OPTIONS) method=$a ;; esac
	done
	E2E_REQ="$method ${url#"$BASE_URL"}"
	: >"$E2E_BODY"; : >"$E2E_HEADERS"; rm -f "$E2E_TEXT"
	E2E_STATUS=$(curl -sS -g --max-time 10 -o "$E2E_BODY" -D "$E2E_HEADERS" -w '%{http_code}' "$@" "$url" \
		2>"$E2E_TMP/curl.err")
	E2E_CURL_ERR=$(head -c 200 "$E2E_TMP/curl.err")
	[[ -n $E2E_STATUS ]] || E2E_STATUS=000
	return 0
}

# e2e_fail WHY: record a failed expectation (the case reports all of them).
e2e_fail() {
	E2E_WHY+="${E2E_WHY:+; }$*"
	return 1
}

# the response in one line, for failure messages
e2e_got() {
	if [[ $E2E_STATUS == 000 ]]; then printf '%s: no answer (%s)' "$E2E_REQ" "${E2E_CURL_ERR:-curl failed}"
	else printf '%s → %s' "$E2E_REQ" "$E2E_STATUS"
	fi
}

expect_status() {
	[[ $E2E_STATUS == "$1" ]] || e2e_fail "$(e2e_got), expected $1"
}

# header_value NAME: the value of response header NAME (case-insensitive name, trimmed; first one).
header_value() {
	awk -v name="$1" 'BEGIN { name = tolower(name) }
		{ sub(/\r$/, "") }
		/^HTTP\// { next }
		{ i = index($0, ":"); if (i && tolower(substr($0, 1, i - 1)) == name) {
			v = substr($0, i + 1); gsub(/^[ \t]+|[ \t]+$/, "", v); print v; exit } }' "$E2E_HEADERS"
}

# expect_header NAME VALUE: header NAME equals VALUE (compared case-insensitively, as HTTP media types are).
expect_header() {
	local got
	got=$(header_value "$1")
	[[ ${got,,} == "${2,,}" ]] || e2e_fail "$(e2e_got): header $1 is '${got:-<absent>}', expected '$2'"
}

expect_header_contains() {
	local got
	got=$(header_value "$1")
	[[ ${got,,} == *"${2,,}"* ]] || e2e_fail "$(e2e_got): header $1 is '${got:-<absent>}', expected it to contain '$2'"
}

# excerpt of the body for failure messages (one line)
e2e_excerpt() {
	tr -s '\n\t\r ' ' ' <"$E2E_BODY" | head -c "${1:-160}"
}

expect_body_contains() {
	grep -qF -- "$1" "$E2E_BODY" || e2e_fail "$(e2e_got): body lacks '$1' (body: $(e2e_excerpt))"
}

expect_body_lacks() {
	! grep -qF -- "$1" "$E2E_BODY" || e2e_fail "$(e2e_got): body contains '$1'"
}

# visible_text: the body as a browser shows it: scripts/styles/tags dropped, entities decoded, whitespace squeezed.
visible_text() {
	[[ -f $E2E_TEXT ]] || perl -CSD -0777 -pe '
		s{<(script|style)\b.*?</\1\s*>}{ }gis; s{<!--.*?-->}{ }gs; s{<[^>]*>}{ }gs;
		s{&#(\d+);}{chr($1)}ge; s{&#x([0-9a-f]+);}{chr(hex $1)}gie;
		s{&nbsp;}{ }g; s{&lt;}{<}g; s{&gt;}{>}g; s{&quot;}{"}g; s{&apos;}{\x27}g; s{&amp;}{&}g;
		s{\s+}{ }g;' <"$E2E_BODY" >"$E2E_TEXT"
	cat "$E2E_TEXT"
}

# expect_text_contains TEXT: the visible text contains TEXT (whitespace in TEXT matches any run of whitespace).
expect_text_contains() {
	local want
	want=$(printf '%s' "$1" | tr -s '\n\t ' ' ')
	visible_text | grep -qF -- "$want" || e2e_fail "$(e2e_got): page text lacks '$1'"
}

# section_after HEADING: the raw HTML from the first occurrence of HEADING up to the next "<h2" (or the end).
section_after() {
	local body rest
	body=$(<"$E2E_BODY")
	[[ $body == *"$1"* ]] || return 1
	rest=${body#*"$1"}
	printf '%s' "${rest%%<h2*}"
}

# count_items HTML: number of <li> elements in HTML.
count_items() {
	printf '%s' "$1" | grep -oiE '<li([[:space:]]|>)' | wc -l
}

# check NAME CMD [ARGS...]: one case.
check() {
	local name=$1; shift
	E2E_WHY=
	"$@"
	if [[ -z $E2E_WHY ]]; then
		E2E_PASSED=$((E2E_PASSED + 1))
		printf 'PASS: %s: %s\n' "$E2E_FILE" "$name"
	else
		E2E_FAILED=$((E2E_FAILED + 1))
		printf 'FAIL: %s: %s — %s\n' "$E2E_FILE" "$name" "$E2E_WHY"
	fi
}

# wait_until SECONDS INTERVAL CMD [ARGS...]: run CMD every INTERVAL seconds until it succeeds; bounded.
wait_until() {
	local secs=$1 every=$2 end; shift 2
	end=$(($(date +%s%N) + secs * 1000000000))
	while :; do
		"$@" && return 0
		(($(date +%s%N) < end)) || return 1
		sleep "$every"
	done
}

# exited PID: the process has exited (gone, or a zombie waiting for its parent's wait).
exited() {
	[[ ! -e /proc/$1 || $(awk '/^State:/ {print $2}' "/proc/$1/status" 2>/dev/null) == Z ]]
}

# psql_super SQL...: run SQL as the database superuser (postgres) in the test database; quiet, stops on error.
psql_super() {
	PGUSER=postgres psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"
}

finish() {
	((E2E_PASSED + E2E_FAILED)) || { printf 'FAIL: %s: ran no case\n' "$E2E_FILE"; exit 1; }
	((E2E_FAILED == 0))
	exit
}
