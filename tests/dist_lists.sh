#!/bin/sh
# Every template, stylesheet, migration and data file must be listed in Makefile.am,
# or `make install` and `make dist` silently leave it out.
top=${srcdir:-.}/
fail=0
for f in "$top"templates/*.tpl "$top"static/* "$top"sql/migrations/*.sql "$top"sql/data/*; do
	rel=${f#"$top"}
	if ! grep -q "^	$rel\( \\\\\)\{0,1\}$\|= $rel$" "$top"Makefile.am; then
		echo "not listed in Makefile.am: $rel"
		fail=1
	fi
done
exit $fail
