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

# normalise FILE: LF line ends, delivery-time headers dropped, audit=N;
# byte-exact otherwise (a missing final newline stays missing).
normalise() {
    perl -0777 -ne '
        s/\r\n/\n/g;
        my ($h, $b) = /\A(.*?\n)(\n.*)\z/s ? ($1, $2) : ($_, "");
        my @f = split /(?=^[^ \t])/m, $h;
        @f = grep { !/^(received|return-path|x-original-to|delivered-to):/i } @f;
        s/^(X-MedMilter-Scan:.*?audit=)[0-9]+/${1}N/im for @f;
        print join("", @f), $b;' "$1"
}

# swaks ends DATA with CRLF "." CRLF even when the data already ends with a
# newline, which adds an empty line: send the file without its last newline,
# so that what Postfix receives (and the milter sees) is exactly the file.
as_sent() { # FILE OUT
    perl -0777 -pe 's/\r?\n\z//' "$1" >"$2"
}

# deliver PORT FILE FROM BOX: send, wait, set GOT to the new Maildir file.
deliver() {
    local port=$1 file=$2 from=$3 box=$4 before
    GOT=
    before=$(mailbox_files "$box" | wc -l)
    send_file "$port" "$from" "$box@example-hospital.org" "$file"
    check "$(basename "$file") accepted on port $port" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
    wait_mailbox "$box" $((before + 1)) || true
    [ "$(mailbox_files "$box" | wc -l)" -gt "$before" ] && GOT=$(mailbox_files "$box" | tail -1)
    check "$(basename "$file") delivered to $box" test -n "$GOT"
}

# The transport itself is faithful: without the milter, the delivered
# message is the file (once the delivery headers are dropped).
as_sent "$M/phi.eml" "$WORK/phi.eml"
deliver "$PLAIN_PORT" "$WORK/phi.eml" nancy@patients.example.net contact
if [ -n "$GOT" ]; then
    normalise "$GOT" >"$WORK/plain.norm"
    check "no milter: delivered message equals the file" diff -u "$M/phi.eml" "$WORK/plain.norm"
fi

# compare FILE FROM BOX: send through Postfix+milter, scan the same, diff.
compare() {
    local file name got
    name=$(basename "$1")
    file=$WORK/sent/$name
    as_sent "$1" "$file"
    local from=$2 box=$3
    deliver "$SMTP_PORT" "$file" "$from" "$box"
    got=$GOT
    [ -n "$got" ] || return 0
    "$MEDMILTERCTL" scan --rewrite "$WORK/rewrite" --data-dir "$SNAP" --key-dir "$KEYS" \
        --from "$from" --rcpt "$box@example-hospital.org" --client-ip 127.0.0.1 "$1" \
        >"$WORK/scan-$name.json" 2>>"$WORK/scan.log"
    check "$name: scan wrote the rewrite" test -s "$WORK/rewrite/$name"
    normalise "$got" >"$WORK/norm/$name.delivered"
    normalise "$WORK/rewrite/$name" >"$WORK/norm/$name.scan"
    check "$name: scan --rewrite equals the delivered message" \
        diff -u "$WORK/norm/$name.delivered" "$WORK/norm/$name.scan"
    check "$name: delivered message went through the milter" \
        grep -qE "^X-MedMilter-Scan: ok; policy=strict@" "$got"
}

for m in phi phi2 appointment prescription billing followup other forged urgent; do
    from=$(sed -n 's/^From:.*<\(.*\)>.*/\1/p; s/^From: *\([^<> ]*@[^<> ]*\) *$/\1/p' "$M/$m.eml" | head -1)
    to=$(sed -n 's/^To:.*<\(.*\)>.*/\1/p; s/^To: *\([^<> ]*@[^<> ]*\) *$/\1/p' "$M/$m.eml" | head -1)
    compare "$M/$m.eml" "${from:-sender@patients.example.net}" "${to%@*}"
done
# Corpus sample: 7bit, QP, base64 (urgent), multipart/alternative with HTML,
# attachments (one urgent), in English and French.
for n in 0000 0001 0003 0005 0006 0009 0011 0013 0017 0029; do
    f=$C/msg$n.eml
    from=$(grep -m1 '^From:' "$f" | grep -oE '[^<> ]+@[^<> ]+' | head -1)
    to=$(grep -m1 '^To:' "$f" | grep -oE '[^<> ]+@[^<> ]+' | head -1)
    compare "$f" "$from" "${to%@*}"
done
check "at least one scan escalated (urgent covered)" \
    bash -c "grep -lq 'X-MedMilter-Escalated' '$WORK'/rewrite/*"
check "at least one body rewritten (tokens covered)" \
    bash -c "grep -lqE '\[\[[A-Z]+:[0-9A-Z]{12}\]\]' '$WORK'/norm/*.delivered"
e2e_done
