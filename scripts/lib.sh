# scripts/lib.sh: shell functions shared by scripts/up and scripts/test (install, build, local stack).
# shellcheck shell=bash
# Source it from bash; it sets no shell options. Every process it starts is tracked by PID and stopped by PID.
# The long-running processes start with fds 3 and 4 closed: scripts/test keeps its own stdout/stderr there, and a
# daemon holding them would keep a pipe reading scripts/test's output open.

PB_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# The Debian packages payband needs to build, run and test: the one list (scripts/up and scripts/test use it).
PB_PACKAGES=(build-essential g++ autoconf automake pkg-config libfcgi-dev libfcgi-bin libctemplate-dev libpq-dev
	libcmocka-dev libjansson-dev liburiparser-dev libsodium-dev libgsl-dev postgresql-15 postgresql-client-15 nginx
	spawn-fcgi curl iproute2) # iproute2: ss, to find free ports (not in minimal images)
# Packages only scripts/test needs on top of PB_PACKAGES: Debian's Chromium for the browser tests (tests/browser,
# driven by playwright-core from npm: never a downloaded browser), and node + npm to run them: Debian's nodejs and
# npm when the machine has none (a node installed otherwise, e.g. one that bundles npm, is kept).
PB_TEST_PACKAGES=(chromium apache2 apache2-utils apache2-suexec-pristine libapache2-mod-fcgid clang libclang-rt-14-dev dpkg-dev debhelper lintian)
command -v node >/dev/null 2>&1 || PB_TEST_PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PB_TEST_PACKAGES+=(npm)

pb_log() { printf 'payband: %s\n' "$*" >&2; }
pb_die() { pb_log "error: $*"; exit 1; }

# pb_as_root CMD...: run CMD as root (directly when we are root, else through sudo).
pb_as_root() {
	if ((EUID == 0)); then "$@"
	elif command -v sudo >/dev/null 2>&1; then sudo "$@"
	else pb_log "need root or sudo to run: $*"; return 1
	fi
}

# pb_install_packages PKG...: install the Debian packages that are missing; apt-get update only when some are.
pb_install_packages() {
	local p missing=()
	for p in "$@"; do
		[[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) == "install ok installed" ]] || missing+=("$p")
	done
	((${#missing[@]})) || return 0
	pb_log "installing Debian packages: ${missing[*]}"
	# A policy-rc.d that answers 101 keeps the maintainer scripts from starting the system nginx and PostgreSQL
	# (ports 80 and 5432): we only ever run local instances. Removed again if we made it.
	local policy=/usr/sbin/policy-rc.d made_policy= rc=0
	if [[ ! -e $policy ]]; then
		printf '#!/bin/sh\nexit 101\n' | pb_as_root tee "$policy" >/dev/null && pb_as_root chmod 755 "$policy" &&
			made_policy=1
	fi
	pb_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || rc=$?
	((rc)) || pb_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		"${missing[@]}" || rc=$?
	[[ -z $made_policy ]] || pb_as_root rm -f "$policy"
	((rc == 0)) || pb_log "package installation failed (exit $rc)"
	return "$rc"
}

# pb_build NAME [CONFIGURE-ARGS...]: out-of-tree build in _build/NAME (configured when the arguments differ).
pb_build() {
	local name=$1; shift
	local dir=$PB_SRC/_build/$name
	[[ -f $PB_SRC/configure.ac ]] || { pb_log "no configure.ac in $PB_SRC"; return 1; }
	if [[ -f $PB_SRC/config.status ]]; then
		pb_log "the source tree was configured in place, which breaks out-of-tree builds: run 'make distclean' in $PB_SRC"
		return 1
	fi
	if [[ ! -x $PB_SRC/configure || $PB_SRC/configure.ac -nt $PB_SRC/configure ]]; then
		(cd "$PB_SRC" && autoreconf -fi) || { pb_log "autoreconf failed"; return 1; }
	fi
	mkdir -p "$dir" || return
	# configure again only when the tree has none or was configured with other arguments (simple words only)
	if [[ ! -f $dir/Makefile || ! -x $dir/config.status || $(cd "$dir" && ./config.status --config) != "$*" ]]; then
		(cd "$dir" && ../../configure "$@") || { pb_log "configure failed in $dir"; return 1; }
	fi
	make -C "$dir" -j"${PB_JOBS:-2}" || { pb_log "make failed in $dir"; return 1; }
}

# pb_browser_deps: install the browser tests' npm packages (tests/browser: playwright-core, which downloads nothing
# else) with npm ci, when tests/browser/node_modules is missing or older than package-lock.json.
pb_browser_deps() {
	local dir=$PB_SRC/tests/browser
	[[ -f $dir/package-lock.json ]] || return 0
	[[ -f $dir/node_modules/.package-lock.json && ! $dir/package-lock.json -nt $dir/node_modules/.package-lock.json ]] &&
		return 0
	command -v npm >/dev/null 2>&1 || { pb_log "npm is not installed (Debian package npm)"; return 1; }
	pb_log "installing the browser tests' npm packages: npm ci in $dir"
	(cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) ||
		{ pb_log "npm ci failed in $dir"; return 1; }
}

# ---------------------------------------------------------------------------------------------------------------
# Processes

# pb_alive PID: true while PID runs (a zombie child that has exited counts as gone).
pb_alive() {
	local state
	[[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null || return 1
	state=$(awk '/^State:/ {print $2}' "/proc/$1/status" 2>/dev/null)
	[[ $state != Z ]]
}

# pb_pid_is PID NAME: true when PID runs and its command name is NAME (guards against reused PIDs in pid files).
pb_pid_is() {
	pb_alive "$1" && [[ $(cat "/proc/$1/comm" 2>/dev/null) == "$2" ]]
}

# pb_stop_pid PID SIGNAL LABEL [SECONDS]: send SIGNAL, wait up to SECONDS (10) for exit, then SIGKILL.
# Returns the exit status when PID is our child, else 0.
pb_stop_pid() {
	local pid=$1 sig=$2 label=$3 secs=${4:-10} i rc=0
	pb_alive "$pid" || { wait "$pid" 2>/dev/null; return 0; }
	kill -s "$sig" "$pid" 2>/dev/null
	for ((i = 0; i < secs * 10; i++)); do
		pb_alive "$pid" || break
		sleep 0.1
	done
	if pb_alive "$pid"; then
		pb_log "$label (pid $pid) did not stop within ${secs}s after SIG$sig: killing it"
		kill -s KILL "$pid" 2>/dev/null
	fi
	wait "$pid" 2>/dev/null || rc=$?
	((rc == 127)) && rc=0 # not our child: no status to collect
	return "$rc"
}

# pb_stop_stale PIDFILE NAME SIGNAL: stop a process left over from an earlier run (crash, kill -9), then drop the file.
pb_stop_stale() {
	local file=$1 name=$2 sig=$3 pid
	[[ -f $file ]] || return 0
	pid=$(head -n 1 "$file" 2>/dev/null)
	if [[ $pid =~ ^[0-9]+$ ]] && pb_pid_is "$pid" "$name"; then
		pb_log "stopping $name left over from an earlier run (pid $pid)"
		pb_stop_pid "$pid" "$sig" "$name" 10
	fi
	rm -f "$file"
}

# pb_port_free PORT: nothing listens on TCP PORT.
pb_port_free() {
	[[ -z $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
}

# pb_free_port: print a TCP port in 20000-59999 that nothing listens on.
pb_free_port() {
	local i p
	for ((i = 0; i < 200; i++)); do
		# below the kernel's range for outgoing connections (32768-60999), which could take it meanwhile
		p=$((20000 + (RANDOM * 32768 + RANDOM) % 12000))
		pb_port_free "$p" && { echo "$p"; return 0; }
	done
	pb_log "no free port found"
	return 1
}

# pb_wait_http URL CODE SECONDS: poll URL until it answers CODE (polls every 0.2 s, gives up after SECONDS).
pb_wait_http() {
	local url=$1 want=$2 secs=$3 i code
	for ((i = 0; i < secs * 5; i++)); do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null)
		[[ $code == "$want" ]] && return 0
		sleep 0.2
	done
	pb_log "$url answered ${code:-nothing} instead of $want within ${secs}s"
	return 1
}

# ---------------------------------------------------------------------------------------------------------------
# Run directory: PostgreSQL's data and socket, the FastCGI socket, nginx's config/pid/temp files and all logs.

# pb_usable_by USER DIR: USER can reach DIR (every parent traversable). Always true when we are not root.
pb_usable_by() {
	((EUID == 0)) || return 0
	runuser -u "$1" -- test -x "$2" 2>/dev/null
}

# pb_dev_run_dir: print the run directory for scripts/up: CHECKOUT/.run, or, when the postgres and nobody users
# cannot traverse the checkout's parents (e.g. under /root) or socket paths would be too long, a folder under /tmp
# named after the checkout.
pb_dev_run_dir() {
	local want=$PB_SRC/.run alt name
	if pb_run_path_ok "$want" && pb_usable_by postgres "$PB_SRC" && pb_usable_by nobody "$PB_SRC"; then
		echo "$want"
		return 0
	fi
	name=$(basename "$PB_SRC" | tr -c 'A-Za-z0-9_.\n-' _ | cut -c1-24)
	alt=/tmp/payband-run-$name-$(printf '%s' "$PB_SRC" | cksum | cut -d' ' -f1)
	pb_log "$want is not usable (postgres/nobody cannot traverse its parents, or the path is too long or odd for" \
		"sockets and configs): using $alt"
	echo "$alt"
}

# pb_run_path_ok DIR: DIR fits in socket paths and configs: unix socket paths are limited to 107 bytes (the longest
# we make is DIR/pg/.s.PGSQL.NNNNN); the configs take no quotes, dollar signs, semicolons, backslashes or blanks.
pb_run_path_ok() {
	((${#1} <= 80)) || return 1
	case $1 in *[\"\;\'\$\\]* | *[[:space:]]*) return 1 ;; esac
}

# pb_prepare_run_dir DIR: create DIR (mode 755, ours) for the stack.
pb_prepare_run_dir() {
	local dir=$1
	pb_run_path_ok "$dir" || { pb_log "run directory path too long or with odd characters: $dir"; return 1; }
	mkdir -p "$dir" || return
	[[ -O $dir ]] || { pb_log "$dir exists and is not ours"; return 1; }
	chmod 755 "$dir"
	pb_usable_by postgres "$dir" || { pb_log "the postgres user cannot reach $dir"; return 1; }
}

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL: a throwaway cluster in RUN/pg (data in RUN/pg/data, socket in RUN/pg, log RUN/pg/postgres.log).

pb_pgbin() {
	local b
	b=$(pg_config --bindir 2>/dev/null)
	[[ -x $b/initdb ]] || b=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	[[ -x $b/initdb ]] || { pb_log "PostgreSQL server binaries (initdb) not found"; return 1; }
	echo "$b"
}

# pb_as_pg CMD...: run CMD as the postgres user when we are root (initdb and postgres refuse root).
pb_as_pg() {
	# from / : postgres may not be allowed into the current directory (e.g. a checkout under /root)
	if ((EUID == 0)); then env -C / runuser -u postgres -- "$@"; else "$@"; fi
}

# pb_pg_cmd stop|start: print the shell command (quoted) that stops / starts the cluster of the current stack.
pb_pg_cmd() {
	local as=()
	((EUID == 0)) && as=(env -C / runuser -u postgres --)
	case $1 in
	stop) printf '%q ' "${as[@]}" "$PB_PGBIN/pg_ctl" -D "$PB_PG_DIR/data" -m fast -w -t 30 stop ;;
	start) printf '%q ' setsid "${as[@]}" "$PB_PGBIN/pg_ctl" -D "$PB_PG_DIR/data" -l "$PB_PG_DIR/postgres.log" \
		-w -t 30 start ;;
	esac
}

# pb_pg_fresh DIR PORT [CONF-LINE...]: stop a leftover postmaster in DIR, create a new cluster, start it.
pb_pg_fresh() {
	local dir=$1 port=$2; shift 2
	PB_PGBIN=$(pb_pgbin) || return
	PB_PG_DIR=$dir
	PB_PG_PORT=$port
	if [[ -f $dir/data/postmaster.pid ]]; then
		local pid
		pid=$(head -n 1 "$dir/data/postmaster.pid")
		if [[ $pid =~ ^[0-9]+$ ]] && pb_pid_is "$pid" postgres; then
			pb_log "stopping PostgreSQL left over from an earlier run (pid $pid)"
			eval "$(pb_pg_cmd stop)" >/dev/null || pb_stop_pid "$pid" QUIT postgres 10
		fi
	fi
	rm -rf "$dir" && mkdir -p "$dir" || return
	((EUID == 0)) && chown postgres: "$dir"
	chmod 755 "$dir"
	pb_as_pg "$PB_PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
		>"$dir/initdb.log" 2>&1 || { pb_log "initdb failed:"; cat "$dir/initdb.log" >&2; return 1; }
	# Only the unix socket in DIR: no TCP port to collide with anything.
	{
		printf "listen_addresses = ''\nport = %s\nunix_socket_directories = '%s'\n" "$port" "$dir"
		printf '%s\n' "$@"
	} | pb_as_pg tee -a "$dir/data/postgresql.conf" >/dev/null
	PB_PG_STARTED=1
	if ! eval "$(pb_pg_cmd start)" </dev/null >/dev/null 3>&- 4>&-; then
		pb_log "PostgreSQL did not start:"
		tail -n 20 "$dir/postgres.log" >&2
		return 1
	fi
}

# pb_pg_keep DIR PORT [CONF-LINE...]: start the cluster in DIR if it exists (a local stack that keeps its data),
# else make it as pb_pg_fresh does. Sets PB_PG_NEW=1 when it was made now.
pb_pg_keep() {
	local dir=$1 port=$2 pid
	PB_PG_NEW=
	if [[ ! -f $dir/data/PG_VERSION ]]; then
		PB_PG_NEW=1
		pb_pg_fresh "$@"
		return
	fi
	PB_PGBIN=$(pb_pgbin) || return
	PB_PG_DIR=$dir
	PB_PG_PORT=$port
	if [[ -f $dir/data/postmaster.pid ]]; then
		pid=$(head -n 1 "$dir/data/postmaster.pid")
		if [[ $pid =~ ^[0-9]+$ ]] && pb_pid_is "$pid" postgres; then
			pb_log "stopping PostgreSQL left over from an earlier run (pid $pid)"
			eval "$(pb_pg_cmd stop)" >/dev/null || pb_stop_pid "$pid" QUIT postgres 10
		fi
	fi
	# the port is the cluster's own (its config): a different PGPORT now would not be used
	PB_PG_PORT=$(sed -n "s/^port = \([0-9]*\)$/\1/p" "$dir/data/postgresql.conf" | tail -n 1)
	[[ -n $PB_PG_PORT ]] || PB_PG_PORT=$port
	PB_PG_STARTED=1
	if ! eval "$(pb_pg_cmd start)" </dev/null >/dev/null 3>&- 4>&-; then
		pb_log "PostgreSQL did not start:"
		tail -n 20 "$dir/postgres.log" >&2
		return 1
	fi
}

pb_pg_stop() {
	[[ -n ${PB_PG_STARTED:-} && -f $PB_PG_DIR/data/postmaster.pid ]] || return 0
	eval "$(pb_pg_cmd stop)" >/dev/null || pb_log "pg_ctl stop failed"
}

# pb_db_create: in the cluster just started, as a production database is made (README): the superuser creates the
# roles payband_owner (no superuser) and payband_web and the database payband owned by payband_owner; the migrations
# run as payband_owner. PAYBAND_DEFAULTS= : no settings file (a host's /etc/default/payband is not this stack's).
pb_db_create() {
	PGHOST=$PB_PG_DIR PGPORT=$PB_PG_PORT PGUSER=postgres "$PB_PGBIN/psql" -X -q -d postgres -v ON_ERROR_STOP=1 \
		-c 'create role payband_owner login' -c 'create role payband_web login' \
		-c 'create database payband owner payband_owner' || return
	pb_db_migrate
}

# pb_db_migrate: apply the migrations not applied yet, as payband_owner.
pb_db_migrate() {
	[[ -x $PB_SRC/scripts/migrate ]] || { pb_log "scripts/migrate is missing or not executable"; return 1; }
	(cd "$PB_SRC" && PATH=$PB_PGBIN:$PATH PGHOST=$PB_PG_DIR PGPORT=$PB_PG_PORT PGUSER=payband_owner \
		PGDATABASE=payband PAYBAND_DEFAULTS= scripts/migrate) || { pb_log "scripts/migrate failed"; return 1; }
}

# pb_model_fit ADMIN: fit the pay model into the database just migrated (payband-admin fit as payband_owner; a few
# seconds).
pb_model_fit() {
	local admin=$1 fits
	[[ -x $admin ]] || { pb_log "$admin is not built"; return 1; }
	if [[ -n ${PB_KEEP_DB:-} ]]; then # a kept database has its model unless it has none yet
		fits=$(PGHOST=$PB_PG_DIR PGPORT=$PB_PG_PORT PGUSER=postgres "$PB_PGBIN/psql" -X -q -t -A -d payband \
			-c 'select count(*) from model_fits' 2>/dev/null)
		[[ $fits =~ ^[1-9] ]] && return 0
	fi
	PGHOST=$PB_PG_DIR PGPORT=$PB_PG_PORT PGUSER=payband_owner PGDATABASE=payband PAYBAND_DEFAULTS= "$admin" fit \
		>/dev/null || { pb_log "payband-admin fit failed"; return 1; }
}

# ---------------------------------------------------------------------------------------------------------------
# payband (FastCGI on a unix socket) and nginx (local instance).

# pb_payband_start BIN: start BIN on RUN/payband.sock with stderr in RUN/payband.log; sets PB_PAYBAND_PID.
pb_payband_start() {
	local bin=$1 i
	[[ -x $bin ]] || { pb_log "$bin is not built"; return 1; }
	PB_SOCK=$PB_RUN/payband.sock
	pb_stop_stale "$PB_RUN/payband.pid" payband TERM
	rm -f "$PB_SOCK"
	# setsid: a Ctrl-C in the terminal reaches only the script, which then stops everything in order.
	# PAYBAND_DB / PAYBAND_BASE from the caller's environment would point it elsewhere: drop them.
	# A secret file keeps form tokens valid across restarts of payband (one per run folder).
	[[ -s $PB_RUN/secret ]] || (umask 077 && head -c 32 /dev/urandom >"$PB_RUN/secret")
	# PB_RATE_LIMIT: the tests send many contributions from 127.0.0.1; people get the default.
	PGHOST=$PB_PG_DIR PGPORT=$PB_PG_PORT PGUSER=payband_web PGDATABASE=payband \
		setsid env -u PAYBAND_DB -u PAYBAND_BASE "$bin" --listen "unix:$PB_SOCK" --socket-mode 0666 --threads "${PAYBAND_THREADS:-4}" \
		--templates "$PB_SRC/templates" --secret-file "$PB_RUN/secret" ${PB_RATE_LIMIT:+--rate-limit "$PB_RATE_LIMIT"} \
		</dev/null >>"$PB_RUN/payband.log" 2>&1 3>&- 4>&- &
	PB_PAYBAND_PID=$!
	echo "$PB_PAYBAND_PID" >"$PB_RUN/payband.pid"
	for ((i = 0; i < 100; i++)); do
		[[ -S $PB_SOCK ]] && return 0
		pb_alive "$PB_PAYBAND_PID" || break
		sleep 0.1
	done
	pb_log "payband did not create $PB_SOCK; its log:"
	tail -n 20 "$PB_RUN/payband.log" >&2
	return 1
}

# pb_nginx_user: the user nginx workers run as: nobody, unless nobody cannot read the static files.
pb_nginx_user() {
	if pb_usable_by nobody "$PB_SRC/static"; then echo "nobody nogroup"
	else
		pb_log "user nobody cannot read $PB_SRC/static: nginx workers run as $(stat -c %U "$PB_SRC")"
		echo "$(stat -c '%U %G' "$PB_SRC")"
	fi
}

# pb_nginx_conf PORT: write RUN/nginx.conf from deploy/nginx/payband-dev.conf.in.
pb_nginx_conf() {
	local port=$1 conf user_line=
	conf=$(<"$PB_SRC/deploy/nginx/payband-dev.conf.in") || return
	((EUID == 0)) && user_line="user $(pb_nginx_user);"
	conf=${conf//@USER_DIRECTIVE@/"$user_line"}
	conf=${conf//@RUN_DIR@/"$PB_RUN"}
	conf=${conf//@LISTEN@/"127.0.0.1:$port"}
	conf=${conf//@SOCKET@/"$PB_SOCK"}
	conf=${conf//@STATIC_DIR@/"$PB_SRC/static"}
	if [[ $conf =~ @[A-Z_]+@ ]]; then pb_log "nginx template has an unfilled ${BASH_REMATCH[0]}"; return 1; fi
	printf '%s\n' "$conf" >"$PB_RUN/nginx.conf"
}

# pb_nginx_start PORT: start nginx (daemon off, master tracked by PID) on 127.0.0.1:PORT; sets PB_NGINX_PID.
pb_nginx_start() {
	local port=$1 i
	pb_stop_stale "$PB_RUN/nginx.pid" nginx QUIT
	pb_port_free "$port" || { pb_log "port $port is in use (set PAYBAND_PORT to another one)"; return 1; }
	pb_nginx_conf "$port" || return
	mkdir -p "$PB_RUN/nginx-tmp"
	: >"$PB_RUN/nginx-error.log"
	nginx -t -q -p "$PB_RUN/" -c "$PB_RUN/nginx.conf" -e "$PB_RUN/nginx-error.log" ||
		{ pb_log "nginx rejected $PB_RUN/nginx.conf"; return 1; }
	setsid nginx -p "$PB_RUN/" -c "$PB_RUN/nginx.conf" -e "$PB_RUN/nginx-error.log" </dev/null \
		>>"$PB_RUN/nginx-error.log" 2>&1 3>&- 4>&- &
	PB_NGINX_PID=$!
	for ((i = 0; i < 100; i++)); do
		pb_port_free "$port" || return 0
		pb_alive "$PB_NGINX_PID" || break
		sleep 0.1
	done
	pb_log "nginx did not start listening on $port; its error log:"
	tail -n 20 "$PB_RUN/nginx-error.log" >&2
	return 1
}

# pb_stack_start RUN PORT PGPORT BIN [PG-CONF-LINE...]: PostgreSQL + schema, payband, nginx; wait for /healthz 200.
# Returns 1 when something did not start, 2 when all runs but /healthz did not answer 200 within 30 s.
# Sets PB_RUN PB_PG_DIR PB_PG_PORT PB_SOCK PB_PAYBAND_PID PB_NGINX_PID PB_URL; writes RUN/e2e.env for tests/e2e/run.
pb_stack_start() {
	PB_RUN=$1
	local port=$2 pgport=$3 bin=$4; shift 4
	pb_prepare_run_dir "$PB_RUN" || return
	# leftovers of a crashed earlier run, in the order a clean stop would take (PostgreSQL: pb_pg_fresh)
	pb_stop_stale "$PB_RUN/nginx.pid" nginx QUIT
	pb_stop_stale "$PB_RUN/payband.pid" payband TERM
	rm -f "$PB_RUN/payband.log" "$PB_RUN/nginx-access.log"
	if [[ -n ${PB_KEEP_DB:-} ]]; then
		# keep the cluster and its data between runs; apply only new migrations
		pb_pg_keep "$PB_RUN/pg" "$pgport" "$@" || return
		if [[ -n $PB_PG_NEW ]]; then pb_db_create || return; else pb_db_migrate || return; fi
	else
		pb_pg_fresh "$PB_RUN/pg" "$pgport" "$@" || return
		pb_db_create || return
	fi
	pb_model_fit "$(dirname "$bin")/payband-admin" || return
	pb_payband_start "$bin" || return
	pb_nginx_start "$port" || return
	PB_URL=http://127.0.0.1:$port
	{
		printf 'export %s=%q\n' BASE_URL "$PB_URL" PGHOST "$PB_PG_DIR" PGPORT "$PB_PG_PORT" PGDATABASE payband \
			PGUSER payband_web PAYBAND_BIN "$bin" PAYBAND_TEMPLATES "$PB_SRC/templates" \
			E2E_RUN_DIR "$PB_RUN" E2E_SRC_DIR "$PB_SRC" E2E_PG_STOP "$(pb_pg_cmd stop)" \
			E2E_PG_START "$(pb_pg_cmd start)" PATH "$PB_PGBIN:$PATH" \
			PAYBAND_SECRET_FILE "$PB_RUN/secret" E2E_PAYBAND_PID "$PB_PAYBAND_PID" PAYBAND_ADMIN_BIN "$(dirname "$bin")/payband-admin" \
			PAYBAND_DEFAULTS ""
	} >"$PB_RUN/e2e.env"
	pb_wait_http "$PB_URL/healthz" 200 30 || return 2
}

# pb_stack_stop: stop nginx (graceful), payband (SIGTERM), PostgreSQL (pg_ctl stop); safe to call more than once.
pb_stack_stop() {
	local rc=0
	if [[ -n ${PB_NGINX_PID:-} ]]; then
		pb_stop_pid "$PB_NGINX_PID" QUIT nginx 10
		PB_NGINX_PID=
	fi
	if [[ -n ${PB_PAYBAND_PID:-} ]]; then
		pb_stop_pid "$PB_PAYBAND_PID" TERM payband 10 || { rc=$?; pb_log "payband exited with status $rc on SIGTERM"; }
		PB_PAYBAND_PID=
		rm -f "$PB_RUN/payband.pid" "${PB_SOCK:-}"
	fi
	pb_pg_stop
	PB_PG_STARTED=
	return "$rc"
}

# pb_stack_logs [LINES]: print the tail of every log of the stack.
pb_stack_logs() {
	local n=${1:-30} f
	for f in "${PB_RUN:-}/payband.log" "${PB_RUN:-}/nginx-error.log" "${PB_PG_DIR:-}/postgres.log"; do
		[[ -s $f ]] || continue
		printf -- '----- last %s lines of %s\n' "$n" "$f" >&2
		tail -n "$n" "$f" >&2
	done
}
