#!/bin/bash
# test_daemon_size.sh - an 8 MB message is scanned and delivered intact; a
# message over MaxScanSize is delivered unchanged and marked partial
# (OnOversize accept), and with OnOversize tempfail it is refused with 4xx.
. "$(dirname "$0")/lib.sh"
e2e_setup
daemon_setup "$SRC_DIR/policies/strict.json" "MaxScanSize 10M"

big() { # FILE BYTES: a plain-text message of about BYTES bytes
    {
        printf 'From: big@patients.example.net\nTo: records@example-hospital.org\nSubject: large report\n'
        printf 'Date: Sun, 29 Nov 2026 09:00:00 +0000\nMessage-ID: <big-%s@patients.example.net>\n\n' "$2"
        perl -e 'my $n = shift; my $l = ("lorem ipsum dolor sit amet " x 3) . "\n";
                 print $l x int($n / length $l);' "$2"
    } >"$1"
}

big "$WORK/8m.eml" $((8 * 1024 * 1024))
send_file "$SMTP_PORT" big@patients.example.net records@example-hospital.org "$WORK/8m.eml"
check "8 MB message accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
wait_mailbox records 1 60 || true
f=$(mailbox_files records | tail -1)
check "8 MB message delivered" test -n "$f"
check "8 MB message scanned: ok" grep -qE "^X-MedMilter-Scan: ok;" "$f"
# Reference: the same file through the listener without milter.
send_file "$PLAIN_PORT" big@patients.example.net radiology@example-hospital.org "$WORK/8m.eml"
wait_mailbox radiology 1 60 || true
ref=$(mailbox_files radiology | tail -1)
body_sum() { sed '1,/^$/d' "$1" | md5sum; }
check "8 MB body delivered byte for byte (as without milter)" test "$(body_sum "$f")" = "$(body_sum "$ref")"

big "$WORK/12m.eml" $((12 * 1024 * 1024))
send_file "$SMTP_PORT" big@patients.example.net records@example-hospital.org "$WORK/12m.eml"
check "12 MB message (over MaxScanSize) accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
wait_mailbox records 2 60 || true
g=$(mailbox_files records | tail -1)
check "oversize message delivered" test "$(mailbox_files records | wc -l)" -eq 2
scan=$(header "$g" X-MedMilter-Scan)
check "oversize marked partial with the reason (got '$scan')" grep -q "^partial; size>MaxScanSize;" <<<"$scan"
send_file "$PLAIN_PORT" big@patients.example.net radiology@example-hospital.org "$WORK/12m.eml"
wait_mailbox radiology 2 60 || true
ref=$(mailbox_files radiology | tail -1)
check "oversize body delivered unchanged (as without milter)" test "$(body_sum "$g")" = "$(body_sum "$ref")"

milter_stop
sed -i 's/^OnOversize.*//' "$CONF"; echo "OnOversize tempfail" >>"$CONF"
milter_start -f -c "$CONF"
set +e; send_file "$SMTP_PORT" big@patients.example.net records@example-hospital.org "$WORK/12m.eml"; set -e
check "OnOversize tempfail: 4xx" grep -qE "^<\*\* +4[0-9][0-9]" "$WORK/swaks.out"
e2e_done
