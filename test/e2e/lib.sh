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
