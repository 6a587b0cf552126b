#!/bin/bash
# test_package.sh - the Debian package: cpack builds it, it holds the
# binaries, man pages, config, systemd unit and policies, declares its
# library dependencies, and what it installs works (policy check on the
# shipped policies, medmilter -n on the shipped config adapted to a temp dir).
. "$(dirname "$0")/lib.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/medmilter-pkg.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1)
check "cpack builds a .deb" bash -c "ls '$WORK'/out/medmilter_*_amd64.deb >/dev/null"
deb=$(ls "$WORK"/out/medmilter_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$WORK/cpack.log"; e2e_done; exit 1; }
dpkg-deb -c "$deb" | awk '{print $6}' >"$WORK/files"
for f in ./usr/sbin/medmilter ./usr/sbin/medmilterctl ./etc/medmilter/medmilter.conf \
         ./lib/systemd/system/medmilter.service ./usr/share/man/man8/medmilter.8 \
         ./usr/share/man/man8/medmilterctl.8 ./usr/share/man/man5/medmilter.conf.5; do
    check "package holds $f" grep -qx -- "$f" "$WORK/files"
done
check "package holds both shipped policies and lexicons" \
    test "$(grep -cE '^\./usr/share/medmilter/policies/(default|strict|lexicons/en|lexicons/fr)\.json$' "$WORK/files")" -eq 4
info=$(dpkg-deb -I "$deb")
for dep in libmilter1.0.1 libsodium23 liblmdb0 libgmime-3.0-0 libjansson4 libpcre2-8-0; do
    check "Depends names $dep" grep -q "Depends:.*$dep" <<<"$info"
done
check "config file marked as a conffile" bash -c "dpkg-deb -e '$deb' '$WORK/ctrl' && grep -qx /etc/medmilter/medmilter.conf '$WORK/ctrl/conffiles'"
check "postinst creates the medmilter user" grep -q "adduser --system" "$WORK/ctrl/postinst"

root=$WORK/root
dpkg-deb -x "$deb" "$root"
check "shipped policies pass policy check" \
    "$root/usr/sbin/medmilterctl" policy check "$root/usr/share/medmilter/policies/default.json" \
    "$root/usr/share/medmilter/policies/strict.json"
MM_TEST_FAST_KDF=1 MM_PW=pkg-test "$root/usr/sbin/medmilterctl" keygen --dir "$WORK/keys" \
    --passphrase-env MM_PW >/dev/null 2>&1
sed -e "s|/run/medmilter|$WORK/run|g; s|/var/lib/medmilter|$WORK/data|; s|/etc/medmilter|$WORK/keys|g" \
    -e "s|/usr/share/medmilter|$root/usr/share/medmilter|; s|^UserID.*||; s|^Syslog.*|Syslog no|" \
    "$root/etc/medmilter/medmilter.conf" >"$WORK/medmilter.conf"
mkdir -p "$WORK/run"
check "medmilter -n accepts the shipped config (paths moved to a temp dir)" \
    "$root/usr/sbin/medmilter" -n -c "$WORK/medmilter.conf"
e2e_done
