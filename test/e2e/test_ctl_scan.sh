#!/bin/bash
# test_ctl_scan.sh - the `medmilterctl scan` output contract: one JSON
# object per message with exactly the documented keys, stdin with "-", the
# envelope defaults from From/To/Cc and their overrides, the temporary store
# notice, and --rewrite writing the same base name.
. "$(dirname "$0")/lib.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-scan.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
M=$E2E_DIR/msgs
S="$SRC_DIR/test/corpus/mime/sample"

"$MEDMILTERCTL" scan --policy "$SRC_DIR/policies/strict.json" "$M/phi.eml" "$S/msg0003.eml" \
    >"$WORK/out.jsonl" 2>"$WORK/err"
check "two messages, two JSON lines" test "$(wc -l <"$WORK/out.jsonl")" -eq 2
check "temporary store announced on stderr" grep -q "temporary store" "$WORK/err"
check "every line has exactly the contract keys" perl -MJSON::PP -ne '
    my $o = JSON::PP->new->decode($_);
    my @want = qw(category changed direction escalate_to file phi priority route scan);
    my @got = sort(grep { $_ ne "reason" } keys %$o);
    exit 1 unless "@got" eq "@want";
    exit 1 unless $o->{scan} =~ /^(ok|partial|skipped)$/ && ($o->{scan} eq "ok" || exists $o->{reason});
    exit 1 unless ref $o->{phi} eq "ARRAY" && ref $o->{escalate_to} eq "ARRAY";
    for my $p (@{$o->{phi}}) {
        my @k = sort keys %$p; exit 1 unless "@k" eq "action token type where";
        exit 1 unless $p->{action} =~ /^(tokenize|mask|redact|keep)$/;
        exit 1 unless !defined $p->{token} || $p->{token} =~ /^\[\[[A-Z]+:[0-9A-Z]{12}\]\]$/;
    }' "$WORK/out.jsonl"
check "urgent sample escalates to on-call under strict" \
    bash -c "sed -n 2p '$WORK/out.jsonl' | grep -q '\"escalate_to\":\[\"oncall@example-hospital.org\"\]'"
check "no PHI value in the JSON" bash -c "! grep -qE '716-32-1342|914\\) 880-1064' '$WORK/out.jsonl'"

"$MEDMILTERCTL" scan --policy "$SRC_DIR/policies/default.json" - <"$M/phi.eml" >"$WORK/stdin.json" 2>/dev/null
check "scan - reads stdin" grep -q '"file":"-"' "$WORK/stdin.json"
check "default envelope: external client, hospital recipient from To: is inbound" \
    grep -q '"direction":"inbound"' "$WORK/stdin.json"
"$MEDMILTERCTL" scan --policy "$SRC_DIR/policies/default.json" --client-ip 10.1.2.3 \
    --rcpt colleague@other-clinic.example "$M/phi.eml" >"$WORK/out2.json" 2>/dev/null
check "--client-ip internal + --rcpt outside: outbound, SSN tokenized" bash -c "
    grep -q '\"direction\":\"outbound\"' '$WORK/out2.json' &&
    grep -q '\"type\":\"ssn\",\"where\":\"header:Subject\",\"action\":\"tokenize\"' '$WORK/out2.json'"
"$MEDMILTERCTL" scan --policy "$SRC_DIR/policies/default.json" --auth dr.martin \
    --rcpt colleague@other-clinic.example "$M/phi.eml" >"$WORK/out3.json" 2>/dev/null
check "--auth makes an external client outbound" grep -q '"direction":"outbound"' "$WORK/out3.json"

mkdir "$WORK/rw"
"$MEDMILTERCTL" scan --policy "$SRC_DIR/policies/strict.json" --rewrite "$WORK/rw" "$M/phi.eml" \
    >/dev/null 2>&1
check "--rewrite writes the same base name" test -f "$WORK/rw/phi.eml"
check "rewritten message carries tokens, not values" bash -c "
    grep -qE '\[\[SSN:[0-9A-Z]{12}\]\]' '$WORK/rw/phi.eml' && ! grep -q '716-32-1342' '$WORK/rw/phi.eml'"
set +e
"$MEDMILTERCTL" scan "$WORK/nonexistent.eml" >/dev/null 2>"$WORK/err2"; rc=$?
set -e
check "missing file: EX_NOINPUT (66) naming the file" bash -c "[ $rc -eq 66 ] && grep -q nonexistent.eml '$WORK/err2'"
e2e_done
