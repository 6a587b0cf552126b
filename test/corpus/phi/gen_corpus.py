#!/usr/bin/env python3
"""gen_corpus.py - labelled PHI corpus for the detection engine.

Writes corpus.jsonl (next to this script): one JSON object per case,
  {"lang": "en"|"fr", "text": "...",
   "spans": [{"type", "value", "norm", "start", "end"}],   # byte offsets (UTF-8)
   "decoys": [{"kind", "value", "start", "end"}]}
Every span is a valid identifier in a format the detector documents, with
the normalised value computed here independently of the C code; every
decoy is a look-alike that must not be matched (failed checksum, order or
ticket number, date without birth context, ...). Deterministic (fixed seed).

Usage: gen_corpus.py [N]   (default 3000 cases)
"""
import json
import os
import random
import sys

R = random.Random(20260611)
NBSP = "\u00a0"


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_break(s):
    last = (int(s[-1]) + R.randint(1, 9)) % 10
    return s[:-1] + str(last)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- values
def ssn_value():
    while True:
        a, g, s = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
        v = "%03d%02d%04d" % (a, g, s)
        if a != 666 and v not in ("078051120", "219099999", "457555462"):
            return v


def npi_value():
    body = R.choice("12") + digits(8)
    full = luhn_complete("80840" + body)
    return body + full[-1]


def dea_value():
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return (R.choice("ABCDEFGHJKLMPRSTUX") + R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ9") +
            "".join(map(str, d)) + str(chk))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_value():
    ln = lambda: R.choice(MBI_L + "0123456789")
    return (R.choice("123456789") + R.choice(MBI_L) + ln() + R.choice("0123456789") +
            R.choice(MBI_L) + ln() + R.choice("0123456789") + R.choice(MBI_L) +
            R.choice(MBI_L) + digits(2))


def nanp_value():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def nir_value(key_ok=True, sex=None):
    sex = sex or R.choice("1122228")
    yy = "%02d" % R.randint(0, 99)
    mm = "%02d" % R.choice(list(range(1, 13)) * 5 + [20, 31, 42, 55, 63])
    dep = R.choice(["%02d" % R.randint(1, 95) for _ in range(8)] + ["2A", "2B", "97"])
    com, order = "%03d" % R.randint(1, 990), "%03d" % R.randint(1, 999)
    if dep == "97":  # overseas: 3-digit department, 2-digit commune
        com = str(R.randint(1, 6)) + "%02d" % R.randint(1, 99)
    body = sex + yy + mm + dep + com + order
    num = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - num % 97
    if not key_ok:
        key = key % 97 + 1 if key < 97 else 1
    return body + "%02d" % key


def rpps_value():
    return luhn_complete("10" + digits(8))


IBAN_BBAN = {  # country: generator of the BBAN
    "FR": lambda: digits(10) + "".join(R.choice("0123456789ABCDEFGH") for _ in range(11)) + digits(2),
    "DE": lambda: digits(18),
    "GB": lambda: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(14),
    "ES": lambda: digits(20),
    "IT": lambda: R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(22),
    "BE": lambda: digits(12),
    "NL": lambda: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + digits(10),
    "CH": lambda: digits(17),
    "LU": lambda: digits(16),
    "MC": lambda: digits(23),
}


def iban_mod(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_value(ok=True):
    cc = R.choice(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc]()
    chk = 98 - iban_mod(cc + "00" + bban)
    if not ok:
        chk = chk % 97 + 1 if chk < 97 else 2
    v = "%s%02d%s" % (cc, chk, bban)
    assert (iban_mod(v) == 1) == ok
    return v


def card_value():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        return luhn_complete("4" + digits(14))
    if kind == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)) + digits(13))
    if kind == "mc2":
        return luhn_complete("2" + str(R.randint(221, 720)) + digits(11))
    if kind == "amex":
        return luhn_complete("3" + R.choice("47") + digits(12))
    return luhn_complete("6011" + digits(11))


FIRST = ["Nancy", "Robert", "Camille", "Gabriel", "Inès", "Léa", "Hugo", "Mary", "David",
         "Chloé", "Jules", "Karen", "Thomas", "Manon", "Arthur", "Émilie", "François"]
LAST = ["Johnson", "Mercier", "Moreau", "Garcia", "Lefèvre", "Wilson", "Martin", "Dubois",
        "Taylor", "Girard", "Laurent", "Brown", "Nguyen", "Petit"]
DOMAINS = ["patients.example.net", "example-hospital.org", "mail.example.fr", "chu-example.fr",
           "clinic.example.com"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.",
                  "Oct.", "Nov.", "Dec."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def rand_date():
    while True:
        y, m, d = R.randint(1921, 2019), R.randint(1, 12), R.randint(1, 31)
        mdays = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30,
                 31, 31, 30, 31, 30, 31]
        if d <= mdays[m - 1]:
            return y, m, d


# ------------------------------------------------------- formatted spans
def sep_join(groups, sep):
    return sep.join(groups)


def fmt_ssn(v, lang):
    style = R.choice(["dashed", "dashed", "spaced", "bare"])
    if style == "dashed":
        return None, "%s-%s-%s" % (v[:3], v[3:5], v[5:])
    if style == "spaced":
        return None, "%s %s %s" % (v[:3], v[3:5], v[5:])
    return "ssn", v  # bare: needs a context word


def gen_ssn(lang):
    v = ssn_value()
    need, text = fmt_ssn(v, lang)
    ctx = R.choice(["SSN", "SSN:", "Social Security number", "social security no.", "SS#"])
    if need and R.random() < 0.3:  # the word after the number
        return R.choice(["", "number "]), text, v, R.choice([" (SSN)", " is my SSN", " - social security number"])
    if need or R.random() < 0.5:
        return ctx + " ", text, v
    return R.choice(["number ", "id ", "ref ", ""]), text, v


def gen_npi(lang):
    v = npi_value()
    return R.choice(["NPI ", "NPI: ", "prescriber NPI ", "provider "]), v, v


def gen_dea(lang):
    v = dea_value()
    if R.random() < 0.2:  # lower case: only with its context word
        return R.choice(["DEA ", "DEA number: "]), v.lower(), v
    return R.choice(["DEA ", "DEA #", "DEA number: ", ""]), v, v


def gen_mbi(lang):
    v = mbi_value()
    t = v if R.random() < 0.5 else "%s-%s-%s" % (v[:4], v[4:7], v[7:])
    if R.random() < 0.2:
        t = t.lower()
    return R.choice(["MBI ", "Medicare ID: ", "Medicare number ", ""]), t, v


def gen_phone(lang):
    if lang == "en":
        v = nanp_value()
        a, e, n = v[:3], v[3:6], v[6:]
        t = R.choice(["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n),
                      "+1 %s %s %s" % (a, e, n), "+1-%s-%s-%s" % (a, e, n),
                      "+1 (%s) %s-%s" % (a, e, n), "+1%s%s%s" % (a, e, n),
                      "1-%s-%s-%s" % (a, e, n)] +
                     (["%s %s %s" % (a, e, n)] * 2 if a[1:] != "11" and e[1:] != "11" else []))
        pre = R.choice(["phone ", "call me at ", "cell: ", "Tel. ", "reach me on "])
        return pre, t, "+1" + v
    v = str(R.randint(1, 9)) + digits(8)
    g = [v[1:3], v[3:5], v[5:7], v[7:9]]
    sep = R.choice([" ", ".", "-", "", NBSP])
    t = R.choice(["0" + v[0] + sep + sep.join(g), "+33 " + v[0] + sep + sep.join(g),
                  "+33" + v, "0033 " + v[0] + sep + sep.join(g),
                  "+33 (0)" + v[0] + sep + sep.join(g)])
    pre = R.choice(["tél ", "Tél. : ", "téléphone : ", "portable ", "joignable au "])
    return pre, t, "+33" + v


def gen_dob(lang):
    y, m, d = rand_date()
    iso = "%04d-%02d-%02d" % (y, m, d)
    if lang == "en":
        t = R.choice(["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y),
                      "%02d-%02d-%04d" % (m, d, y), "%s %d, %d" % (MONTHS_EN[m - 1], d, y),
                      "%d %s %d" % (d, MONTHS_EN[m - 1], y),
                      "%s %d %d" % (MONTHS_EN_ABBR[m - 1], d, y), iso])
        pre = R.choice(["DOB ", "DOB: ", "date of birth is ", "Date of Birth: ", "born on ",
                        "born ", "D.O.B. "])
    else:
        day = "1er" if d == 1 and R.random() < 0.5 else str(d)
        t = R.choice(["%02d/%02d/%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y),
                      "%s %s %d" % (day, MONTHS_FR[m - 1], y),
                      "%s %s %d" % (day, MONTHS_FR[m - 1].capitalize(), y)])
        pre = R.choice(["né le ", "née le ", "Date de naissance : ", "date de naissance ",
                        "DDN : ", "Né(e) le "])
    if R.random() < 0.2:  # the word after the date
        post = (R.choice([" (date of birth)", " (DOB)", " - her date of birth"]) if lang == "en"
                else R.choice([" (date de naissance)", " - DDN"]))
        return R.choice(["", "le ", "on "]), t, iso, post
    return pre, t, iso


def gen_mrn(lang):
    v = digits(R.randint(6, 10))
    pre = R.choice(["MRN ", "MRN: ", "MRN#", "medical record number ", "Medical Record No. "]
                   if lang == "en" else
                   ["IPP ", "IPP : ", "n° de dossier ", "N° IPP : ", "numéro de dossier "])
    if R.random() < 0.2:
        return "", v, v, (R.choice([" (MRN)", " is the MRN"]) if lang == "en"
                          else R.choice([" (IPP)", " - numéro de dossier"]))
    return pre, v, v


def gen_email(lang):
    local = R.choice(FIRST).lower().replace("è", "e").replace("é", "e").replace("ç", "c")
    local = local.replace("É", "e") + R.choice([".", "_", ""]) + R.choice(LAST).lower()
    local = "".join(c for c in local if c.isascii()) + str(R.randint(1, 999))
    t = local + "@" + R.choice(DOMAINS)
    if R.random() < 0.3:
        t = t[0].upper() + t[1:]
    return R.choice(["email ", "mail: ", "écrire à ", "<", ""]), t, t.lower()


def gen_card(lang):
    v = card_value()
    if len(v) == 16:
        sep = R.choice([" ", "-", ""])
        t = sep.join([v[0:4], v[4:8], v[8:12], v[12:16]])
    elif len(v) == 15:
        sep = R.choice([" ", "-", ""])
        t = sep.join([v[0:4], v[4:10], v[10:]])
    else:
        t = v
    return R.choice(["card ", "carte ", "Visa ", "card number: ", "CB "]), t, v


STATES = ["IL", "CA", "NY", "TX", "MA", "WA", "FL", "OH"]


def gen_zip(lang):
    v = "%05d" % R.randint(1001, 99950)
    t = v + ("-" + digits(4) if R.random() < 0.4 else "")
    pre = R.choice(["Springfield, %s " % R.choice(STATES), "ZIP code ", "zip: ",
                    "Boston %s " % R.choice(STATES)])
    return pre, t, t.replace("-", "")


def fmt_nir(v, spaced):
    if not spaced:
        return v
    if v[5:7] == "97":
        return " ".join([v[0], v[1:3], v[3:5], v[5:8], v[8:10], v[10:13], v[13:15]])
    return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:15]])


def gen_nir(lang):
    v = nir_value()
    t = fmt_nir(v, R.random() < 0.5)
    pre = R.choice(["NIR ", "n° de sécurité sociale ", "numéro de sécu : ", "N° SS ",
                    "carte vitale "])
    return pre, t, v


def gen_ins(lang):
    v = nir_value()
    t = fmt_nir(v, R.random() < 0.5)
    pre = R.choice(["INS ", "matricule INS : ", "identifiant national de santé (INS) ",
                    "INS-NIR "])
    if R.random() < 0.2:
        return R.choice(["", "numéro "]), t, v, R.choice([" (INS)", " - matricule INS"])
    return pre, t, v


def gen_rpps(lang):
    v = rpps_value()
    t = v
    if R.random() < 0.3:  # spaced: no standard grouping, always with the word RPPS
        cuts = R.choice([[2, 4, 7, 10], [3, 6, 9], [2, 5, 8]])
        t = " ".join(v[a:b] for a, b in zip([0] + cuts, cuts + [11]))
        if R.random() < 0.3:
            return "", t, v, " (RPPS)"
    return R.choice(["RPPS ", "n° RPPS : ", "RPPS du prescripteur "]), t, v


def gen_iban(lang):
    v = iban_value()
    t = v if R.random() < 0.3 else " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if R.random() < 0.15:
        t = t.lower()
    return R.choice(["IBAN ", "IBAN : ", "mon IBAN ", "account "]), t, v


GEN = {
    "ssn": (gen_ssn, "en"), "npi": (gen_npi, "en"), "dea": (gen_dea, "en"),
    "mbi": (gen_mbi, "en"), "phone": (gen_phone, None), "dob": (gen_dob, None),
    "mrn": (gen_mrn, None), "email": (gen_email, None), "card": (gen_card, None),
    "zip": (gen_zip, "en"), "nir": (gen_nir, "fr"), "ins": (gen_ins, "fr"),
    "rpps": (gen_rpps, "fr"), "iban": (gen_iban, None),
}


# --------------------------------------------------------------- decoys
def decoy():
    k = R.choice(["invoice", "order", "ticket", "ups", "nir_key", "ssn_bad", "luhn10",
                  "luhn11", "card_bad", "iban_bad", "dea_bad", "phone_bad", "date_plain",
                  "number8", "zip_plain", "mbi_bad", "version", "amount", "time", "price",
                  "icd10", "lot", "usps", "order_spaced", "date_other", "dea_lower"])
    if k == "time":
        return k, R.choice(["at ", "à ", "vers "]), R.choice(["%d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                                                            "%dh%02d" % (R.randint(0, 23), R.randint(0, 59))])
    if k == "price":
        v = "%d %03d,%02d" % (R.randint(1, 999), R.randint(0, 999), R.randint(0, 99))
        return k, R.choice(["total ", "montant : "]), v.replace(" ", R.choice([" ", NBSP, "\u202f"])) + " €"
    if k == "icd10":
        return k, R.choice(["ICD-10 ", "code CIM-10 ", "diagnosis "]), R.choice(
            ["E11.9", "I10", "J45.909", "S72.001A", "F32.1", "C50.911", "Z79.4", "M54.5"])
    if k == "lot":
        return k, R.choice(["lot ", "LOT ", "batch "]), R.choice(
            ["%s%d%s%d" % (R.choice("ABCDEFGH"), R.randint(1, 9), R.choice("XYZ"), R.randint(10, 99)),
             digits(R.randint(5, 6)), "L" + digits(7)])
    if k == "usps":
        return k, "tracking ", "9400 " + " ".join(digits(4) for _ in range(4)) + " " + digits(2)
    if k == "order_spaced":  # 3-3-4 but an N11 area or exchange, or inside a longer number
        return k, R.choice(["order ", "ref "]), R.choice(
            ["%d11 %s %s" % (R.randint(2, 9), str(R.randint(2, 9)) + digits(2), digits(4)),
             "%s %s %s %s" % (digits(2), str(R.randint(2, 9)) + digits(2),
                              str(R.randint(2, 9)) + digits(2), digits(4))])
    if k == "date_other":
        y, m, d = rand_date()
        return k, R.choice(["admitted on ", "follow-up ", "hospitalisé le ", "last visit "]), R.choice(
            ["%02d/%02d/%04d" % (m, d, y), "%04d-%02d-%02d" % (y, m, d),
             "%d %s %d" % (d, MONTHS_FR[m - 1], y), "%s %d, %d" % (MONTHS_EN[m - 1], d, y)])
    if k == "dea_lower":  # a valid DEA in lower case without its word
        return k, R.choice(["code ", "ref ", ""]), dea_value().lower()
    if k == "invoice":
        return k, "invoice ", "INV-%d-%s" % (R.randint(2019, 2027), digits(5))
    if k == "order":
        return k, "order ", "ORD-" + digits(6)
    if k == "ticket":
        return k, "ticket ", "TKT-" + digits(7)
    if k == "ups":
        return k, "UPS ", "1Z" + "".join(R.choice("0123456789ABCDEFGHJKX") for _ in range(3)) + digits(13)
    if k == "nir_key":
        return k, R.choice(["NIR ", "n° de sécurité sociale "]), fmt_nir(nir_value(False), R.random() < 0.5)
    if k == "ssn_bad":
        bad = R.choice(["000%02d%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                        "666%02d%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                        "%03d%02d%04d" % (R.randint(900, 999), R.randint(1, 99), R.randint(1, 9999)),
                        "%03d00%04d" % (R.randint(1, 665), R.randint(1, 9999)),
                        "%03d%02d0000" % (R.randint(1, 665), R.randint(1, 99)),
                        R.choice(["078051120", "219099999", "457555462"])])
        return k, "SSN ", "%s-%s-%s" % (bad[:3], bad[3:5], bad[5:])
    if k == "luhn10":
        return k, R.choice(["NPI ", "ref ", ""]), luhn_break(npi_value())
    if k == "luhn11":
        return k, R.choice(["RPPS ", "dossier "]), luhn_break(rpps_value())
    if k == "card_bad":
        v = luhn_break(card_value())
        return k, "card ", v
    if k == "iban_bad":
        v = iban_value(False)
        return k, "IBAN ", " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if k == "dea_bad":
        v = dea_value()
        return k, "DEA ", v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)
    if k == "phone_bad":
        return k, "phone ", R.choice(["1%s-%s-%s" % (digits(2), digits(3), digits(4)),
                                      "(0%s) 5%s-%s" % (digits(2), digits(2), digits(4)),
                                      "555-1%s-%s" % (digits(2), digits(4))])
    if k == "date_plain":
        y, m, d = rand_date()
        return k, R.choice(["appointment on ", "rendez-vous le ", "seen on "]), "%02d/%02d/%04d" % (m, d, y)
    if k == "number8":
        return k, R.choice(["Ticket ", "colis ", "lot "]), digits(8)
    if k == "zip_plain":
        return k, R.choice(["walked ", "about "]), "%05d" % R.randint(10000, 99999)
    if k == "mbi_bad":
        v = mbi_value()
        return k, "Medicare ID ", v[:1] + "S" + v[2:]
    if k == "version":
        return k, "version ", "%d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 99), R.randint(0, 99), R.randint(0, 9999))
    return k, R.choice(["total ", "montant "]), "%d,%02d EUR" % (R.randint(10, 99999), R.randint(0, 99))


FILLER = {
    "en": ["Hello,", "Please see below.", "I need to reschedule my appointment.",
           "Could you renew my prescription for lisinopril 10 mg?",
           "I was charged twice this month.", "Thanks,", "The wound looks clean, no fever.",
           "My father has chest pain since 3 pm.", "Regards,", "See you on Tuesday at 10:30."],
    "fr": ["Bonjour,", "Merci de votre retour.", "Je souhaite prendre rendez-vous.",
           "Pouvez-vous renouveler mon ordonnance de metformine 500 mg ?",
           "Je conteste la facture reçue.", "Cordialement,", "Pas de fièvre depuis 2 jours.",
           "Mon père a une douleur thoracique intense.", "Bien à vous,",
           "Rendez-vous mardi à 14h30."],
}


def case():
    lang = R.choice(["en", "fr"])
    parts, spans, decoys = [], [], []
    pos = 0

    def add(s):
        nonlocal pos
        parts.append(s)
        pos += len(s.encode())

    add(R.choice(FILLER[lang]) + "\n")
    types = [t for t, (_, l) in GEN.items() if l in (None, lang)]
    for _ in range(R.randint(1, 4)):
        if R.random() < 0.7:
            t = R.choice(types)
            pre, text, norm, *post = GEN[t][0](lang)
            add(pre)
            spans.append({"type": t, "value": text, "norm": norm, "start": pos,
                          "end": pos + len(text.encode())})
            add(text)
            if post:  # a context word after the identifier
                add(post[0])
        else:
            kind, pre, text = decoy()
            add(pre)
            decoys.append({"kind": kind, "value": text, "start": pos,
                           "end": pos + len(text.encode())})
            add(text)
        add(R.choice([". ", ", ", "\n", " ; ", ".\n"]) + R.choice(FILLER[lang]) + "\n")
    add(R.choice(FIRST) + " " + R.choice(LAST) + "\n")
    return {"lang": lang, "text": "".join(parts), "spans": spans, "decoys": decoys}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for _ in range(n):
            f.write(json.dumps(case(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
