#!/bin/bash
# test_daemon_hotreload.sh - while the daemon runs, `medmilterctl policy
# load` of a modified policy (routes renamed) into its store takes effect at
# the next message without restart or signal; `policy rollback 1` brings the
# old routes back; an invalid policy is refused with a clear message and
# changes nothing (stored versions, routes in use).
. "$(dirname "$0")/lib.sh"
e2e_setup
M=$E2E_DIR/msgs
daemon_setup "$SRC_DIR/policies/strict.json"
pid=$MILTER_PID

mkdir -p "$WORK/policy"
ln -s "$SRC_DIR/policies/lexicons" "$WORK/policy/lexicons"
sed -e 's/"appointment": "appointments"/"appointment": "rdv-desk"/' \
    -e 's/"prescription": "pharmacy"/"prescription": "pharmacy-renewals"/' \
    -e 's/"name": "strict"/"name": "strict-renamed"/' \
    "$SRC_DIR/policies/strict.json" >"$WORK/policy/renamed.json"
check "modified policy differs in its routes" grep -q '"rdv-desk"' "$WORK/policy/renamed.json"

route_of_next() { # FILE USER: deliver FILE; ROUTE is its X-MedMilter-Route
    ROUTE=
    deliver_file "$SMTP_PORT" "$1" patient@patients.example.net "$2"
    [ -z "$GOT" ] || ROUTE=$(header "$GOT" X-MedMilter-Route)
}
# versions: VERSIONS "count:current" of the policy versions in the store
versions() {
    "$MEDMILTERCTL" policy history --config "$CONF" >"$WORK/history.out" 2>&1 || true
    VERSIONS=$(awk '/^[* ] +[0-9]+ / { n++ } $1 == "*" { cur = $2 } END { print n + 0 ":" cur }' \
        "$WORK/history.out")
}
ctl() { # OUT ARGS...: run medmilterctl, output to OUT; RC is its exit status
    local out=$1; shift
    RC=0
    "$MEDMILTERCTL" "$@" >"$out" 2>&1 || RC=$?
}

send_copy "$M/appointment.eml" "$WORK/appointment.eml"
send_copy "$M/prescription.eml" "$WORK/prescription.eml"
route_of_next "$WORK/appointment.eml" appointments
check "before: appointment route is appointments (got '$ROUTE')" test "$ROUTE" = appointments
versions
check "one stored version at start, current" test "$VERSIONS" = 1:1

ctl "$WORK/load.out" policy load "$WORK/policy/renamed.json" --config "$CONF"
check "policy load of the modified policy succeeds" test "$RC" -eq 0
versions
check "two stored versions, the new one current ($VERSIONS)" test "$VERSIONS" = 2:2
route_of_next "$WORK/appointment.eml" appointments
check "next message: appointment route renamed to rdv-desk (got '$ROUTE')" test "$ROUTE" = rdv-desk
check "next message: X-MedMilter-Scan names the new policy" \
    grep -qE "^X-MedMilter-Scan: ok; policy=strict-renamed@" "$GOT"
route_of_next "$WORK/prescription.eml" pharmacy
check "next message: prescription route renamed (got '$ROUTE')" test "$ROUTE" = pharmacy-renewals

ctl "$WORK/rollback.out" policy rollback 1 --config "$CONF"
check "policy rollback 1 succeeds" test "$RC" -eq 0
versions
check "rollback stored as a third version, current ($VERSIONS)" test "$VERSIONS" = 3:3
route_of_next "$WORK/appointment.eml" appointments
check "after rollback: appointment route is appointments again (got '$ROUTE')" test "$ROUTE" = appointments
check "after rollback: X-MedMilter-Scan names strict again" \
    grep -qE "^X-MedMilter-Scan: ok; policy=strict@" "$GOT"

# Invalid policies: refused, nothing stored, routes unchanged.
printf '{ "name": "broken", "mode": "enforce", ' >"$WORK/policy/syntax.json"
sed 's/"mode": "enforce"/"mode": "sometimes"/' "$SRC_DIR/policies/strict.json" >"$WORK/policy/mode.json"
sed 's/"appointment": "appointments"/"appointmnet": "appointments"/' \
    "$SRC_DIR/policies/strict.json" >"$WORK/policy/category.json"
for bad in syntax mode category; do
    ctl "$WORK/bad-$bad.out" policy load "$WORK/policy/$bad.json" --config "$CONF"
    check "invalid policy ($bad) refused (exit $RC)" test "$RC" -ne 0
    check "invalid policy ($bad): message names file:line: $(head -c 200 "$WORK/bad-$bad.out" | tr "\n" " ")" \
        grep -qE "$bad\.json:[0-9]+:[0-9]+: " "$WORK/bad-$bad.out"
done
check "invalid mode: message names the field" grep -qi "mode" "$WORK/bad-mode.out"
check "invalid category: message names it" grep -q "appointmnet" "$WORK/bad-category.out"
versions
check "no version stored by the failed loads ($VERSIONS)" test "$VERSIONS" = 3:3
route_of_next "$WORK/appointment.eml" appointments
check "after the failed loads: route still appointments (got '$ROUTE')" test "$ROUTE" = appointments

check "same daemon process throughout (no restart)" test "$MILTER_PID" = "$pid"
check "daemon still running" kill -0 "$pid"
check "started once" test "$(grep -c 'listening on' "$WORK/milter.log")" -eq 1
check "no signal reload happened" bash -c "! grep -q 'configuration reloaded' '$WORK/milter.log'"
e2e_done
