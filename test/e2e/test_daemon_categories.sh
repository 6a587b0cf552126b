#!/bin/bash
# test_daemon_categories.sh - under the shipped default policy, one message
# per category goes through a real Postfix and medmilter and is delivered
# with the routing headers of its category; a forged X-MedMilter header is
# removed.
. "$(dirname "$0")/lib.sh"
e2e_setup
daemon_setup "$SRC_DIR/policies/default.json" "LogFormat json"
M=$E2E_DIR/msgs

expect_category() { # FILE MAILBOX CATEGORY PRIORITY
    local file=$1 box=$2 cat=$3 prio=$4
    send_file "$SMTP_PORT" sender@patients.example.net "$box@example-hospital.org" "$M/$file"
    check "$file accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
    wait_mailbox "$box" 1 || true
    local got
    got=$(mailbox_files "$box" | tail -1)
    check "$file delivered to $box" test -n "$got"
    [ -n "$got" ] || return 0
    check "$file: X-MedMilter-Category is $cat (got '$(header "$got" X-MedMilter-Category)')" \
        test "$(header "$got" X-MedMilter-Category)" = "$cat"
    check "$file: X-MedMilter-Priority is $prio" test "$(header "$got" X-MedMilter-Priority)" = "$prio"
    check "$file: X-MedMilter-Route present" test -n "$(header "$got" X-MedMilter-Route)"
    check "$file: X-MedMilter-Scan says ok with policy and audit seq" \
        grep -qE "^X-MedMilter-Scan: ok; policy=[^;]+; audit=[0-9]+" "$got"
}

expect_category appointment.eml appointments appointment normal
expect_category prescription.eml pharmacy prescription normal
expect_category billing.eml billing billing normal
expect_category urgent.eml contact clinical_urgent urgent
expect_category followup.eml care-team followup normal
expect_category other.eml info other normal

# Forgery: the sender's own X-MedMilter-* headers are removed.
send_file "$SMTP_PORT" paul@patients.example.net staff@example-hospital.org "$M/forged.eml"
wait_mailbox staff 1 || true
f=$(mailbox_files staff | tail -1)
check "forged message delivered" test -n "$f"
check "forged X-MedMilter-Priority replaced: one header, normal" \
    test "$(header_count "$f" X-MedMilter-Priority):$(header "$f" X-MedMilter-Priority)" = "1:normal"
check "forged X-MedMilter-Category replaced" \
    test "$(header_count "$f" X-MedMilter-Category):$(header "$f" X-MedMilter-Category)" = "1:other"

# One JSON log line per message (LogFormat json), parseable, counts only.
check "one JSON log line per message" test "$(grep -c '{"event":"message"' "$WORK/milter.log")" -eq 7
check "JSON log lines parse and carry category and audit_seq" bash -c "
    grep -o '{\"event\":\"message\".*' '$WORK/milter.log' |
    perl -MJSON::PP -ne 'my \$o = decode_json(\$_); exit 1 unless \$o->{category} && \$o->{audit_seq} > 0'"
e2e_done
