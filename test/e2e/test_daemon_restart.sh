#!/bin/bash
# test_daemon_restart.sh - milter down: Postfix answers 4xx and keeps
# nothing half-done; milter back: the client's retry is delivered. Mail
# queued by sendmail(1) while the milter is down waits in the queue.
. "$(dirname "$0")/lib.sh"
e2e_setup
daemon_setup "$SRC_DIR/policies/default.json"
M=$E2E_DIR/msgs

milter_stop
set +e; send_file "$SMTP_PORT" robert@patients.example.net pharmacy@example-hospital.org "$M/prescription.eml"; set -e
check "milter stopped: Postfix answers 4xx" grep -qE "^<\*\* +4[0-9][0-9]" "$WORK/swaks.out"
check "nothing delivered while down" test "$(mailbox_files pharmacy | wc -l)" -eq 0

milter_start -f -c "$CONF"
send_file "$SMTP_PORT" robert@patients.example.net pharmacy@example-hospital.org "$M/prescription.eml"
check "retry accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
wait_mailbox pharmacy 1 || true
f=$(mailbox_files pharmacy | tail -1)
check "retried message delivered with headers" test "$(header "$f" X-MedMilter-Category)" = prescription

# SIGHUP reloads without dropping the socket.
kill -HUP "$MILTER_PID"; sleep 1
check "still running after SIGHUP" kill -0 "$MILTER_PID"
check "reload logged" grep -q "configuration reloaded" "$WORK/milter.log"
send_file "$SMTP_PORT" robert@patients.example.net pharmacy@example-hospital.org "$M/prescription.eml"
check "accepted after reload" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
e2e_done
