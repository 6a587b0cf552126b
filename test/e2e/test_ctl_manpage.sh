#!/bin/bash
# test_ctl_manpage.sh - docs/medmilterctl.8 covers every medmilterctl
# command and every option their --help prints, and formats cleanly.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MAN=$SRC_DIR/docs/medmilterctl.8
CTL=$MEDMILTERCTL
check "man page exists" [ -s "$MAN" ]
CMDS=$("$CTL" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
check "commands listed by --help" [ "$(echo "$CMDS" | wc -w)" -ge 7 ]
for c in $CMDS; do
    check "man page has a section for '$c'" grep -Eq "^\.SS $c( |\$)" "$MAN"
done
for sub in "policy check" "policy load" "policy show" "policy history" "policy rollback" \
    "audit verify" "audit export" "audit report"; do
    check "man page has a section for '$sub'" grep -qx "\.SS $sub" "$MAN"
done
# Every long option of every --help, written \-\- in the page.
HELPS=$(for c in scan keygen reveal audit stats "audit report" "policy load" "policy show" "policy history" \
    "policy rollback"; do $CTL $c --help 2>&1; done; $CTL policy 2>&1 || true)
for opt in $(echo "$HELPS" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    [ "$opt" = "--help" ] && continue
    check "man page documents $opt" grep -qF -- "$(echo "$opt" | sed 's/-/\\-/g')" "$MAN"
done
for code in 64 65 66 73 74 77 78; do
    check "man page explains exit $code" grep -q "^\.B $code " "$MAN"
done
if command -v groff >/dev/null; then
    check "groff formats it without warnings" bash -c "! groff -man -Tutf8 -ww -z '$MAN' 2>&1 | grep -q ."
fi
e2e_done
