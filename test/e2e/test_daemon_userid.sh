#!/bin/bash
# test_daemon_userid.sh - started as root with `UserID nobody:nogroup` (keys
# and data dir owned by nobody): the daemon runs as nobody (real, effective,
# saved and filesystem uid and gid, no supplementary groups of root), every
# store file it writes is owned by nobody, and mail flows (PHI tokenized,
# audit chain intact). An unknown user refuses to start with a clear message.
. "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || { echo "not ok - must run as root to test UserID"; exit 1; }
e2e_setup
uid=$(id -u nobody)
gid=$(getent group nogroup | cut -d: -f3)

# Keys, store and the socket's directory belong to nobody (created before
# daemon_setup, which then reuses the keys).
KEYS=$WORK/keys
export MM_TEST_PASSPHRASE=e2e-test-passphrase
MM_TEST_FAST_KDF=1 "$MEDMILTERCTL" keygen --dir "$KEYS" --passphrase-env MM_TEST_PASSPHRASE \
    >>"$WORK/milter.log" 2>&1
rm -f "$KEYS/vault.sec" # the security team's key never sits on the mail host
chown -R nobody:nogroup "$KEYS"
mkdir -p "$WORK/store"
chown nobody:nogroup "$WORK/store"
chmod 700 "$WORK/store"
chown nobody:nogroup "$WORK" # the milter (as nobody) creates its socket here
daemon_setup "$SRC_DIR/policies/strict.json" "UserID nobody:nogroup"

status=/proc/$MILTER_PID/status
check "Uid line: all four are nobody ($(grep '^Uid:' "$status" | tr -s '\t ' ' '))" \
    awk -v u="$uid" '/^Uid:/ { exit !($2 == u && $3 == u && $4 == u && $5 == u) }' "$status"
check "Gid line: all four are nogroup ($(grep '^Gid:' "$status" | tr -s '\t ' ' '))" \
    awk -v g="$gid" '/^Gid:/ { exit !($2 == g && $3 == g && $4 == g && $5 == g) }' "$status"
check "supplementary groups: only nogroup ($(grep '^Groups:' "$status" | tr -s '\t ' ' '))" \
    awk -v g="$gid" '/^Groups:/ { exit !(NF == 1 || (NF == 2 && $2 == g)) }' "$status"
check "every thread runs as nobody" bash -c "
    for t in /proc/$MILTER_PID/task/*/status; do
        awk -v u=$uid '/^Uid:/ { exit !(\$2 == u && \$3 == u) }' \"\$t\" || exit 1
    done"
check "socket created by nobody" test "$(stat -c %u "$MILTER_SOCKET")" = "$uid"

deliver_file "$SMTP_PORT" "$E2E_DIR/msgs/phi.eml" nancy@patients.example.net contact
if [ -n "$GOT" ]; then
    check "mail flows: scanned by the milter" grep -q '^X-MedMilter-Scan: ok' "$GOT"
    check "mail flows: SSN tokenized" bash -c "! grep -qF 716-32-1342 '$GOT'"
fi
deliver_file "$SMTP_PORT" "$E2E_DIR/msgs/urgent.eml" michael@patients.example.net contact
wait_mailbox oncall 1 || true
check "escalation works as nobody" test "$(mailbox_files oncall | wc -l)" -eq 1

check "store holds files" test -n "$(find "$WORK/store" -type f)"
check "every store file owned by nobody: $(find "$WORK/store" ! -user nobody | tr '\n' ' ')" \
    test -z "$(find "$WORK/store" ! -user nobody)"
check "audit chain verifies (2 records)" bash -c \
    "'$MEDMILTERCTL' audit verify --data-dir '$WORK/store' --key-dir '$KEYS' | grep -q ': 2 records, chain intact'"
milter_stop

# A user that does not exist: refuses to start, says why.
sed 's/^UserID .*/UserID no-such-user-e2e/' "$CONF" >"$WORK/baduser.conf"
rc=0; timeout 20 "$MEDMILTER" -f -c "$WORK/baduser.conf" >"$WORK/baduser.out" 2>&1 || rc=$?
check "unknown UserID: refuses to start (exit $rc)" bash -c "[ $rc -ne 0 ] && [ $rc -ne 124 ]"
check "unknown UserID: message names it" grep -q "no-such-user-e2e" "$WORK/baduser.out"
e2e_stop_all
check "no process left behind: $(leftover_pids)" test -z "$(leftover_pids)"
e2e_done
