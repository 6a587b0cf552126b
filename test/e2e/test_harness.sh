#!/bin/bash
# test_harness.sh - the real-Postfix harness works: mail through the milter
# listener is delivered to its Maildir with the milter's header, mail on the
# plain listener bypasses the milter, other domains go to the sink, and a
# stopped milter makes Postfix answer 4xx (milter_default_action=tempfail).
. "$(dirname "$0")/lib.sh"
e2e_setup

milter_start -f -p "unix:$MILTER_SOCKET"

send "$SMTP_PORT" patient@patients.test pharmacy@example-hospital.org --header "Subject: harness check"
check "swaks through the milter listener succeeds" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
send "$PLAIN_PORT" patient@patients.test contact@example-hospital.org --header "Subject: plain"
check "swaks through the plain listener succeeds" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
send "$SMTP_PORT" staff@example-hospital.org someone@elsewhere.test
check "relay to another domain accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
"$HARNESS" wait-delivered "$WORK" 2 30
check "milter-listener message delivered to pharmacy Maildir" test -n "$(mailbox_files pharmacy)"
check "it carries the milter's X-MedMilter-Scan header" grep -q "^X-MedMilter-Scan:" $(mailbox_files pharmacy)
check "plain-listener message has no milter header" bash -c "! grep -q '^X-MedMilter' $(mailbox_files contact)"
for _ in $(seq 1 50); do grep -q "relay=127.0.0.1\[127.0.0.1\]:$SINK_PORT.*status=sent" "$POSTFIX_LOG" && break; sleep 0.1; done
check "other domain relayed to smtp-sink" grep -q "relay=127.0.0.1\[127.0.0.1\]:$SINK_PORT.*status=sent" "$POSTFIX_LOG"

milter_stop
set +e
send "$SMTP_PORT" patient@patients.test pharmacy@example-hospital.org
set -e
check "milter down: Postfix answers 4xx" grep -qE "^<\*\* +4[0-9][0-9]" "$WORK/swaks.out"

e2e_done
