#!/bin/bash
# test_daemon_sasl.sh - direction from a real SMTP AUTH session. Postfix is
# set up as a submission server (Cyrus SASL, sasldb, PLAIN/LOGIN; relay only
# for authenticated clients; loopback is not in mynetworks) and medmilter
# runs the default policy with the loopback outside internal_networks, so
# the only thing that can make a message outbound is the {auth_authen}
# macro Postfix hands over. Checks: unauthenticated mail to the hospital is
# inbound (phone kept); the same mail sent after AUTH to a hospital mailbox
# and an outside address is outbound (phone tokenized in the copy the
# hospital mailbox gets); AUTH to hospital mailboxes only is internal (kept);
# a wrong password is refused by Postfix and nothing reaches the milter;
# the log names the direction and never the phone number.
. "$(dirname "$0")/lib.sh"
command -v saslpasswd2 >/dev/null || { echo "saslpasswd2 missing: run packaging/install-deps" >&2; exit 1; }
e2e_setup

# Debian's Postfix reads Cyrus SASL settings from $config_directory/sasl/
# (cyrus_sasl_config_path is not consulted), so they go next to main.cf.
SASL=$POSTFIX_CONFIG/sasl
mkdir -p "$SASL"
PASS=Corr3ct-horse-$$
echo "$PASS" | saslpasswd2 -p -c -f "$SASL/sasldb2" -u example-hospital.org dr.martin
chown postfix "$SASL/sasldb2"
chmod 600 "$SASL/sasldb2"
cat >"$SASL/smtpd.conf" <<EOF
pwcheck_method: auxprop
auxprop_plugin: sasldb
sasldb_path: $SASL/sasldb2
mech_list: PLAIN LOGIN
EOF
postconf -c "$POSTFIX_CONFIG" -e \
    "smtpd_sasl_auth_enable = yes" \
    "smtpd_sasl_type = cyrus" \
    "smtpd_sasl_path = smtpd" \
    "smtpd_sasl_security_options = noanonymous" \
    "mynetworks = 192.0.2.0/24" \
    "smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination"
postfix -c "$POSTFIX_CONFIG" reload >/dev/null 2>&1
sleep 1

# the default policy with the loopback counted as an outside network
# (lexicon paths are relative to the policy file)
POLICY=$WORK/default-external-loopback.json
ln -s "$SRC_DIR/policies/lexicons" "$WORK/lexicons"
perl -MJSON::PP -0777 -e '
    my $p = JSON::PP->new->decode(<STDIN>);
    $p->{internal_networks} = ["10.0.0.0/8"];
    print JSON::PP->new->canonical->pretty->encode($p);' \
    <"$SRC_DIR/policies/default.json" >"$POLICY"
check "test policy passes policy check" "$MEDMILTERCTL" policy check "$POLICY"
daemon_setup "$POLICY"

MSG=$WORK/phone.eml
printf 'From: Dr Martin <dr.martin@example-hospital.org>\nTo: records@example-hospital.org\nSubject: callback\n\nPlease call the patient back at (914) 880-1064 today.\n' >"$MSG"
AUTH=(--auth PLAIN --auth-user dr.martin@example-hospital.org --auth-password "$PASS")

# qid_of: the queue id Postfix gave the last accepted message
qid_of() { sed -n 's/^<- *250 2.0.0 Ok: queued as \([0-9A-Za-z]*\).*/\1/p' "$WORK/swaks.out" | tail -1; }
# direction_of QID: the direction medmilter logged for QID
direction_of() {
    local q=$1
    for _ in $(seq 1 50); do
        grep -q "$q: direction=" "$WORK/milter.log" && break
        sleep 0.1
    done
    sed -n "s/.*$q: direction=\([a-z]*\) .*/\1/p" "$WORK/milter.log" | head -1
}

# 1. no AUTH: relaying outside is refused, the hospital mailbox gets it as inbound
send "$SMTP_PORT" dr.martin@example-hospital.org colleague@other-clinic.example --data "@$MSG" || true
check "no AUTH: relay outside refused by Postfix" grep -q "Relay access denied" "$WORK/swaks.out"
deliver_file "$SMTP_PORT" "$MSG" dr.martin@example-hospital.org records
Q1=$(qid_of)
check "no AUTH: logged direction=inbound" test "$(direction_of "$Q1")" = inbound
[ -n "$GOT" ] && check "no AUTH (inbound): phone kept" grep -qF "(914) 880-1064" "$GOT"

# 2. AUTH, one recipient outside: outbound, tokenized for every copy
before=$(mailbox_files records | wc -l)
send "$SMTP_PORT" dr.martin@example-hospital.org records@example-hospital.org,colleague@other-clinic.example \
    "${AUTH[@]}" --data "@$MSG"
check "AUTH PLAIN accepted" grep -q "^<- *235 " "$WORK/swaks.out"
check "AUTH: relay outside accepted" grep -q "^<- *250 2.0.0 Ok: queued" "$WORK/swaks.out"
Q2=$(qid_of)
check "AUTH + outside recipient: logged direction=outbound" test "$(direction_of "$Q2")" = outbound
wait_mailbox records $((before + 1)) || true
GOT=$(mailbox_files records | tail -1)
check "outbound: hospital copy delivered" test "$(mailbox_files records | wc -l)" -gt "$before"
check "outbound: phone tokenized" grep -qE '\[\[PHONE:[0-9A-Z]{12}\]\]' "$GOT"
check "outbound: phone number gone" bash -c "! grep -qF '880-1064' '$GOT'"
check "outbound: PHI header counts the phone" grep -q '^X-MedMilter-PHI: phone=1' "$GOT"

# 3. AUTH, hospital recipients only: internal, kept
before=$(mailbox_files records | wc -l)
send "$SMTP_PORT" dr.martin@example-hospital.org records@example-hospital.org "${AUTH[@]}" --data "@$MSG"
Q3=$(qid_of)
check "AUTH + hospital recipients only: logged direction=internal" test "$(direction_of "$Q3")" = internal
wait_mailbox records $((before + 1)) || true
GOT=$(mailbox_files records | tail -1)
check "internal: phone kept" grep -qF "(914) 880-1064" "$GOT"

# 4. wrong password: refused before MAIL, nothing queued, the milter sees no message
lines=$(grep -c "direction=" "$WORK/milter.log" || true)
send "$SMTP_PORT" dr.martin@example-hospital.org colleague@other-clinic.example \
    --auth PLAIN --auth-user dr.martin@example-hospital.org --auth-password wrong --data "@$MSG" || true
check "wrong password: 535 from Postfix" grep -q "^<\*\* *535 " "$WORK/swaks.out"
check "wrong password: nothing queued" bash -c "! grep -q 'Ok: queued' '$WORK/swaks.out'"
sleep 1
check "wrong password: no message reached the milter" test "$(grep -c "direction=" "$WORK/milter.log" || true)" = "$lines"

check "milter log never holds the phone number" bash -c "! grep -q '880-1064\|9148801064' '$WORK/milter.log'"
e2e_stop_all
check "no process left behind: $(leftover_pids)" test -z "$(leftover_pids)"
e2e_done
