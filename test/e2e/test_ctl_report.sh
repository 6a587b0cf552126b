#!/bin/bash
# test_ctl_report.sh - `medmilterctl stats` and `audit report` over a store
# built with `scan` (the sample corpus and test/e2e/msgs under the strict
# policy, then a few in shadow mode, and one reveal): the numbers agree
# with what scan printed, the Prometheus output is well formed, and the
# HTML page holds no PHI or token and renders in headless Chromium.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-ctl-report.XXXXXX")
trap 'if [ "$E2E_FAILS" -eq 0 ] && [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "work dir kept: $WORK"; fi' EXIT
cd "$WORK"
CTL=$MEDMILTERCTL
CORPUS=${MM_CORPUS_SAMPLE:-/work/shared/corpus-sample}
export MM_TEST_FAST_KDF=1 PASS=ctl-report-passphrase
KP=(--data-dir store --passphrase-env PASS)

"$CTL" keygen --dir store --passphrase-env PASS >/dev/null
"$CTL" scan --data-dir store --policy "$SRC_DIR/policies/strict.json" "$CORPUS"/*.eml "$E2E_DIR"/msgs/*.eml \
    >enforce.jsonl 2>scan.err
cp -r "$SRC_DIR/policies/lexicons" . # the policy names its lexicons relative to itself
sed 's/"mode": *"enforce"/"mode": "shadow"/' "$SRC_DIR/policies/strict.json" >shadow.json
check "shadow policy differs" bash -c "! cmp -s shadow.json '$SRC_DIR/policies/strict.json'"
# A new thread (the others were escalated above: the dedupe window holds).
sed 's/^Message-ID: <e2e-urgent-1@/Message-ID: <e2e-urgent-shadow@/' "$E2E_DIR/msgs/urgent.eml" >urgent-new.eml
"$CTL" scan --data-dir store --policy shadow.json "$CORPUS"/msg000[0-5].eml "$E2E_DIR"/msgs/urgent.eml \
    urgent-new.eml >shadow.jsonl 2>>scan.err
TOKEN=$(grep -o '\[\[SSN:[0-9A-Z]*\]\]' enforce.jsonl | head -1)
"$CTL" reveal "$TOKEN" --reason "pilot review" --data-dir store --key-dir store --passphrase-env PASS \
    >reveal.out 2>reveal.err
check "setup: scans and a reveal" [ "$(wc -l <enforce.jsonl)" -gt 40 -a "$(wc -l <shadow.jsonl)" -eq 8 -a -s reveal.out ]
cat enforce.jsonl shadow.jsonl >all.jsonl
N=$(wc -l <all.jsonl)

# flat FILE: "path.to.key value" for every number in JSON_INDENT(2) output
flat() {
    awk '{ match($0, /^ */); d = RLENGTH / 2
           if (match($0, /"[^"]*": \{/)) { k = substr($0, RSTART + 1, RLENGTH - 5); key[d] = k; next }
           if (match($0, /"[^"]*": -?[0-9]+/)) {
               s = substr($0, RSTART + 1, RLENGTH - 1); n = index(s, "\":")
               p = ""; for (i = 1; i < d; i++) p = p key[i] "."
               print p substr(s, 1, n - 1), substr(s, n + 3) } }' "$1"
}
val() { awk -v k="$1" '$1 == k { print $2; f = 1 } END { if (!f) print "missing" }' stats.flat; }
# count FILE PATTERN: how many times grep -o finds PATTERN
count() { grep -o "$2" "$1" | wc -l; }

# --- stats --json
check "stats --json exits 0" bash -c "'$CTL' stats --json ${KP[*]} >stats.json 2>stats.err"
flat stats.json >stats.flat
check "stats: messages = scanned ($N)" [ "$(val records.messages)" = "$N" ]
check "stats: one reveal" [ "$(val records.reveals)" = 1 -a "$(val reveal.found)" = 1 ]
for cat in $(grep -o '"category":"[a-z_]*"' all.jsonl | cut -d'"' -f4 | sort -u); do
    want=$(count all.jsonl "\"category\":\"$cat\"")
    check "stats: category $cat = $want" [ "$(val "category.$cat")" = "$want" ]
done
for type in $(grep -o '"type":"[a-z]*"' all.jsonl | cut -d'"' -f4 | sort -u); do
    want=$(count all.jsonl "\"type\":\"$type\"")
    check "stats: PHI $type = $want" [ "$(val "phi.type.$type")" = "$want" ]
done
check "stats: PHI total" [ "$(val phi.total)" = "$(count all.jsonl '"type":"')" ]
check "stats: urgent" [ "$(val priority.urgent)" = "$(count all.jsonl '"priority":"urgent"')" ]
check "stats: escalated = scan lines with a recipient" \
    [ "$(val escalation.escalated)" = "$(grep -c '"escalate_to":\["' enforce.jsonl)" ]
check "stats: changed" [ "$(val changed)" = "$(count enforce.jsonl '"changed":true')" ]
check "stats: shadow messages" [ "$(val shadow.messages)" = 8 -a "$(val mode.shadow)" = 8 ]
check "stats: shadow would change = shadow scans with PHI" \
    [ "$(val shadow.would_change)" = "$(grep -vc '"phi":\[\]' shadow.jsonl)" ]
check "stats: shadow changed nothing" [ "$(count shadow.jsonl '"changed":true')" = 0 ]
check "stats: shadow would escalate the new urgent thread only" [ "$(val shadow.would_escalate)" = 1 ]
check "stats: latency count" [ "$(val latency_us.count)" = "$N" ]
check "stats: p50 <= p90 <= p99 <= max" [ "$(val latency_us.p50)" -le "$(val latency_us.p90)" -a \
    "$(val latency_us.p90)" -le "$(val latency_us.p99)" -a "$(val latency_us.p99)" -le "$(val latency_us.max)" ]
check "stats: no token or PHI in JSON" bash -c "! grep -q '\[\[' stats.json"

# --- stats --prometheus
check "stats --prometheus exits 0" bash -c "'$CTL' stats --prometheus ${KP[*]} >stats.prom 2>>stats.err"
check "prom: HELP and TYPE for messages" grep -qx '# TYPE medmilter_messages_total counter' stats.prom
check "prom: every line is well formed" bash -c "! grep -Ev '^# (HELP|TYPE) medmilter_[a-z_]+ .+\$|^medmilter_[a-z_]+(\{[a-z_]+=\"[A-Za-z0-9_.@:+-]*\"(,[a-z_]+=\"[A-Za-z0-9_.@:+-]*\")*\})? [0-9]+(\.[0-9]+)?\$' stats.prom"
for cat in billing clinical_urgent appointment; do
    want=$(count all.jsonl "\"category\":\"$cat\"")
    check "prom: medmilter_messages_total{category=\"$cat\"} $want" \
        grep -qx "medmilter_messages_total{category=\"$cat\"} $want" stats.prom
done
check "prom: PHI ssn tokenized" grep -qx "medmilter_phi_total{type=\"ssn\",action=\"tokenize\"} $(count all.jsonl '"type":"ssn"')" stats.prom
check "prom: latency summary count" grep -qx "medmilter_message_latency_seconds_count $N" stats.prom
check "prom: each family typed once" bash -c "[ \$(grep -c '^# TYPE' stats.prom) = \$(grep '^# TYPE' stats.prom | sort -u | wc -l) ]"

# --- stats --since after everything: zeros, exit 0
check "stats --since tomorrow: no messages" bash -c \
    "'$CTL' stats --json --since $(( $(date +%s) + 86400 )) ${KP[*]} | grep -q '\"messages\": 0'"

# --- audit report
check "audit report exits 0" bash -c "'$CTL' audit report --since 2000-01-01 --html report.html ${KP[*]} >report.txt 2>report.err"
check "report: summary names the chain intact" grep -q 'chain        intact' report.txt
check "report: summary counts messages" grep -q "records      $((N + 1)) .*: $N messages, 1 reveals" report.txt
check "report: HTML written" [ -s report.html ]
check "report: HTML is one page" bash -c "head -1 report.html | grep -q '<!DOCTYPE html>' && tail -1 report.html | grep -q '</html>'"
check "report: no external asset" bash -c "! grep -Eiq 'https?://|src=|<script|<link|url\\(' report.html"
check "report: inline SVG charts" [ "$(count report.html '<svg')" -ge 4 ]
check "report: chain status shown" grep -q 'Audit chain intact' report.html
check "report: shadow decisions shown" grep -q '8 messages in shadow mode' report.html
check "report: no token" bash -c "! grep -q '\[\[' report.html report.txt"
# No PHI value from the corpus truth, no message id, no reason text.
grep -o '"value": "[^"]*"' "$CORPUS/truth.jsonl" | cut -d'"' -f4 | sort -u >phi.values
check "report: PHI values known" [ "$(wc -l <phi.values)" -gt 20 ]
check "report: no PHI value" bash -c "! grep -Fqf phi.values report.html report.txt"
check "report: no message id or reason" bash -c "! grep -Eq 'patients\.example\.net|pilot review|e2e-phi' report.html report.txt"

# Headless Chromium renders it.
if command -v chromium >/dev/null; then
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d "$WORK/chrome.XXXXXX")" --screenshot="$WORK/report.png" \
        --window-size=1200,2000 "file://$WORK/report.html" >chromium.log 2>&1 || true
    check "report: Chromium screenshot over 10 KB" [ "$(stat -c %s report.png 2>/dev/null || echo 0)" -gt 10240 ]
    [ -n "${MM_KEEP_REPORT_PNG:-}" ] && cp report.png "$MM_KEEP_REPORT_PNG"
else
    check "chromium is installed (packaging/install-deps)" false
fi
e2e_done
