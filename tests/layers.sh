#!/bin/sh
# cgi-bin/ is in layers (docs/architecture.md): a file may include only its own layer and the layers below it.
#   lib < http < data < core < web;  admin (payband-admin) uses lib, data and core only.
# Every #include "..." of a file under cgi-bin/ must name LAYER/FILE of an allowed layer (or config.h), and the
# core layer must not know the HTTP request (struct req).
top=${srcdir:-.}/
fail=0
allowed() { # allowed LAYER: the layers LAYER may include
	case $1 in
	lib) echo "lib" ;;
	http) echo "lib http" ;;
	data) echo "lib http data" ;;
	core) echo "lib http data core" ;;
	web) echo "lib http data core web" ;;
	admin) echo "lib data core admin" ;;
	*) echo "" ;;
	esac
}
for f in "$top"cgi-bin/* "$top"cgi-bin/*/*; do
	[ -f "$f" ] || continue
	rel=${f#"$top"}
	layer=${rel#cgi-bin/}
	case $layer in
	*/*) layer=${layer%%/*} ;;
	*) echo "$rel: not in a layer folder"; fail=1; continue ;;
	esac
	ok=$(allowed "$layer")
	if [ -z "$ok" ]; then
		echo "$rel: cgi-bin/$layer is not a layer"
		fail=1
		continue
	fi
	incs=$(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" | sed 's/^\([0-9]*\):[^"]*"\([^"]*\)".*/\1 \2/')
	while read -r line inc; do
		[ -z "$inc" ] || [ "$inc" = config.h ] && continue
		case $inc in
		*/*) to=${inc%%/*} ;;
		*) echo "$rel:$line: \"$inc\" does not name its layer (write \"LAYER/$inc\")"; fail=1; continue ;;
		esac
		case " $ok " in
		*" $to "*) [ -f "$top"cgi-bin/"$inc" ] ||
			{ echo "$rel:$line: \"$inc\": no such file in cgi-bin/"; fail=1; } ;;
		*) echo "$rel:$line: $layer may not include \"$inc\" (allowed: $ok)"; fail=1 ;;
		esac
	done <<END
$incs
END
	if [ "$layer" = core ] && grep -n 'struct req\b' "$f"; then
		echo "$rel: the core layer must not know struct req"
		fail=1
	fi
done
exit $fail
