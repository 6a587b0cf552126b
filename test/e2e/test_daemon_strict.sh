#!/bin/bash
# test_daemon_strict.sh - under policies/strict.json: US and French
# identifiers in body and Subject are delivered as tokens (the same token for
# the same value in a second message), look-alikes stay, urgent mail is also
# delivered to the on-call Maildir once per thread, and nothing sensitive
# reaches the logs or the store.
. "$(dirname "$0")/lib.sh"
e2e_setup
daemon_setup "$SRC_DIR/policies/strict.json"
M=$E2E_DIR/msgs
TOKEN_RE='\[\[[A-Z]+:[0-9A-Z]{12}\]\]'

send_file "$SMTP_PORT" nancy@patients.example.net contact@example-hospital.org "$M/phi.eml"
check "PHI message accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
wait_mailbox contact 1 || true
f=$(mailbox_files contact | tail -1)
check "PHI message delivered" test -n "$f"
for v in 716-32-1342 "(914) 880-1064" "2 67 09 44 138 734 11" "FR18 3587 3557 0636 0607 1043 195"; do
    check "value '$v' no longer in the delivered message" bash -c "! grep -qF -- '$v' '$f'"
done
subj=$(header "$f" Subject)
check "Subject token (got '$subj')" grep -qE "$TOKEN_RE" <<<"$subj"
check "body carries SSN, PHONE, NIR and IBAN tokens" bash -c "
    grep -qE '\[\[SSN:[0-9A-Z]{12}\]\]' '$f' && grep -qE '\[\[PHONE:[0-9A-Z]{12}\]\]' '$f' &&
    grep -qE '\[\[NIR:[0-9A-Z]{12}\]\]' '$f' && grep -qE '\[\[IBAN:[0-9A-Z]{12}\]\]' '$f'"
check "look-alike order number untouched" grep -q "ORD-524480" "$f"
check "X-MedMilter-PHI counts types" grep -qE "^X-MedMilter-PHI: .*ssn=2" "$f"
check "X-MedMilter-Patient is a token" grep -qE "^X-MedMilter-Patient: $TOKEN_RE" "$f"
ssn_tok=$(grep -oE '\[\[SSN:[0-9A-Z]{12}\]\]' "$f" | head -1)

send_file "$SMTP_PORT" nancy@patients.example.net records@example-hospital.org "$M/phi2.eml"
wait_mailbox records 1 || true
g=$(mailbox_files records | tail -1)
check "second message: same SSN (other spelling) gives the same token" grep -qF "$ssn_tok" "$g"

# Escalation: urgent mail reaches on-call once per thread.
send_file "$SMTP_PORT" michael@patients.example.net contact@example-hospital.org "$M/urgent.eml"
wait_mailbox oncall 1 || true
check "urgent message also delivered to the on-call Maildir" test "$(mailbox_files oncall | wc -l)" -eq 1
u=$(mailbox_files oncall | tail -1)
check "X-MedMilter-Escalated names on-call and the rule" \
    grep -qE "^X-MedMilter-Escalated: to=<oncall@example-hospital.org>; rule=" "$u"
send_file "$SMTP_PORT" michael@patients.example.net contact@example-hospital.org "$M/urgent-reply.eml"
wait_mailbox contact 3 || true
sleep 1
check "follow-up in the same thread delivered to contact" test "$(mailbox_files contact | wc -l)" -eq 3
r=$(mailbox_files contact | tail -1)
check "follow-up still urgent" test "$(header "$r" X-MedMilter-Priority)" = urgent
check "follow-up not escalated again" test "$(mailbox_files oncall | wc -l)" -eq 1
check "follow-up has no X-MedMilter-Escalated" test "$(header_count "$r" X-MedMilter-Escalated)" -eq 0

# Nothing sensitive at rest or in logs.
for v in 716-32-1342 716321342 9148801064 "2 67 09 44 138 734 11" 267094413873411 FR1835873557063606071043195; do
    check "'$v' not in the milter log" bash -c "! grep -qF -- '$v' '$WORK/milter.log'"
    check "'$v' not in the store" bash -c "! grep -rqaF -- '$v' '$STORE'"
done
check "audit chain verifies" "$MEDMILTERCTL" audit verify --data-dir "$STORE"
check "chain head logged as an external anchor" grep -qE "audit anchor: seq=[0-9]+ hash=[0-9a-f]{64}" "$WORK/milter.log"
anchor=$(grep -oE "audit anchor: seq=[0-9]+ hash=[0-9a-f]{64}" "$WORK/milter.log" | tail -1 |
         sed -E 's/audit anchor: seq=([0-9]+) hash=/\1:/')
check "audit verify against the logged anchor ($anchor)" \
    "$MEDMILTERCTL" audit verify --data-dir "$STORE" --anchor "$anchor"
forged=${anchor%%:*}:$(printf '%064d' 0)
check "an anchor the store no longer matches is reported" \
    bash -c "'$MEDMILTERCTL' audit verify --data-dir '$STORE' --anchor '$forged' |
             grep -q 'BROKEN at record ${anchor%%:*}: does not match the external anchor'"
check "... with a non-zero exit" bash -c "! '$MEDMILTERCTL' audit verify --data-dir '$STORE' --anchor '$forged' >/dev/null"
e2e_done
