#!/bin/bash
# test_daemon_inet.sh - the daemon on TCP: `Socket inet:PORT@127.0.0.1` with
# Postfix's smtpd_milters = inet:127.0.0.1:PORT, then (when the loopback has
# ::1) `Socket inet6:PORT@[::1]` with smtpd_milters = inet:[::1]:PORT. Each
# time: it listens on that address only, mail flows through it (PHI
# tokenized) and Postfix logs no milter error.
. "$(dirname "$0")/lib.sh"
P4=$(free_tcp_port 127.0.0.1)
e2e_setup_milter "inet:127.0.0.1:$P4"
check "harness: Postfix uses the inet milter" grep -qx "smtpd_milters = inet:127.0.0.1:$P4" "$POSTFIX_CONFIG/main.cf"
check "harness: no unix socket expected" test -z "$MILTER_SOCKET"

# daemon_setup writes keys and a configuration with a unix Socket (which
# Postfix does not use here); the TCP runs use copies with Socket replaced.
MILTER_SOCKET=$WORK/unused.sock
daemon_setup "$SRC_DIR/policies/strict.json"
milter_stop

# through SPEC ADDR PORT LISTEN: run the daemon on SPEC, send, check.
through() {
    local spec=$1 addr=$2 port=$3 listen=$4 conf=$WORK/medmilter-${1%%:*}.conf
    sed "s|^Socket .*|Socket $spec|" "$CONF" >"$conf"
    milter_start_tcp "$addr" "$port" -f -c "$conf"
    check "$spec: daemon listening (logged)" grep -qF "listening on $spec" "$WORK/milter.log"
    check "$spec: bound to $listen only" bash -c "
        ss -Hltn 'sport = :$port' | awk '{ print \$4 }' | sort -u | grep -qxF '$listen' &&
        [ \$(ss -Hltn 'sport = :$port' | wc -l) -eq 1 ]"
    local l0; l0=$(wc -l <"$POSTFIX_LOG")
    deliver_file "$SMTP_PORT" "$E2E_DIR/msgs/phi.eml" nancy@patients.example.net contact
    if [ -n "$GOT" ]; then
        check "$spec: message scanned" grep -q '^X-MedMilter-Scan: ok; policy=strict@' "$GOT"
        check "$spec: SSN tokenized" grep -qE '\[\[SSN:[0-9A-Z]{12}\]\]' "$GOT"
    fi
    check "$spec: Postfix logged no milter warning for the message" \
        bash -c "! tail -n +$((l0 + 1)) '$POSTFIX_LOG' | grep -qi 'warning: .*milter'"
    milter_stop
}

through "inet:$P4@127.0.0.1" 127.0.0.1 "$P4" "127.0.0.1:$P4"

if ip -6 addr show dev lo 2>/dev/null | grep -q 'inet6 ::1/128'; then
    e2e_stop_all
    P6=$(free_tcp_port ::1)
    "$HARNESS" start "$WORK" "inet:[::1]:$P6"
    # shellcheck disable=SC1091
    . "$WORK/env"
    check "harness: Postfix uses the inet6 milter, inet_protocols all" bash -c "
        grep -qxF 'smtpd_milters = inet:[::1]:$P6' '$POSTFIX_CONFIG/main.cf' &&
        grep -qx 'inet_protocols = all' '$POSTFIX_CONFIG/main.cf'"
    through "inet6:$P6@[::1]" ::1 "$P6" "[::1]:$P6"
else
    echo "# SKIP inet6: the loopback has no ::1 ($(ip -6 addr show dev lo 2>&1 | head -1))"
fi
e2e_stop_all
check "no process left behind: $(leftover_pids)" test -z "$(leftover_pids)"
e2e_done
