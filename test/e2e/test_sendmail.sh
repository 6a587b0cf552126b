#!/bin/bash
# test_sendmail.sh - medmilter behind Sendmail instead of Postfix. Sendmail
# conflicts with the postfix package, so it is not installed: its Debian
# packages are fetched with `apt-get download` (cached under the build dir:
# reruns need no network) and extracted with dpkg -x; the .cf is built from
# test/e2e/sendmail/medmilter-test.mc.in with the extracted m4 and cf tree.
# Sendmail runs in its own mount namespace with a private hosts file and
# nsswitch.conf (a dotted host name: no 60 s name qualification, no DNS).
# Asserts: a PHI message sent with swaks is delivered by the local file
# mailer with X-MedMilter headers, tokens instead of the values; an urgent
# message is also delivered to on-call (recipient added by the milter).
# Without network on first run the test FAILS (it does not skip).
. "$(dirname "$0")/lib.sh"

PKGS="sendmail-bin sendmail-cf sendmail-base libmilter1.0.1 m4 libwrap0"
CACHE=$BUILD_DIR/sendmail-cache
ROOT=$CACHE/root
SENDMAIL=$ROOT/usr/libexec/sendmail/sendmail
LIBDIR=$ROOT/usr/lib/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)

if [ ! -f "$ROOT/.complete" ]; then
    rm -rf "$CACHE"
    mkdir -p "$CACHE/debs" "$ROOT"
    chmod 755 "$CACHE" "$CACHE/debs" # apt's _apt user writes the downloads
    if ! (cd "$CACHE/debs" && apt-get download $PKGS) >"$CACHE/download.log" 2>&1; then
        cat "$CACHE/download.log"
        echo "not ok - apt-get download $PKGS failed (no network to the Debian mirror?):" \
             "test_sendmail needs it once; the packages are then cached in $CACHE"
        rm -rf "$CACHE"
        exit 1
    fi
    for deb in "$CACHE"/debs/*.deb; do dpkg -x "$deb" "$ROOT"; done
    # setgid would make the loader ignore LD_LIBRARY_PATH (extracted libmilter).
    chmod g-s "$SENDMAIL"
    touch "$ROOT/.complete"
fi
for f in "$SENDMAIL" "$ROOT/usr/bin/m4" "$ROOT/usr/share/sendmail/cf/m4/cf.m4"; do
    [ -e "$f" ] || { echo "not ok - $f missing after extraction (remove $CACHE to fetch again)"; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-e2e.XXXXXX")
chmod 755 "$WORK"
MILTER_SOCKET=$WORK/milter.sock
SM_PID=
sm_stop() {
    [ -n "$SM_PID" ] || return 0
    kill -TERM "$SM_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SM_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SM_PID" 2>/dev/null || true
    wait "$SM_PID" 2>/dev/null || true
    SM_PID=
}
sm_cleanup() {
    local rc=$?
    sm_stop
    for p in $(sm_pids); do kill -KILL "$p" 2>/dev/null || true; done
    [ "$rc" -eq 0 ] && [ "$E2E_FAILS" -eq 0 ] || {
        echo "--- sendmail log ---"; tail -30 "$WORK/sendmail.log" 2>/dev/null || true; }
    set +e # (exit rc) must only set $? for e2e_cleanup, not end the trap
    (exit "$rc")
    e2e_cleanup
}
trap sm_cleanup EXIT
# sm_pids: sendmail processes of this WORK (the extracted binary, our .cf)
sm_pids() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/exe" 2>/dev/null)" = "$SENDMAIL" ] || continue
        [ -z "$SM_PID" ] || [ "${p#/proc/}" != "$SM_PID" ] || { echo "${p#/proc/}"; continue; }
        { tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null | grep -q "$WORK" && echo "${p#/proc/}"
        { tr '\0' '\n' <"$p/environ"; } 2>/dev/null | grep -qx "MM_SENDMAIL_WORK=$WORK" && echo "${p#/proc/}"
    done | sort -u | tr '\n' ' '
}

daemon_setup "$SRC_DIR/policies/strict.json"

# Sendmail's work dir, mailer and .cf.
port=$(free_tcp_port 127.0.0.1)
uid=$(id -u nobody); gid=$(getent group nogroup | cut -d: -f3)
mkdir -p "$WORK/queue" "$WORK/hoststat" "$WORK/out"
chmod 700 "$WORK/queue"
chown nobody:nogroup "$WORK/out"
: >"$WORK/aliases"; : >"$WORK/helpfile"; : >"$WORK/statistics"
printf 'hosts files\naliases files\n' >"$WORK/service.switch"
cat >"$WORK/deliver" <<EOD
#!/bin/sh
# filemail mailer: one file per recipient and message.
umask 022
f=\$(mktemp "$WORK/out/\$1.XXXXXX") && cat >"\$f"
EOD
chmod 755 "$WORK/deliver"
sed -e "s|@WORK@|$WORK|g" -e "s|@PORT@|$port|g" -e "s|@MILTER@|unix:$MILTER_SOCKET|g" \
    -e "s|@UID@|$uid|g" -e "s|@GID@|$gid|g" "$E2E_DIR/sendmail/medmilter-test.mc.in" >"$WORK/test.mc"
"$ROOT/usr/bin/m4" -D_CF_DIR_="$ROOT/usr/share/sendmail/cf/" \
    "$ROOT/usr/share/sendmail/cf/m4/cf.m4" "$WORK/test.mc" >"$WORK/sendmail.cf" 2>"$WORK/m4.err"
check ".cf built by m4 ($(head -c 200 "$WORK/m4.err"))" test -s "$WORK/sendmail.cf"
check ".cf has the milter on our socket" grep -q "^Xmedmilter, S=unix:$MILTER_SOCKET" "$WORK/sendmail.cf"

# Private hosts / nsswitch for Sendmail only (mount namespace).
printf '127.0.0.1 localhost\n127.0.1.1 %s.harness.test %s\n' "$(hostname)" "$(hostname)" >"$WORK/hosts"
printf 'hosts: files\npasswd: files\ngroup: files\n' >"$WORK/nsswitch.conf"
MM_SENDMAIL_WORK=$WORK unshare -m sh -c '
    mount --bind "$1/hosts" /etc/hosts && mount --bind "$1/nsswitch.conf" /etc/nsswitch.conf &&
    exec env LD_LIBRARY_PATH="$2" "$3" -bD -C "$1/sendmail.cf" -L sm-e2e' \
    sh "$WORK" "$LIBDIR" "$SENDMAIL" >>"$WORK/sendmail.log" 2>&1 &
SM_PID=$!
up=0
for _ in $(seq 1 100); do
    perl -MIO::Socket::IP -e 'IO::Socket::IP->new(PeerHost => "127.0.0.1", PeerPort => $ARGV[0]) or exit 1' \
        "$port" 2>/dev/null && { up=1; break; }
    kill -0 "$SM_PID" 2>/dev/null || break
    sleep 0.1
done
check "sendmail listening on 127.0.0.1:$port" test "$up" -eq 1
[ "$up" -eq 1 ] || { cat "$WORK/sendmail.log"; e2e_done || exit 1; }

# wait_out RCPT N: N files delivered to RCPT
wait_out() {
    for _ in $(seq 1 300); do
        [ "$(find "$WORK/out" -name "$1.*" -type f -size +0 | wc -l)" -ge "$2" ] && return 0
        sleep 0.1
    done
    return 1
}
send_copy "$E2E_DIR/msgs/phi.eml" "$WORK/phi.eml"
send_file "$port" nancy@patients.example.net contact@example-hospital.org "$WORK/phi.eml" || true
check "Sendmail accepted the PHI message" grep -qE "^<- *250 2\.0\.0 .*accepted for delivery" "$WORK/swaks.out"
wait_out contact 1 || true
f=$(find "$WORK/out" -name 'contact.*' -type f | head -1)
check "delivered to the local file mailer" test -n "$f"
if [ -n "$f" ]; then
    check "X-MedMilter-Scan header" grep -qE "^X-MedMilter-Scan: ok; policy=strict@[0-9a-f]+; audit=[0-9]+" "$f"
    check "X-MedMilter-Category header" grep -q "^X-MedMilter-Category: " "$f"
    check "body carries an SSN token" grep -qE '\[\[SSN:[0-9A-Z]{12}\]\]' "$f"
    check "Subject carries a token" grep -qE '^Subject: .*\[\[[A-Z]+:[0-9A-Z]{12}\]\]' "$f"
    for v in 716-32-1342 "(914) 880-1064" "FR18 3587 3557 0636 0607 1043 195"; do
        check "value '$v' not delivered" bash -c "! grep -qF -- '$v' '$f'"
    done
    check "header values keep one space after the colon (no doubled or missing space)" \
        grep -qE "^X-MedMilter-Category: [a-z_]+$" "$f"
fi

send_copy "$E2E_DIR/msgs/urgent.eml" "$WORK/urgent.eml"
send_file "$port" michael@patients.example.net contact@example-hospital.org "$WORK/urgent.eml" || true
wait_out oncall 1 || true
check "urgent message: also delivered to on-call (recipient added by the milter)" \
    test "$(find "$WORK/out" -name 'oncall.*' -type f | wc -l)" -eq 1
wait_out contact 2 || true
check "urgent message: delivered to contact" test "$(find "$WORK/out" -name 'contact.*' -type f | wc -l)" -eq 2
check "milter logged both messages" test "$(grep -c 'category=' "$WORK/milter.log")" -eq 2

sm_stop
milter_stop
check "no Sendmail process left: $(sm_pids)" test -z "$(sm_pids)"
check "no medmilter process left: $(medmilter_pids)" test -z "$(medmilter_pids)"
e2e_done
