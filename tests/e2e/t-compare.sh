#!/usr/bin/env bash
# t-compare.sh: /compare (nominal and price-adjusted pay by region, at most 8 regions), /compare.csv, and the CSV of
# a report (/report/<role>/<region>.csv).
. "$(dirname "$0")/lib.sh"

command -v node >/dev/null 2>&1 || { printf 'FAIL: %s: environment — node is not installed\n' "$E2E_FILE"; exit 1; }

# csv_get EXPR: evaluate EXPR with rows = the body of the last fetch parsed as CSV (RFC 4180: quotes, "" inside
# quotes, CRLF or LF), header = rows[0], recs = the other rows as objects keyed by the header. Prints like jget.
csv_get() {
	node -e '
		const text = require("fs").readFileSync(process.argv[1], "utf8");
		const rows = []; let row = [], f = "", q = false, i = 0;
		for (; i < text.length; i++) {
			const c = text[i];
			if (q) { if (c === "\"") { if (text[i + 1] === "\"") { f += "\""; i++; } else q = false; } else f += c; }
			else if (c === "\"") q = true;
			else if (c === ",") { row.push(f); f = ""; }
			else if (c === "\n" || c === "\r") { if (c === "\r" && text[i + 1] === "\n") i++; row.push(f); rows.push(row); row = []; f = ""; }
			else f += c;
		}
		if (f !== "" || row.length) { row.push(f); rows.push(row); }
		const header = rows[0] || [];
		const recs = rows.slice(1).map(r => Object.fromEntries(header.map((h, k) => [h, r[k]])));
		let v;
		try { v = (0, eval)("(rows, header, recs) => (" + process.argv[2] + ")")(rows, header, recs); }
		catch (e) { console.error(e.message); process.exit(3); }
		process.stdout.write(typeof v === "string" ? v : JSON.stringify(v === undefined ? null : v));
	' "$E2E_BODY" "$1" 2>/dev/null
}
expect_csv() { # expect_csv EXPR VALUE
	local got
	got=$(csv_get "$1") || { e2e_fail "$(e2e_got): cannot evaluate $1 on the CSV: $(e2e_excerpt 120)"; return; }
	[[ $got == "$2" ]] || e2e_fail "$(e2e_got): $1 is $got, expected $2"
}

# row_cells REGION-NAME: the cells of the table row headed REGION-NAME, text only, joined by " | ".
row_cells() {
	NAME=$1 perl -CSD -0777 -ne '
		while (m{<tr\b[^>]*>(.*?)</tr>}gis) { my $r = $1;
			my ($h) = $r =~ m{<th\b[^>]*>(.*?)</th>}is; next unless defined $h;
			(my $ht = $h) =~ s{<[^>]*>}{}g; $ht =~ s{^\s+|\s+$}{}g; next unless $ht eq $ENV{NAME};
			my @c; while ($r =~ m{<td\b[^>]*>(.*?)</td>}gis) { (my $t = $1) =~ s{<[^>]*>}{ }g; $t =~ s{\s+}{ }g;
				$t =~ s{^ | $}{}g; push @c, $t }
			print join(" | ", @c); last }' "$E2E_BODY"
}

q3='role=software-developer&region=us-ca&region=us-tx&region=us-ny'
fetch "$BASE_URL/compare?$q3"
check "compare 3 states is 200" expect_status 200
check "compare is text/html" expect_header Content-Type "text/html; charset=utf-8"
california() {
	local cells
	cells=$(row_cells California)
	[[ -n $cells ]] || { e2e_fail "$(e2e_got): no table row headed California"; return; }
	[[ " $cells |" == *' $186,770 |'* ]] || e2e_fail "$(e2e_got): California row lacks the average \$186,770: $cells"
	[[ " $cells |" == *' 112.58 '* ]] || e2e_fail "$(e2e_got): California row lacks the price parity 112.58: $cells"
	[[ " $cells |" == *' $165,898 |'* ]] ||
		e2e_fail "$(e2e_got): California row lacks the adjusted average \$165,898: $cells"
}
check "compare: California row has \$186,770, price parity 112.58, adjusted \$165,898" california
three_rows() {
	local n
	for n in California Texas "New York"; do
		[[ -n $(row_cells "$n") ]] || e2e_fail "$(e2e_got): no table row for $n"
	done
}
check "compare: a row for each of California, Texas, New York" three_rows
svg_chart() {
	perl -0777 -ne 'exit !(m{<svg\b.*?<title\b.*?</svg>}is)' "$E2E_BODY" ||
		e2e_fail "$(e2e_got): no inline <svg> chart with a <title>"
}
check "compare: an inline SVG chart with a <title>" svg_chart
check "compare: links its CSV" expect_body_contains '/compare.csv?role=software-developer&amp;region=us-ca'

r8='region=us-ca&region=us-tx&region=us-ny&region=us-wa&region=us-or&region=us-fl&region=us-ga&region=us-il'
fetch "$BASE_URL/compare?role=software-developer&$r8"
check "compare 8 regions (the maximum) is 200" expect_status 200
fetch "$BASE_URL/compare?role=software-developer&$r8&region=us-ma"
check "compare 9 regions is 400" expect_status 400
fetch "$BASE_URL/compare?role=software-developer&region=us-ca&region=us-zz"
check "compare with an unknown region is 400" expect_status 400
fetch "$BASE_URL/compare?role=nope&region=us-ca"
check "compare with an unknown role is 400" expect_status 400
fetch "$BASE_URL/compare?role=software-developer&region=%ff"
check "compare with invalid UTF-8 is 400" expect_status 400
fetch "$BASE_URL/compare"
compare_form() {
	expect_status 200
	grep -qE '<form[^>]*action="/compare"' "$E2E_BODY" || e2e_fail "$(e2e_got): no <form action=\"/compare\">"
	grep -qE '<select[^>]*name="region"[^>]*multiple|<select[^>]*multiple[^>]*name="region"' "$E2E_BODY" ||
		e2e_fail "$(e2e_got): no multiple <select name=region>"
}
check "compare with no parameters is 200, the form" compare_form

# --- CSV -------------------------------------------------------------------------------------------------------------
csv_ok() {
	expect_status 200
	expect_header_contains Content-Type text/csv
}
fetch "$BASE_URL/compare.csv?$q3"
check "compare.csv is 200 text/csv" csv_ok
check "compare.csv: a header line and 3 rows" expect_csv 'rows.filter(r => r.join("") !== "").length' 4
check "compare.csv: rows us-ca, us-tx, us-ny" expect_csv 'recs.map(r => r.region).join(",")' "us-ca,us-tx,us-ny"
check "compare.csv: us-ca mean is 186770" expect_csv 'recs.find(r => r.region === "us-ca").mean' 186770
check "compare.csv: us-ca adjusted mean is 165898" expect_csv 'recs.find(r => r.region === "us-ca").mean_adjusted' 165898
fetch "$BASE_URL/compare.csv?role=software-developer&$r8&region=us-ma"
check "compare.csv with 9 regions is 400" expect_status 400

fetch "$BASE_URL/report/backend-developer/us.csv"
check "/report/backend-developer/us.csv is 200 text/csv" csv_ok
check "report CSV: rank 1 has mean 159428 and 1368 data points" expect_csv \
	'(r => [r.mean, r.data_points].join(","))(recs.find(r => r.rank === "1"))' "159428,1368"
check "report CSV: every row has as many fields as the header" expect_csv \
	'rows.filter(r => r.join("") !== "").every(r => r.length === header.length)' true

finish
