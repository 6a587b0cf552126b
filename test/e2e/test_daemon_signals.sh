#!/bin/bash
# test_daemon_signals.sh - SIGTERM with a large (5 MB) message in flight:
# the message is delivered or tempfailed (then delivered on retry once the
# milter is back), never lost; the daemon exits within 30 s and leaves no
# process. Checked twice: swaks sending in the background, and an SMTP
# client that pauses in the middle of DATA (deterministically in flight).
# Start-up checks: -n exits 0 on a good configuration and names file:line
# on a bad one; a bad configuration or a group-readable host key makes the
# daemon refuse to start, naming file:line or the key file.
. "$(dirname "$0")/lib.sh"
e2e_setup
daemon_setup "$SRC_DIR/policies/strict.json"

# A 5 MB message with PHI near the end (so the milter has work to do).
big=$WORK/big.eml
{
    printf 'From: Nancy <nancy@patients.example.net>\nTo: records@example-hospital.org\n'
    printf 'Subject: scanned records\nMessage-ID: <e2e-big-%s@patients.example.net>\n' "$$"
    printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n\n'
    perl -e 'print "Line $_ of the scanned record, nothing sensitive here at all.........\n" for 1 .. 74000'
    printf 'My SSN is 716-32-1342.\nNancy'
} >"$big"
check "test message is about 5 MB" test "$(stat -c %s "$big")" -gt 5000000

# wait_exit PID SECS: wait for PID to exit; ELAPSED in tenths of a second
wait_exit() {
    ELAPSED=0
    while kill -0 "$1" 2>/dev/null && [ "$ELAPSED" -lt $(($2 * 10)) ]; do
        sleep 0.1; ELAPSED=$((ELAPSED + 1))
    done
    ! kill -0 "$1" 2>/dev/null
}

# outcome DESC REPLYFILE USER N: the SMTP reply to DATA decides what must hold
outcome() {
    local desc=$1 reply=$2 box=$3 want=$4
    if grep -qE '^<?-? *250 2\.0\.0 Ok: queued|^250 2\.0\.0 Ok: queued' "$reply"; then
        wait_mailbox "$box" "$want" 60 || true
        check "$desc: accepted (250) and delivered" test "$(mailbox_files "$box" | wc -l)" -ge "$want"
        local f; f=$(mailbox_files "$box" | tail -1)
        check "$desc: delivered through the milter (scanned, SSN tokenized)" bash -c "
            grep -q '^X-MedMilter-Scan: ok' '$f' && ! grep -qF 716-32-1342 '$f'"
        OUTCOME=delivered
    elif grep -qE '^(<\*\* +)?4[0-9][0-9][ -]' "$reply"; then
        sleep 1
        check "$desc: tempfailed (4xx), nothing half-delivered" \
            test "$(mailbox_files "$box" | wc -l)" -lt "$want"
        OUTCOME=tempfailed
    else
        check "$desc: neither 250 nor 4xx (lost or rejected): $(tr '\n' ' ' <"$reply" | tail -c 300)" false
        OUTCOME=lost
    fi
    echo "# $desc: $OUTCOME"
}

# restart_and_retry FILE USER N: milter back, client retries, delivered
retry_after() {
    milter_start -f -c "$CONF"
    send_file "$SMTP_PORT" nancy@patients.example.net "$2@example-hospital.org" "$1"
    wait_mailbox "$2" "$3" 60 || true
    check "tempfailed message delivered on retry" test "$(mailbox_files "$2" | wc -l)" -ge "$3"
}

# --- 1. swaks in the background, SIGTERM once the transaction is open -------
sessions() { grep -c 'client=localhost' "$POSTFIX_LOG" || true; }
s0=$(sessions)
swaks --server "127.0.0.1:$SMTP_PORT" --from nancy@patients.example.net \
    --to records@example-hospital.org --data "@$big" >"$WORK/swaks-bg.out" 2>&1 &
swaks_pid=$!
for _ in $(seq 1 300); do [ "$(sessions)" -gt "$s0" ] && break; sleep 0.02; done
check "swaks transaction open before SIGTERM" test "$(sessions)" -gt "$s0"
pid=$MILTER_PID
kill -TERM "$pid"
wait_exit "$pid" 30; rc=$?
check "daemon exited within 30 s of SIGTERM (took $((ELAPSED / 10)).$((ELAPSED % 10)) s)" test "$rc" -eq 0
wait "$pid" 2>/dev/null || true; MILTER_PID=
wait "$swaks_pid" || true
outcome "swaks 5 MB message" "$WORK/swaks-bg.out" records 1
[ "$OUTCOME" = tempfailed ] && retry_after "$big" records 1
[ -n "$MILTER_PID" ] || milter_start -f -c "$CONF"

# --- 2. client paused in the middle of DATA --------------------------------
cat >"$WORK/slowsmtp.pl" <<'EOPL'
use strict; use warnings; use IO::Socket::INET;
my ($port, $file, $mark, $go, $out) = @ARGV;
open(my $o, '>', $out) or die; $o->autoflush(1);
my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port) or die "connect: $!";
sub reply { my $r = ''; while (my $l = <$s>) { $r .= $l; last if $l =~ /^\d{3} / } print $o $r; $r }
sub cmd { print $s "$_[0]\r\n"; reply() }
reply(); cmd('EHLO slow.harness.test'); cmd('MAIL FROM:<nancy@patients.example.net>');
cmd('RCPT TO:<records@example-hospital.org>');
my $r = cmd('DATA'); $r =~ /^354/ or die "DATA: $r";
my $d = do { open(my $f, '<', $file) or die; local $/; <$f> };
$d =~ s/\r?\n/\r\n/g; $d =~ s/^\./../mg;
my $half = int(length($d) / 2);
print $s substr($d, 0, $half);
open(my $m, '>', $mark) or die; close $m;
my $t = 0;  # never hang if the test died: give up after 60 s
select(undef, undef, undef, 0.1) until -e $go or ++$t > 600;
print $s substr($d, $half), "\r\n.\r\n";
reply(); cmd('QUIT'); close $s;
EOPL
n0=$(mailbox_files records | wc -l)
perl "$WORK/slowsmtp.pl" "$SMTP_PORT" "$big" "$WORK/mark" "$WORK/go" "$WORK/slow.out" \
    2>"$WORK/slow.err" &
slow_pid=$!
for _ in $(seq 1 300); do [ -e "$WORK/mark" ] && break; sleep 0.1; done
check "client paused in the middle of DATA" test -e "$WORK/mark"
pid=$MILTER_PID
kill -TERM "$pid"
sleep 0.5
touch "$WORK/go"
wait_exit "$pid" 30; rc=$?
check "daemon exited within 30 s of SIGTERM, mid-DATA (took $((ELAPSED / 10)).$((ELAPSED % 10)) s)" \
    test "$rc" -eq 0
wait "$pid" 2>/dev/null || true; MILTER_PID=
wait "$slow_pid" || true
outcome "paused client's 5 MB message" "$WORK/slow.out" records $((n0 + 1))
[ "$OUTCOME" = tempfailed ] && retry_after "$big" records $((n0 + 1))
milter_stop
check "no medmilter process left for this test" test -z "$(medmilter_pids)"
check "stop logged" grep -q "medmilter stopped" "$WORK/milter.log"
check "no connection cut off by a stop" bash -c "! grep -q 'still open after' '$WORK/milter.log'"

# --- 3. start-up checks ----------------------------------------------------
out=$WORK/startup.out
rc=0; "$MEDMILTER" -n -c "$CONF" >"$out" 2>&1 || rc=$?
check "-n on the good configuration exits 0" test "$rc" -eq 0
check "-n says OK" grep -q "OK" "$out"

{ head -3 "$CONF"; echo "MaxScanSize lots"; tail -n +4 "$CONF"; } >"$WORK/bad.conf"
rc=0; "$MEDMILTER" -n -c "$WORK/bad.conf" >"$out" 2>&1 || rc=$?
check "-n on a bad configuration exits non-zero (got $rc)" test "$rc" -ne 0
check "-n names file:line: $(head -1 "$out")" grep -qF "$WORK/bad.conf:4:" "$out"
rm -f "$MILTER_SOCKET"
rc=0; timeout 20 "$MEDMILTER" -f -c "$WORK/bad.conf" >"$out" 2>&1 || rc=$?
check "bad configuration: refuses to start (exit $rc)" bash -c "[ $rc -ne 0 ] && [ $rc -ne 124 ]"
check "bad configuration: message names file:line" grep -qF "$WORK/bad.conf:4:" "$out"
check "bad configuration: no socket created" test ! -S "$MILTER_SOCKET"

mkdir -p "$WORK/keys-loose"
cp -p "$KEYS/host.key" "$KEYS/vault.pub" "$WORK/keys-loose/"
chmod 640 "$WORK/keys-loose/host.key"
sed "s|^KeyFile .*|KeyFile $WORK/keys-loose/host.key|" "$CONF" >"$WORK/loose.conf"
rc=0; timeout 20 "$MEDMILTER" -f -c "$WORK/loose.conf" >"$out" 2>&1 || rc=$?
check "group-readable host key: refuses to start (exit $rc)" bash -c "[ $rc -ne 0 ] && [ $rc -ne 124 ]"
check "group-readable host key: message names the file: $(head -1 "$out")" \
    grep -qF "$WORK/keys-loose/host.key" "$out"
check "group-readable host key: says why" grep -qi "group or others" "$out"
rc=0; "$MEDMILTER" -n -c "$WORK/loose.conf" >"$out" 2>&1 || rc=$?
check "-n also refuses the group-readable host key" test "$rc" -ne 0
check "group-readable host key: no socket created" test ! -S "$MILTER_SOCKET"
e2e_stop_all
check "no process left behind (medmilter, Postfix, sink): $(leftover_pids)" test -z "$(leftover_pids)"
e2e_done
