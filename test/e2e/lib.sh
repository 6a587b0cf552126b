# lib.sh - shared helpers for e2e tests (sourced). Each test gets a private
# work dir, a private Postfix (harness) and, when asked, a medmilter daemon;
# everything is stopped on exit, pass or fail.
set -euo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC_DIR=${MM_SOURCE_DIR:-$(cd "$E2E_DIR/../.." && pwd)}
BUILD_DIR=${MM_BUILD_DIR:-$SRC_DIR/build/dev}
MEDMILTER=$BUILD_DIR/milter/medmilter
MEDMILTERCTL=$BUILD_DIR/milter/medmilterctl
HARNESS=$E2E_DIR/harness

E2E_FAILS=0
E2E_PASSES=0

e2e_setup() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-e2e.XXXXXX")
    chmod 755 "$WORK"
    trap e2e_cleanup EXIT
    "$HARNESS" start "$WORK"
    # shellcheck disable=SC1091
    . "$WORK/env"
}

e2e_cleanup() {
    local rc=$?
    milter_stop || true
    "$HARNESS" stop "$WORK" || true
    if [ "$rc" -ne 0 ] || [ "$E2E_FAILS" -ne 0 ]; then
        echo "--- postfix log (tail) ---"; tail -30 "$WORK/postfix.log" 2>/dev/null || true
        echo "--- milter log (tail) ---"; tail -30 "$WORK/milter.log" 2>/dev/null || true
        echo "work dir kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}

# milter_start [ARGS...]: start the daemon on the harness socket, in the
# foreground mode, logging to WORK/milter.log; waits for the socket.
milter_start() {
    rm -f "$MILTER_SOCKET"
    "$MEDMILTER" "$@" >>"$WORK/milter.log" 2>&1 &
    MILTER_PID=$!
    for _ in $(seq 1 100); do
        [ -S "$MILTER_SOCKET" ] && { chmod 666 "$MILTER_SOCKET"; return 0; }
        kill -0 "$MILTER_PID" 2>/dev/null || { cat "$WORK/milter.log"; echo "medmilter exited" >&2; return 1; }
        sleep 0.1
    done
    echo "medmilter socket $MILTER_SOCKET did not appear" >&2
    return 1
}

milter_stop() {
    [ -n "${MILTER_PID:-}" ] || return 0
    kill -TERM "$MILTER_PID" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$MILTER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$MILTER_PID" 2>/dev/null || true
    wait "$MILTER_PID" 2>/dev/null || true
    MILTER_PID=
}

# send PORT FROM TO [swaks args...]: one SMTP transaction; output in WORK/swaks.out
send() {
    local port=$1 from=$2 to=$3; shift 3
    swaks --server "127.0.0.1:$port" --from "$from" --to "$to" "$@" >"$WORK/swaks.out" 2>&1
}

# mailbox_files USER: delivered messages of USER@example-hospital.org, oldest first
mailbox_files() {
    ls -1tr "$MAILDIR/$1/new/"* 2>/dev/null || true
}

check() { # check DESCRIPTION COMMAND...
    local what=$1; shift
    if "$@"; then
        echo "ok - $what"; E2E_PASSES=$((E2E_PASSES + 1))
    else
        echo "not ok - $what"; E2E_FAILS=$((E2E_FAILS + 1))
    fi
}

e2e_done() {
    echo "$E2E_PASSES passed, $E2E_FAILS failed"
    [ "$E2E_FAILS" -eq 0 ]
}

# daemon_setup POLICY [CONF LINES...]: keys, a config file and a running
# medmilter on the harness socket with POLICY. Sets KEYS, STORE, CONF.
daemon_setup() {
    local policy=$1; shift
    KEYS=$WORK/keys
    STORE=$WORK/store
    CONF=$WORK/medmilter.conf
    export MM_TEST_PASSPHRASE=e2e-test-passphrase
    if [ ! -f "$KEYS/host.key" ]; then
        MM_TEST_FAST_KDF=1 "$MEDMILTERCTL" keygen --dir "$KEYS" --passphrase-env MM_TEST_PASSPHRASE \
            >>"$WORK/milter.log" 2>&1
    fi
    {
        echo "Socket unix:$MILTER_SOCKET"
        echo "SocketMode 0666"
        echo "DataDir $STORE"
        echo "KeyFile $KEYS/host.key"
        echo "VaultPublicKey $KEYS/vault.pub"
        echo "Policy $policy"
        echo "Syslog no"
        echo "LogLevel debug"
        for line in "$@"; do echo "$line"; done
    } >"$CONF"
    milter_start -f -c "$CONF"
}

# header FILE NAME: the (unfolded) value of the first NAME header of FILE
header() {
    awk -v want="$(echo "$2" | tr 'A-Z' 'a-z')" '
        /^$/ { exit }
        /^[ \t]/ { if (on) { sub(/^[ \t]+/, " "); val = val $0 }; next }
        { if (on) { print val; on = 0; exit }
          n = index($0, ":"); name = tolower(substr($0, 1, n - 1))
          if (name == want) { on = 1; val = substr($0, n + 1); sub(/^[ \t]+/, "", val) } }
        END { if (on) print val }' "$1"
}

# header_count FILE NAME: how many NAME headers FILE has
header_count() {
    awk -v want="$(echo "$2" | tr 'A-Z' 'a-z')" '
        /^$/ { exit } /^[ \t]/ { next }
        { n = index($0, ":"); if (tolower(substr($0, 1, n - 1)) == want) c++ }
        END { print c + 0 }' "$1"
}

# send_file PORT FROM TO FILE: send an .eml file as the DATA
send_file() {
    local port=$1 from=$2 to=$3 file=$4
    swaks --server "127.0.0.1:$port" --from "$from" --to "$to" --data "@$file" \
        >"$WORK/swaks.out" 2>&1
}

# wait_mailbox USER N [SECS]: wait until USER has N delivered messages
wait_mailbox() {
    local user=$1 want=$2 secs=${3:-30}
    for _ in $(seq 1 $((secs * 10))); do
        [ "$(mailbox_files "$user" | wc -l)" -ge "$want" ] && return 0
        sleep 0.1
    done
    return 1
}

# normalise_delivered FILE: FILE on stdout with LF line ends, without the
# headers added at delivery (Received, Return-Path, X-Original-To,
# Delivered-To) and with X-MedMilter-Scan's audit=N; byte-exact otherwise
# (a missing final newline stays missing).
normalise_delivered() {
    perl -0777 -ne '
        s/\r\n/\n/g;
        my ($h, $b) = /\A(.*?\n)(\n.*)\z/s ? ($1, $2) : ($_, "");
        my @f = split /(?=^[^ \t])/m, $h;
        @f = grep { !/^(received|return-path|x-original-to|delivered-to):/i } @f;
        s/^(X-MedMilter-Scan:.*?audit=)[0-9]+/${1}N/im for @f;
        print join("", @f), $b;' "$1"
}

# send_copy FILE OUT: OUT is FILE without its last newline. swaks ends DATA
# with CRLF "." CRLF even when the data already ends with a newline (an
# extra empty line); sending OUT, Postfix and the milter receive FILE.
send_copy() {
    perl -0777 -pe 's/\r?\n\z//' "$1" >"$2"
}

# deliver_file PORT FILE FROM USER: send FILE to USER@example-hospital.org,
# wait for it in the Maildir; GOT is the new file (empty when none came).
deliver_file() {
    local port=$1 file=$2 from=$3 box=$4 before
    GOT=
    before=$(mailbox_files "$box" | wc -l)
    send_file "$port" "$from" "$box@example-hospital.org" "$file"
    check "$(basename "$file") accepted on port $port" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
    wait_mailbox "$box" $((before + 1)) || true
    if [ "$(mailbox_files "$box" | wc -l)" -gt "$before" ]; then GOT=$(mailbox_files "$box" | tail -1); fi
    check "$(basename "$file") delivered to $box" test -n "$GOT"
}

# medmilter_pids: medmilter processes started for this WORK (by -c/-p path)
medmilter_pids() {
    pgrep -f -- "^$MEDMILTER .*$WORK/" || true
}

# leftover_pids: processes of this test still alive: medmilter for WORK, the
# private Postfix (its processes carry MAIL_CONFIG=WORK/postfix) and the sink.
leftover_pids() {
    local p pid
    for p in /proc/[0-9]*; do
        pid=${p#/proc/}
        [ "$pid" = "$$" ] && continue
        if { tr "\0" "\n" <"$p/environ"; } 2>/dev/null | grep -qxF "MAIL_CONFIG=$WORK/postfix" ||
            { tr "\0" " " <"$p/cmdline"; } 2>/dev/null | grep -qE "^$MEDMILTER .*$WORK/|^smtp-sink .*:$SINK_PORT "; then
            echo "$pid"
        fi
    done | tr '\n' ' '
}

# e2e_stop_all: stop the daemon and the private Postfix now (the exit trap
# does it too), so that a test can then check that nothing is left.
e2e_stop_all() {
    milter_stop
    "$HARNESS" stop "$WORK"
}

# free_tcp_port [ADDR]: a TCP port free on ADDR (default 127.0.0.1; ::1 works)
free_tcp_port() {
    perl -MIO::Socket::IP -e '
        my $s = IO::Socket::IP->new(LocalHost => $ARGV[0], LocalPort => 0, Listen => 1,
                                    ReuseAddr => 1) or die "free_tcp_port: $@\n";
        print $s->sockport, "\n";' "${1:-127.0.0.1}"
}

# e2e_setup_milter SPEC: e2e_setup with Postfix's smtpd_milters = SPEC
# (inet:127.0.0.1:PORT, inet:[::1]:PORT, unix:PATH); reads WORK/env again.
e2e_setup_milter() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-e2e.XXXXXX")
    chmod 755 "$WORK"
    trap e2e_cleanup EXIT
    "$HARNESS" start "$WORK" "$1"
    # shellcheck disable=SC1091
    . "$WORK/env"
}

# milter_start_tcp ADDR PORT [ARGS...]: start the daemon (its configuration
# has Socket inet:/inet6:) and wait until ADDR:PORT accepts connections.
milter_start_tcp() {
    local addr=$1 port=$2; shift 2
    "$MEDMILTER" "$@" >>"$WORK/milter.log" 2>&1 &
    MILTER_PID=$!
    for _ in $(seq 1 100); do
        perl -MIO::Socket::IP -e 'IO::Socket::IP->new(PeerHost => $ARGV[0], PeerPort => $ARGV[1]) or exit 1' \
            "$addr" "$port" 2>/dev/null && return 0
        kill -0 "$MILTER_PID" 2>/dev/null || { echo "medmilter exited" >&2; return 1; }
        sleep 0.1
    done
    echo "medmilter did not listen on $addr port $port" >&2
    return 1
}
