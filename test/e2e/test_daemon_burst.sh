#!/bin/bash
# test_daemon_burst.sh - 500 messages over 10 parallel SMTP sessions: all
# delivered, all audited (one record each, chain verifies).
. "$(dirname "$0")/lib.sh"
e2e_setup
daemon_setup "$SRC_DIR/policies/strict.json"

smtp-source -s 10 -m 500 -c -f burst@patients.example.net -t contact@example-hospital.org \
    -S "appointment request" -l 2000 "127.0.0.1:$SMTP_PORT" >"$WORK/smtp-source.out" 2>&1
check "smtp-source finished" test $? -eq 0
check "500 messages delivered" "$HARNESS" wait-delivered "$WORK" 500 120
check "exactly 500 delivered" test "$(mailbox_files contact | wc -l)" -eq 500
check "every delivered message carries X-MedMilter-Scan" \
    test "$(grep -l '^X-MedMilter-Scan: ok' $(mailbox_files contact) | wc -l)" -eq 500
out=$("$MEDMILTERCTL" audit verify --data-dir "$STORE" 2>&1) || true
echo "$out"
check "audit chain verifies" "$MEDMILTERCTL" audit verify --data-dir "$STORE"
check "one audit record per message (500)" grep -qE "(^| )500 records?" <<<"$out"
e2e_done
