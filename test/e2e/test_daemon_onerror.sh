#!/bin/bash
# test_daemon_onerror.sh - a real fault: the store's file system fills up
# (a small tmpfs), so the audit commit fails. OnError tempfail: Postfix
# answers 4xx and keeps nothing; after SIGHUP with OnError accept the
# message is delivered unchanged; with space back, mail flows again.
. "$(dirname "$0")/lib.sh"
e2e_setup
mkdir -p "$WORK/store"
mount -t tmpfs -o size=2m medmilter-e2e "$WORK/store"
onerror_cleanup() {
    local rc=$?
    milter_stop || true # it holds the store open
    umount "$WORK/store" 2>/dev/null || true
    (exit "$rc")
    e2e_cleanup
}
trap onerror_cleanup EXIT
daemon_setup "$SRC_DIR/policies/strict.json" "MapSize 1M"
M=$E2E_DIR/msgs

send_file "$SMTP_PORT" nancy@patients.example.net contact@example-hospital.org "$M/phi.eml"
check "store with room: accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"

# Fill the file system: LMDB can no longer write its pages.
dd if=/dev/zero of="$WORK/store/filler" bs=4k 2>/dev/null || true
set +e
send_file "$SMTP_PORT" nancy@patients.example.net records@example-hospital.org "$M/phi2.eml"
set -e
check "store full, OnError tempfail: 4xx" grep -qE "^<\*\* +4[0-9][0-9]" "$WORK/swaks.out"
check "the failure is logged without PHI" bash -c "grep -q 'pipeline failed' '$WORK/milter.log' &&
    ! grep -qE '716[- ]32[- ]1342' '$WORK/milter.log'"
sleep 1
check "nothing delivered for the refused message" test "$(mailbox_files records | wc -l)" -eq 0

sed -i 's/^OnError.*//' "$CONF"; echo "OnError accept" >>"$CONF"
kill -HUP "$MILTER_PID"
for _ in $(seq 1 50); do grep -q "configuration reloaded" "$WORK/milter.log" && break; sleep 0.1; done
send_file "$SMTP_PORT" nancy@patients.example.net records@example-hospital.org "$M/phi2.eml"
check "store full, OnError accept: accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
wait_mailbox records 1 || true
f=$(mailbox_files records | tail -1)
check "delivered unchanged (no X-MedMilter headers: nothing was decided)" \
    bash -c "[ -n '$f' ] && ! grep -q '^X-MedMilter-' '$f'"

rm -f "$WORK/store/filler"
send_file "$SMTP_PORT" nancy@patients.example.net records@example-hospital.org "$M/phi2.eml"
check "space back: processed again" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
wait_mailbox records 2 || true
g=$(mailbox_files records | tail -1)
check "tokenized again after recovery" grep -qE '\[\[SSN:[0-9A-Z]{12}\]\]' "$g"
check "audit chain still verifies" "$MEDMILTERCTL" audit verify --data-dir "$WORK/store"
e2e_done
