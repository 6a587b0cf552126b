#!/bin/bash
# test_scan_rewrite.sh - `medmilterctl scan --rewrite` writes each message
# exactly as Postfix delivers it through the milter, under policies/strict.json:
# e2e messages and corpus samples (7bit, base64, QP, multipart/alternative with
# HTML, attachments, urgent with escalation). Same keys, same envelope (client
# 127.0.0.1 as swaks, sender, recipient). Differences allowed: the headers
# Postfix adds at delivery (Received, Return-Path, X-Original-To,
# Delivered-To) and the audit sequence number in X-MedMilter-Scan.
#
# scan runs on a copy of the daemon's store (mdb_copy) taken before any mail
# went through: escalation is deduplicated per thread in the store, so the
# second of two runs over one store would (rightly) not escalate again.
. "$(dirname "$0")/lib.sh"
e2e_setup
daemon_setup "$SRC_DIR/policies/strict.json"
M=$E2E_DIR/msgs
C=$SRC_DIR/test/corpus/mime/sample # copy of the shared corpus sample

SNAP=$WORK/store-snapshot
mkdir -p "$SNAP" "$WORK/rewrite" "$WORK/norm" "$WORK/sent"
mdb_copy "$STORE" "$SNAP"

# The transport itself is faithful: without the milter, the delivered
# message is the file (once the delivery headers are dropped).
send_copy "$M/phi.eml" "$WORK/phi.eml"
deliver_file "$PLAIN_PORT" "$WORK/phi.eml" nancy@patients.example.net contact
if [ -n "$GOT" ]; then
    normalise_delivered "$GOT" >"$WORK/plain.norm"
    check "no milter: delivered message equals the file" diff -u "$M/phi.eml" "$WORK/plain.norm"
fi

# compare FILE FROM BOX: send through Postfix+milter, scan the same, diff.
compare() {
    local file name got
    name=$(basename "$1")
    file=$WORK/sent/$name
    send_copy "$1" "$file"
    local from=$2 box=$3
    deliver_file "$SMTP_PORT" "$file" "$from" "$box"
    got=$GOT
    [ -n "$got" ] || return 0
    "$MEDMILTERCTL" scan --rewrite "$WORK/rewrite" --data-dir "$SNAP" --key-dir "$KEYS" \
        --from "$from" --rcpt "$box@example-hospital.org" --client-ip 127.0.0.1 "$1" \
        >"$WORK/scan-$name.json" 2>>"$WORK/scan.log"
    check "$name: scan wrote the rewrite" test -s "$WORK/rewrite/$name"
    normalise_delivered "$got" >"$WORK/norm/$name.delivered"
    normalise_delivered "$WORK/rewrite/$name" >"$WORK/norm/$name.scan"
    check "$name: scan --rewrite equals the delivered message" \
        diff -u "$WORK/norm/$name.delivered" "$WORK/norm/$name.scan"
    check "$name: delivered message went through the milter" \
        grep -qE "^X-MedMilter-Scan: ok; policy=strict@" "$got"
}

addr_of() { # FILE HEADER: first address in the header
    grep -m1 -i "^$2:" "$1" | grep -oE '[^<> ]+@[^<> ]+' | head -1
}
for m in phi phi2 appointment prescription billing followup other forged urgent; do
    to=$(addr_of "$M/$m.eml" To)
    compare "$M/$m.eml" "$(addr_of "$M/$m.eml" From)" "${to%@*}"
done
# Corpus sample: 7bit, QP, base64 (urgent), multipart/alternative with HTML,
# attachments (one urgent), in English and French.
for n in 0000 0001 0003 0005 0006 0009 0011 0013 0017 0029; do
    f=$C/msg$n.eml
    to=$(addr_of "$f" To)
    compare "$f" "$(addr_of "$f" From)" "${to%@*}"
done
check "at least one scan escalated (urgent covered)" \
    bash -c "grep -lq 'X-MedMilter-Escalated' '$WORK'/rewrite/*"
check "at least one body rewritten (tokens covered)" \
    bash -c "grep -lqE '\[\[[A-Z]+:[0-9A-Z]{12}\]\]' '$WORK'/norm/*.delivered"
e2e_done
