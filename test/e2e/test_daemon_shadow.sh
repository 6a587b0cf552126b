#!/bin/bash
# test_daemon_shadow.sh - a policy in "mode": "shadow" (strict.json with the
# mode changed) decides and audits but changes nothing: each message is
# delivered exactly as through the listener without milter (no X-MedMilter
# headers added or removed, no body change, no escalation recipient), while
# the audit trail has one record per message and the log line says
# mode=shadow.
. "$(dirname "$0")/lib.sh"
e2e_setup
M=$E2E_DIR/msgs
C=$SRC_DIR/test/corpus/mime/sample

mkdir -p "$WORK/policy" "$WORK/sent" "$WORK/norm"
ln -s "$SRC_DIR/policies/lexicons" "$WORK/policy/lexicons"
sed 's/"mode": *"enforce"/"mode": "shadow"/' "$SRC_DIR/policies/strict.json" >"$WORK/policy/shadow.json"
check "shadow policy written" grep -q '"mode": "shadow"' "$WORK/policy/shadow.json"
check "shadow policy valid" "$MEDMILTERCTL" policy check "$WORK/policy/shadow.json" >/dev/null
daemon_setup "$WORK/policy/shadow.json"

# FILE FROM USER: through the milter and through PLAIN_PORT, then compare.
n=0
same_as_plain() {
    local name file milter plain
    name=$(basename "$1"); file=$WORK/sent/$name
    send_copy "$1" "$file"
    deliver_file "$SMTP_PORT" "$file" "$2" "$3"; milter=$GOT
    deliver_file "$PLAIN_PORT" "$file" "$2" "$3"; plain=$GOT
    [ -n "$milter" ] && [ -n "$plain" ] || return 0
    n=$((n + 1))
    normalise_delivered "$milter" >"$WORK/norm/$name.milter"
    normalise_delivered "$plain" >"$WORK/norm/$name.plain"
    check "$name: shadow delivery byte-identical to the no-milter delivery" \
        cmp "$WORK/norm/$name.milter" "$WORK/norm/$name.plain"
    check "$name: ... and to the file" cmp "$WORK/norm/$name.milter" "$1"
}

same_as_plain "$M/phi.eml" nancy@patients.example.net contact
same_as_plain "$M/urgent.eml" michael@patients.example.net contact
same_as_plain "$M/forged.eml" paul@patients.example.net staff
same_as_plain "$C/msg0003.eml" michael318@patients.example.net contact   # base64, urgent
same_as_plain "$C/msg0013.eml" mary240@patients.example.net billing      # alternative + HTML, card numbers

f=$(mailbox_files contact | head -1)
check "no X-MedMilter header added (PHI message)" test "$(grep -c '^X-MedMilter-' "$f")" -eq 0
check "PHI value still there in shadow mode" grep -qF 716-32-1342 "$f"
sleep 1
check "no escalation recipient: on-call Maildir empty" test "$(mailbox_files oncall | wc -l)" -eq 0
check "forged X-MedMilter headers left as they came" \
    test "$(header "$(mailbox_files staff | head -1)" X-MedMilter-Priority)" = "$(header "$M/forged.eml" X-MedMilter-Priority)"

# The decisions were made and audited.
check "one log line per message, each mode=shadow" \
    test "$(grep -c 'mode=shadow' "$WORK/milter.log")" -eq "$n"
check "no log line says mode=enforce" bash -c "! grep -q 'mode=enforce' '$WORK/milter.log'"
check "urgent decision logged (would escalate)" \
    grep -qE "category=clinical_urgent .*mode=shadow" "$WORK/milter.log"
check "PHI decisions logged (tokenize counted)" grep -qE "phi=ssn:[0-9].*mode=shadow" "$WORK/milter.log"
"$MEDMILTERCTL" audit verify --data-dir "$STORE" >"$WORK/audit.out" 2>&1 || true
check "audit chain verifies with one record per message ($n): $(cat "$WORK/audit.out")" \
    grep -qE ": $n records, chain intact" "$WORK/audit.out"
check "no PHI value in the store" bash -c "! grep -rqaF 716-32-1342 '$STORE'"
e2e_done
