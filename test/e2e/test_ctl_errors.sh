#!/bin/bash
# test_ctl_errors.sh - the error paths of every medmilterctl subcommand:
# each must exit with its sysexits code, name the file, option or value at
# fault on stderr, and never put PHI on stderr. No Postfix needed.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-ctl-errors.XXXXXX")
trap 'if [ "$E2E_FAILS" -eq 0 ]; then rm -rf "$WORK"; else echo "work dir kept: $WORK"; fi' EXIT
cd "$WORK"
CTL=$MEDMILTERCTL
MSGS=$E2E_DIR/msgs
export MM_TEST_FAST_KDF=1 PASS=ctl-errors-passphrase WRONG=not-the-passphrase SHORT=short

# The identifiers in test/e2e/msgs/phi.eml, as written and digits only.
PHI_RE='716-32-1342|716321342|880-1064|9148801064|138 734|267094413873411|3587 3557|FR18|76303'
no_phi() { ! grep -Eq "$PHI_RE" "$1"; }

# fails DESC EXIT NEEDLE CMD...: CMD exits EXIT, stderr holds NEEDLE, no PHI.
fails() {
    local what=$1 want=$2 needle=$3 rc=0
    shift 3
    "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
    check "$what: exit $want (got $rc)" [ "$rc" -eq "$want" ]
    check "$what: stderr names '$needle'" grep -qF -- "$needle" "$WORK/err"
    check "$what: no PHI on stderr" no_phi "$WORK/err"
    [ "$rc" -eq "$want" ] && grep -qF -- "$needle" "$WORK/err" || { echo "  stderr:"; sed 's/^/    /' "$WORK/err"; }
}

# A store with records (phi.eml under the strict policy), keys apart.
"$CTL" keygen --dir keys --passphrase-env PASS >/dev/null
"$CTL" scan --data-dir store --key-dir keys --policy "$SRC_DIR/policies/strict.json" "$MSGS/phi.eml" \
    >scan.out 2>scan.err
check "setup: scan wrote a token" grep -q '\[\[SSN:' scan.out
TOKEN=$(grep -o '\[\[SSN:[0-9A-Z]*\]\]' scan.out | head -1)
# A store with a policy but no audit record.
"$CTL" policy load "$SRC_DIR/policies/strict.json" --data-dir empty --key-dir keys >/dev/null 2>&1
# Keys copied with unsafe modes, and one directory with no keys at all.
mkdir -p openkeys nokeys && cp -p keys/* openkeys/ && chmod 640 openkeys/vault.sec openkeys/host.key
printf '{"name": "bad",\n  "mode": "enforce",, }\n' >bad.json
echo "$PASS" >pass.txt && chmod 644 pass.txt
KP=(--key-dir keys --passphrase-env PASS)

# --- medmilterctl itself
fails "no command" 64 "usage: medmilterctl" "$CTL"
fails "unknown command" 64 "unknown command 'frobnicate'" "$CTL" frobnicate
check "version" bash -c "'$CTL' version | grep -q '^medmilterctl '"

# --- scan
fails "scan: missing file" 66 "nonexistent.eml" "$CTL" scan --data-dir store --key-dir keys nonexistent.eml
fails "scan: unknown option" 64 "--bogus" "$CTL" scan --bogus "$MSGS/phi.eml"
fails "scan: missing --policy file" 66 "missing.json" "$CTL" scan --data-dir store --key-dir keys \
    --policy missing.json "$MSGS/phi.eml"
fails "scan: bad JSON policy" 65 "bad.json:2:" "$CTL" scan --data-dir store --key-dir keys --policy bad.json \
    "$MSGS/phi.eml"
fails "scan: missing key file" 78 "nokeys/host.key" "$CTL" scan --data-dir store --key-dir nokeys "$MSGS/phi.eml"
fails "scan: group-readable key file" 78 "openkeys/host.key" "$CTL" scan --data-dir store --key-dir openkeys \
    "$MSGS/phi.eml"

# --- keygen
fails "keygen: no --dir" 64 "--dir is required" "$CTL" keygen --passphrase-env PASS
fails "keygen: keys exist" 73 "keys/host.key already exists" "$CTL" keygen --dir keys --passphrase-env PASS
fails "keygen: short passphrase" 65 "at least 8 characters" "$CTL" keygen --dir newkeys --passphrase-env SHORT
fails "keygen: unset passphrase variable" 64 "NO_SUCH_VAR" "$CTL" keygen --dir newkeys --passphrase-env NO_SUCH_VAR
fails "keygen: unknown option" 64 "--bogus" "$CTL" keygen --bogus

# --- policy
fails "policy check: missing file" 66 "missing.json" "$CTL" policy check missing.json
fails "policy check: bad JSON" 65 "bad.json:2:" "$CTL" policy check bad.json
fails "policy load: bad JSON" 65 "bad.json:2:" "$CTL" policy load bad.json --data-dir store --key-dir keys
fails "policy load: missing file" 66 "missing.json" "$CTL" policy load missing.json --data-dir store --key-dir keys
fails "policy show 99" 65 "version 99" "$CTL" policy show 99 --data-dir store --key-dir keys
fails "policy rollback 99" 65 "version 99" "$CTL" policy rollback 99 --data-dir store --key-dir keys
fails "policy: unknown subcommand" 64 "frob" "$CTL" policy frob
fails "policy history: unknown option" 64 "--bogus" "$CTL" policy history --bogus --data-dir store

# --- reveal
fails "reveal: not a token" 64 "argument 1 is not a token" "$CTL" reveal 716-32-1342 --reason test \
    --data-dir store "${KP[@]}"
fails "reveal: no --reason" 64 "--reason" "$CTL" reveal "$TOKEN" --data-dir store "${KP[@]}"
fails "reveal: wrong passphrase" 77 "keys/vault.sec: wrong passphrase" "$CTL" reveal "$TOKEN" --reason test \
    --data-dir store --key-dir keys --passphrase-env WRONG
fails "reveal: missing key file" 78 "nokeys/vault.sec" "$CTL" reveal "$TOKEN" --reason test \
    --data-dir store --key-dir nokeys --passphrase-env PASS
fails "reveal: group-readable key file" 78 "openkeys/vault.sec" "$CTL" reveal "$TOKEN" --reason test \
    --data-dir store --key-dir openkeys --passphrase-env PASS
fails "reveal: group-readable passphrase file" 77 "pass.txt" "$CTL" reveal "$TOKEN" --reason test \
    --data-dir store --key-dir keys --passphrase-file pass.txt
fails "reveal: token not in the vault" 65 "[[SSN:000000000000]]: not in this vault" "$CTL" reveal \
    '[[SSN:000000000000]]' --reason test --data-dir store "${KP[@]}"

# --- audit
fails "audit: unknown action" 64 "unknown action 'frob'" "$CTL" audit frob --data-dir store
fails "audit verify: missing store" 74 "nostore" "$CTL" audit verify --data-dir nostore
fails "audit export: wrong passphrase" 77 "keys/vault.sec" "$CTL" audit export --data-dir store --key-dir keys \
    --passphrase-env WRONG
fails "audit export: missing key file" 78 "nokeys/vault.sec" "$CTL" audit export --data-dir store \
    --key-dir nokeys --passphrase-env PASS
fails "audit report: no --since" 64 "--since T is required" "$CTL" audit report --data-dir store "${KP[@]}"
fails "audit report: bad --since" 64 "'yesterday'" "$CTL" audit report --since yesterday --data-dir store "${KP[@]}"
fails "audit report: unknown option" 64 "--bogus" "$CTL" audit report --bogus
fails "audit report: empty store" 66 "no audit records in the store empty" "$CTL" audit report --since 0 \
    --data-dir empty "${KP[@]}"
fails "audit report: wrong passphrase" 77 "keys/vault.sec" "$CTL" audit report --since 0 --data-dir store \
    --key-dir keys --passphrase-env WRONG
fails "audit report: unwritable --html" 73 "nodir/r.html" "$CTL" audit report --since 0 --html nodir/r.html \
    --data-dir store "${KP[@]}"

# --- stats
fails "stats: empty store" 66 "no audit records in the store empty" "$CTL" stats --data-dir empty "${KP[@]}"
fails "stats: missing store" 74 "nostore" "$CTL" stats --data-dir nostore "${KP[@]}"
fails "stats: no store given" 64 "--data-dir DIR is required" "$CTL" stats "${KP[@]}"
fails "stats: wrong passphrase" 77 "keys/vault.sec: wrong passphrase" "$CTL" stats --data-dir store \
    --key-dir keys --passphrase-env WRONG
fails "stats: missing key file" 78 "nokeys/vault.sec" "$CTL" stats --data-dir store --key-dir nokeys \
    --passphrase-env PASS
fails "stats: group-readable key file" 78 "openkeys/vault.sec" "$CTL" stats --data-dir store \
    --key-dir openkeys --passphrase-env PASS
fails "stats: unknown option" 64 "--bogus" "$CTL" stats --bogus
fails "stats: --json with --prometheus" 64 "one of --json and --prometheus" "$CTL" stats --json --prometheus \
    --data-dir store "${KP[@]}"
fails "stats: bad --since" 64 "'last week'" "$CTL" stats --since "last week" --data-dir store "${KP[@]}"
fails "stats: missing --config" 78 "nofile.conf" "$CTL" stats --config nofile.conf "${KP[@]}"

# After all this, the trail is intact and stats work (a control).
check "control: audit verify still passes" "$CTL" audit verify --data-dir store
check "control: stats succeed" bash -c "'$CTL' stats --data-dir store --key-dir keys --passphrase-env PASS >/dev/null"
e2e_done
