#!/bin/bash
# test_harness_cycle.sh - the harness starts and stops cleanly twice in a row
# in the same work dir, leaving no process and no listener behind; a second
# start without stop is refused.
. "$(dirname "$0")/lib.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-cycle.XXXXXX")
chmod 755 "$WORK"
trap '"$HARNESS" stop "$WORK" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

listening() { # PORT: is something accepting on 127.0.0.1:PORT?
    perl -MIO::Socket::INET -e 'IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => $ARGV[0]) or exit 1' "$1" 2>/dev/null
}

for round in 1 2; do
    check "round $round: start" "$HARNESS" start "$WORK"
    . "$WORK/env"
    master=$(tr -d ' ' <"$WORK/queue/pid/master.pid")
    sink=$(cat "$WORK/smtp-sink.pid")
    check "round $round: Postfix master running" kill -0 "$master"
    check "round $round: smtp-sink running" kill -0 "$sink"
    check "round $round: milter listener answers" listening "$SMTP_PORT"
    check "round $round: plain listener answers" listening "$PLAIN_PORT"
    if [ "$round" = 1 ]; then
        check "second start without stop is refused" bash -c "! '$HARNESS' start '$WORK' 2>/dev/null"
    fi
    check "round $round: stop" "$HARNESS" stop "$WORK"
    for _ in $(seq 1 50); do kill -0 "$sink" 2>/dev/null || break; sleep 0.1; done
    check "round $round: master gone" bash -c "! kill -0 $master 2>/dev/null"
    check "round $round: smtp-sink gone" bash -c "! kill -0 $sink 2>/dev/null"
    # Postfix daemons run in their queue directory: none may be left there.
    left=$(for p in /proc/[0-9]*; do readlink "$p/cwd" 2>/dev/null; done | grep -c "^$WORK" || true)
    check "round $round: no process left in the work dir ($left)" test "$left" -eq 0
    closed() { ! listening "$SMTP_PORT" && ! listening "$PLAIN_PORT" && ! listening "$SINK_PORT"; }
    check "round $round: ports closed" closed
    check "round $round: env removed" test ! -f "$WORK/env"
done
e2e_done
