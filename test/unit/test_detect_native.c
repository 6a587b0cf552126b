/*
 * test_detect_native.c - the C shape matchers (detect_shape.c).
 *
 * Vectors per matcher (valid, invalid, boundaries: a match never starts or
 * ends inside a word or a longer number), then the matchers against their
 * reference, the PCRE2 pattern of the same detector, at every start of
 * many generated strings of digit groups and separators, and the whole
 * detector with and without the matchers on generated mail-like texts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "detect.h"
#include "detect_ctx.h"
#include "detect_shape.h"

/* One vector: fn over the whole of in from offset at matches want (the
 * matched text), or nothing when want is NULL. */
typedef struct vec {
    mm_shape_fn fn;
    const char *in;
    size_t at;
    const char *want;
} vec;

static const vec vecs[] = {
    {mm_shape_ssn_dashed, "716-32-1342", 0, "716-32-1342"},
    {mm_shape_ssn_dashed, "716-32-1342.", 0, "716-32-1342"},
    {mm_shape_ssn_dashed, "716-32-13421", 0, NULL},
    {mm_shape_ssn_dashed, "716-32-1342a", 0, NULL},
    {mm_shape_ssn_dashed, "7160-32-1342", 0, NULL},
    {mm_shape_ssn_dashed, "716-32-134", 0, NULL},
    {mm_shape_ssn_dashed, "716-32-", 0, NULL},
    {mm_shape_ssn_dashed, "716 32-1342", 0, NULL},
    {mm_shape_ssn_dashed, "A716-32-1342", 1, NULL},
    {mm_shape_ssn_dashed, "1716-32-1342", 1, NULL},
    {mm_shape_ssn_dashed, "(716-32-1342)", 1, "716-32-1342"},
    {mm_shape_ssn_spaced, "716 32 1342", 0, "716 32 1342"},
    {mm_shape_ssn_spaced, "716\t32\xc2\xa0" "1342", 0, "716\t32\xc2\xa0" "1342"},
    {mm_shape_ssn_spaced, "716\xe2\x80\xaf" "32 1342", 0, "716\xe2\x80\xaf" "32 1342"},
    {mm_shape_ssn_spaced, "716  32 1342", 0, NULL},
    {mm_shape_ssn_spaced, "716\xc2" "32 1342", 0, NULL},
    {mm_shape_ssn_spaced, "716 32 13420", 0, NULL},
    {mm_shape_ssn_bare, "716321342", 0, "716321342"},
    {mm_shape_ssn_bare, "7163213420", 0, NULL},
    {mm_shape_ssn_bare, "71632134", 0, NULL},
    {mm_shape_ssn_bare, "716321342x", 0, NULL},
    {mm_shape_ssn_bare, "x716321342", 1, NULL},
    {mm_shape_npi, "1234567893", 0, "1234567893"},
    {mm_shape_npi, "2234567893,", 0, "2234567893"},
    {mm_shape_npi, "3234567893", 0, NULL},
    {mm_shape_npi, "12345678931", 0, NULL},
    {mm_shape_npi, "123456789", 0, NULL},
    {mm_shape_dea, "AB1234563", 0, "AB1234563"},
    {mm_shape_dea, "ab1234563 ", 0, "ab1234563"},
    {mm_shape_dea, "F91234563", 0, "F91234563"},
    {mm_shape_dea, "A11234563", 0, NULL},
    {mm_shape_dea, "AB12345630", 0, NULL},
    {mm_shape_dea, "AB123456", 0, NULL},
    {mm_shape_dea, "AB1234563Z", 0, NULL},
    {mm_shape_dea, "XAB1234563", 1, NULL},
    {mm_shape_dea, "#AB1234563", 1, "AB1234563"},
    {mm_shape_mbi, "1EG4TE5MK73", 0, "1EG4TE5MK73"},
    {mm_shape_mbi, "1eg4-te5-mk73.", 0, "1eg4-te5-mk73"},
    /* one dash, not the other */
    {mm_shape_mbi, "1EG4-TE5MK73", 0, NULL},
    {mm_shape_mbi, "1EG4TE5-MK73", 0, NULL},
    /* starts 1-9 */
    {mm_shape_mbi, "0EG4TE5MK73", 0, NULL},
    /* S never */
    {mm_shape_mbi, "1SG4TE5MK73", 0, NULL},
    {mm_shape_mbi, "1EG4TE5MK73X", 0, NULL},
    {mm_shape_mbi, "1EG4TE5MK7", 0, NULL},
    {mm_shape_mbi, "21EG4TE5MK73", 1, NULL},
    {mm_shape_nanp_paren, "(914) 880-1064", 0, "(914) 880-1064"},
    {mm_shape_nanp_paren, "(914)880.1064", 0, "(914)880.1064"},
    {mm_shape_nanp_paren, "+1 (914) 880 1064", 0, "+1 (914) 880 1064"},
    {mm_shape_nanp_paren, "+1(914)\xc2\xa0" "880-1064", 0, "+1(914)\xc2\xa0" "880-1064"},
    {mm_shape_nanp_paren, "(114) 880-1064", 0, NULL},
    {mm_shape_nanp_paren, "(914) 180-1064", 0, NULL},
    {mm_shape_nanp_paren, "+2 (914) 880-1064", 0, NULL},
    {mm_shape_nanp_paren, "(914) 880-10645", 0, NULL},
    {mm_shape_nanp_paren, "(914) 880/1064", 0, NULL},
    {mm_shape_nanp_paren, "(914) 880-1064a", 0, NULL},
    {mm_shape_nanp, "914-880-1064", 0, "914-880-1064"},
    {mm_shape_nanp, "914.880.1064", 0, "914.880.1064"},
    {mm_shape_nanp, "1-914-880-1064", 0, "1-914-880-1064"},
    /* separators differ */
    {mm_shape_nanp, "914-880.1064", 0, NULL},
    {mm_shape_nanp, "1 914-880-1064", 0, NULL},
    {mm_shape_nanp, "914-180-1064", 0, NULL},
    {mm_shape_nanp, "914-880-10641", 0, NULL},
    {mm_shape_nanp, "5914-880-1064", 1, NULL},
    {mm_shape_nanp_intl, "+19148801064", 0, "+19148801064"},
    {mm_shape_nanp_intl, "+1 914 880 1064", 0, "+1 914 880 1064"},
    {mm_shape_nanp_intl, "+1-914.880.1064", 0, "+1-914.880.1064"},
    {mm_shape_nanp_intl, "+1\xe2\x80\xaf" "914\xe2\x80\xaf" "880\xe2\x80\xaf" "1064", 0, "+1\xe2\x80\xaf" "914\xe2\x80\xaf" "880\xe2\x80\xaf" "1064"},
    {mm_shape_nanp_intl, "+1 914 880-1064", 0, NULL},
    {mm_shape_nanp_intl, "+1 914 880 10645", 0, NULL},
    {mm_shape_nanp_intl, "+1\t914 880 1064", 0, NULL},
    {mm_shape_nanp_intl, "a+19148801064", 1, NULL},
    {mm_shape_nanp_spaced, "914 880 1064", 0, "914 880 1064"},
    {mm_shape_nanp_spaced, "914  880 1064", 0, NULL},
    {mm_shape_nanp_spaced, "914 880-1064", 0, NULL},
    {mm_shape_nanp_spaced, "914 180 1064", 0, NULL},
    {mm_shape_nanp_spaced, "914 880 10640", 0, NULL},
    {mm_shape_fr_phone, "01 31 37 21 59", 0, "01 31 37 21 59"},
    {mm_shape_fr_phone, "0131372159", 0, "0131372159"},
    {mm_shape_fr_phone, "06.31.37.21.59.", 0, "06.31.37.21.59"},
    {mm_shape_fr_phone, "06\xc2\xa0" "31\xc2\xa0" "37\xc2\xa0" "21\xc2\xa0" "59", 0, "06\xc2\xa0" "31\xc2\xa0" "37\xc2\xa0" "21\xc2\xa0" "59"},
    {mm_shape_fr_phone, "06 31.37 21 59", 0, NULL},
    {mm_shape_fr_phone, "00 31 37 21 59", 0, NULL},
    {mm_shape_fr_phone, "06 31 37 21 590", 0, NULL},
    {mm_shape_fr_phone, "06 31 37 21", 0, NULL},
    {mm_shape_fr_phone, "06313721590", 0, NULL},
    {mm_shape_fr_phone, "06\t31\t37\t21\t59", 0, NULL},
    {mm_shape_fr_intl, "+33 1 31 37 21 59", 0, "+33 1 31 37 21 59"},
    {mm_shape_fr_intl, "+33 (0)1 31 37 21 59", 0, "+33 (0)1 31 37 21 59"},
    {mm_shape_fr_intl, "+33(0)131372159", 0, "+33(0)131372159"},
    {mm_shape_fr_intl, "0033 6 31 37 21 59", 0, "0033 6 31 37 21 59"},
    {mm_shape_fr_intl, "+33631372159", 0, "+33631372159"},
    {mm_shape_fr_intl, "+33 0 31 37 21 59", 0, NULL},
    {mm_shape_fr_intl, "+34 6 31 37 21 59", 0, NULL},
    {mm_shape_fr_intl, "033 6 31 37 21 59", 0, NULL},
    {mm_shape_fr_intl, "+33 (1)6 31 37 21 59", 0, NULL},
    {mm_shape_fr_intl, "10033 6 31 37 21 59", 1, NULL},
    {mm_shape_date_num, "08/03/1946", 0, "08/03/1946"},
    {mm_shape_date_num, "8-3-46", 0, "8-3-46"},
    {mm_shape_date_num, "8.3.1946.", 0, "8.3.1946"},
    {mm_shape_date_num, "08/03-1946", 0, NULL},
    {mm_shape_date_num, "108/03/1946", 0, NULL},
    {mm_shape_date_num, "08/03/194", 0, NULL},
    {mm_shape_date_num, "08/03/19460", 0, NULL},
    {mm_shape_date_num, "08/03/1946a", 0, NULL},
    {mm_shape_date_num, "08/003/1946", 0, NULL},
    {mm_shape_date_num, "x08/03/1946", 1, NULL},
    {mm_shape_date_iso, "1946-08-03", 0, "1946-08-03"},
    {mm_shape_date_iso, "1946/8/3 ", 0, "1946/8/3"},
    {mm_shape_date_iso, "1946-08/03", 0, NULL},
    {mm_shape_date_iso, "1946.08.03", 0, NULL},
    {mm_shape_date_iso, "1946-08-031", 0, NULL},
    {mm_shape_date_iso, "19460-08-03", 0, NULL},
    {mm_shape_card, "4111111111111111", 0, "4111111111111111"},
    {mm_shape_card, "4111 1111 1111 1111", 0, "4111 1111 1111 1111"},
    {mm_shape_card, "4111-1111-1111-1111-123", 0, "4111-1111-1111-1111-123"},
    {mm_shape_card, "3782 822463 10005", 0, "3782 822463 10005"},
    /* a fifth group too long is given back: the match ends at the fourth */
    {mm_shape_card, "4111 1111 1111 1111 12345", 0, "4111 1111 1111 1111"},
    {mm_shape_card, "4111 1111 1111 1111 123a", 0, "4111 1111 1111 1111"},
    {mm_shape_card, "7111111111111111", 0, NULL},
    {mm_shape_card, "41111111111111111111", 0, NULL},
    {mm_shape_card, "411111111111", 0, NULL},
    {mm_shape_card, "4111 1111-1111 1111", 0, NULL},
    {mm_shape_card, "4111 1111 1111 11111", 0, NULL},
    {mm_shape_card, "4111111111111111x", 0, NULL},
    {mm_shape_zip, "62704", 0, "62704"},
    {mm_shape_zip, "62704-1234", 0, "62704-1234"},
    {mm_shape_zip, "62704-12345", 0, "62704"},
    {mm_shape_zip, "62704-123", 0, "62704"},
    {mm_shape_zip, "627041", 0, NULL},
    {mm_shape_zip, "6270", 0, NULL},
    {mm_shape_zip, "62704b", 0, NULL},
    {mm_shape_nir, "185022B12752220", 0, "185022B12752220"},
    {mm_shape_nir, "1 85 02 2B 127 522 20", 0, "1 85 02 2B 127 522 20"},
    {mm_shape_nir, "1.85.02.975.23.456.13", 0, "1.85.02.975.23.456.13"},
    {mm_shape_nir, "2 85 02 97 523 456 13", 0, "2 85 02 97 523 456 13"},
    {mm_shape_nir, "4 85 02 2B 127 522 20", 0, NULL},
    {mm_shape_nir, "1 85 02-2B 127 522 20", 0, NULL},
    {mm_shape_nir, "1 85 02 2C 127 522 20", 0, NULL},
    {mm_shape_nir, "1 85 02 2B 127 522 201", 0, NULL},
    {mm_shape_nir, "1850222B12752220", 0, NULL},
    {mm_shape_rpps, "10101234567", 0, "10101234567"},
    {mm_shape_rpps, "101012345678", 0, NULL},
    {mm_shape_rpps, "1010123456", 0, NULL},
    {mm_shape_rpps_spaced, "10 00 123 456 5", 0, "10 00 123 456 5"},
    {mm_shape_rpps_spaced, "100 0123 4565", 0, "100 0123 4565"},
    /* a sixth group is left out, and a last group followed by a letter */
    {mm_shape_rpps_spaced, "10 1 2 3 4 5 6", 0, "10 1 2 3 4 5"},
    {mm_shape_rpps_spaced, "10 12 34 56a", 0, "10 12 34"},
    {mm_shape_rpps_spaced, "10 12a", 0, NULL},
    {mm_shape_rpps_spaced, "1 00 123 456 5", 0, NULL},
    {mm_shape_rpps_spaced, "20 00 123 456 5", 0, NULL},
    {mm_shape_rpps_spaced, "10000 123 456 5", 0, NULL},
    {mm_shape_date_en, "March 3, 1946", 0, "March 3, 1946"},
    {mm_shape_date_en, "Sept. 13th\xc2\xa0" "1946.", 0, "Sept. 13th\xc2\xa0" "1946"},
    {mm_shape_date_en, "jan5 1946", 0, "jan5 1946"},
    {mm_shape_date_en, "3rd of March 1946", 0, "3rd of March 1946"},
    {mm_shape_date_en, "3 OCTOBER, 1946", 0, "3 OCTOBER, 1946"},
    {mm_shape_date_en, "3 of oct 1946", 0, "3 of oct 1946"},
    {mm_shape_date_en, "Marche 3, 1946", 0, NULL},
    {mm_shape_date_en, "March 3,1946", 0, NULL},
    {mm_shape_date_en, "March 3, 19460", 0, NULL},
    {mm_shape_date_en, "March 123, 1946", 0, NULL},
    {mm_shape_date_en, "3rdof March 1946", 0, NULL},
    {mm_shape_date_en, "3 of  1946", 0, NULL},
    {mm_shape_date_en, "March 3, 1946x", 0, NULL},
    {mm_shape_date_en, "xMarch 3, 1946", 1, NULL},
    {mm_shape_date_fr, "1er ao\xc3\xbbt 1946", 0, "1er ao\xc3\xbbt 1946"},
    {mm_shape_date_fr, "12 D\xc3\x89" "CEMBRE 1950", 0, "12 D\xc3\x89" "CEMBRE 1950"},
    {mm_shape_date_fr, "3 f\xc3\xa9vr. 1946", 0, "3 f\xc3\xa9vr. 1946"},
    {mm_shape_date_fr, "3 mars\t1946", 0, "3 mars\t1946"},
    {mm_shape_date_fr, "3 d\xc3\xa9" "c\xc3\xa9mbre 1946", 0, NULL},
    {mm_shape_date_fr, "1ER  JANVIER 1946", 0, "1ER  JANVIER 1946"},
    {mm_shape_date_fr, "1e mars 1946", 0, NULL},
    {mm_shape_date_fr, "123 mars 1946", 0, NULL},
    {mm_shape_date_fr, "3 march 1946", 0, NULL},
    {mm_shape_date_fr, "3 mars 1946", 1, NULL},
    {mm_shape_iban, "FR7630006000011234567890189", 0, "FR7630006000011234567890189"},
    {mm_shape_iban, "fr76 3000 6000 0112 3456 7890 189.", 0, "fr76 3000 6000 0112 3456 7890 189"},
    {mm_shape_iban, "FR76 3000 6000 0112 3456 7890 18901", 0, "FR76 3000 6000 0112 3456 7890"},
    {mm_shape_iban, "FR76 3000 6000 0112 3456 7890 1890 1234", 0,
     "FR76 3000 6000 0112 3456 7890 1890 1234"},
    {mm_shape_iban, "FR76 3000 60001", 0, NULL},
    {mm_shape_iban, "FR76 3000", 0, NULL},
    {mm_shape_iban, "FR76300060000", 0, NULL},
    {mm_shape_iban, "FR763000600001123456789018901234567", 0, NULL},
    {mm_shape_iban, "F776 3000 6000 0112", 0, NULL},
    {mm_shape_iban, "XFR76 3000 6000 0112", 1, NULL},
    {mm_shape_mrn, "123456", 0, "123456"},
    {mm_shape_mrn, "1234567890", 0, "1234567890"},
    {mm_shape_mrn, "12345", 0, NULL},
    {mm_shape_mrn, "12345678901", 0, NULL},
    {mm_shape_mrn, "123456A", 0, NULL},
    {mm_shape_mrn, "A123456", 1, NULL},
};

static void test_vectors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof vecs / sizeof *vecs; i++) {
        const vec *v = &vecs[i];
        size_t len = strlen(v->in), e = v->fn(v->in, len, v->at);
        if (v->want == NULL && e != 0)
            fail_msg("vector %zu \"%s\": unexpected match of %zu bytes", i, v->in, e - v->at);
        if (v->want != NULL && (e <= v->at || e - v->at != strlen(v->want) ||
                                memcmp(v->in + v->at, v->want, e - v->at) != 0))
            fail_msg("vector %zu \"%s\": wanted \"%s\", got end %zu", i, v->in, v->want, e);
    }
}

static void test_month(void **state)
{
    (void)state;
    assert_int_equal(mm_shape_month("March", 5), 3);
    assert_int_equal(mm_shape_month("SEPT", 4), 9);
    assert_int_equal(mm_shape_month("d\xc3\xa9" "cembre", 9), 12);
    assert_int_equal(mm_shape_month("ao\xc3\xbbt", 5), 8);
    assert_int_equal(mm_shape_month("F\xc3\x89VR", 5), 2);
    assert_int_equal(mm_shape_month("marc", 4), 0);
    assert_int_equal(mm_shape_month("", 0), 0);
    assert_int_equal(mm_shape_month("juillet", 7), 7);
    assert_int_equal(mm_shape_month("julyy", 5), 0);
}

/* ------------------------------------------------------------------ */
/* Against the PCRE2 reference                                          */

static uint64_t rng = 0x9E3779B97F4A7C15u;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static const char *const pieces[] = {
    " ", " ", " ", "-", "-", ".", "/", "\t", "\xc2\xa0", "\xe2\x80\xaf", "\xc2", "(", ")",
    "+", "+1 ", "+33 ", "(0)", "00", "0033", "A", "b", "2A", "2b", "FR", "x", ",", "e",
    "\xc3\xa9", "Sept ", "mars ", "1er ", "th ", "of ",
};

/* Group lengths of the shapes, to be met, missed by one, or mixed. */
static const char *const layouts[] = {
    "324", "334", "22222", "4444", "44443", "465", "464", "1222332", "1223232", "12223",
    "224", "422", "3334", "1334", "21334", "4212", "2123", "#9", "#10", "#11", "#15", "#16",
    "#5", "54", "#6", "133", "11111", "2344", "4444444", "34", "2222", "32", "1222", "12222",
};
static const char *const seps[] = {" ", "-", ".", "/", "\xc2\xa0", "\xe2\x80\xaf", "\t", ""};
static const char *const dates[] = {
    "March", "mar.", "SEPT", "Sept.", "september", "sept", "jan", "janv", "janvier", "mai", "may",
    "ao\xc3\xbbt", "AO\xc3\x9bT", "aout", "f\xc3\xa9vr", "F\xc3\x89VRIER", "fevrier", "d\xc3\xa9" "c",
    "D\xc3\xa9" "cembre", "mars", "december", "juil", "july", "june", "juin", "oct", "octobre", "avr",
    "1er", "1ER", "1e", "3rd", "21st", "2nd", "13th", "4TH", "of", "OF", "marc", "Marche",
    "d\xc3\xa9" "c\xc3\xa9mbre", "x", ",", ".",
};
static const char *const heads[] = {"+1 ", "+1", "(", "+1 (", "1-", "1.", "+33 ", "+33 (0)",
                                    "0033 ", "+", "AB", "ab", "F9", "FR76 ", "x", "2A", "GB29", "de89 ", "NWBK ", "(914) ", "(212)",
                                    "+1 (914) ", "+1(212)\xc2\xa0", "(814)-", "+33(0)", "+33 6",
                                    "+1 9", "+12", "0033 (0) 1"};

static void put(char *buf, size_t *n, const char *p)
{
    memcpy(buf + *n, p, strlen(p));
    *n += strlen(p);
}

/* A string of digit groups and separators, mostly in the layouts of the
 * shapes, and of letter-digit mixes like an MBI. */
static size_t gen_shapes(char *buf, size_t cap)
{
    size_t n = 0, want = 8 + rnd(40);
    while (n < want && n + 64 < cap) {
        unsigned k = rnd(6);
        if (k == 0) {
            put(buf, &n, pieces[rnd(sizeof pieces / sizeof *pieces)]);
        } else if (k == 1) {
            put(buf, &n, heads[rnd(sizeof heads / sizeof *heads)]);
        } else if (k == 2) { /* MBI-like: digit letter x digit - letter x digit - letters digits */
            static const char *const cls[] = {"19", "AEGKy", "A9c", "09", "AEGK", "A9", "09",
                                              "AHMN", "KPTz", "09", "09"};
            const char *dash = rnd(2) ? "-" : "";
            for (int j = 0; j < 11; j++) {
                const char *c = cls[j];
                buf[n++] = c[rnd((unsigned)strlen(c))];
                if ((j == 3 || j == 6) && rnd(5))
                    put(buf, &n, dash);
            }
        } else if (k == 3 && rnd(2)) { /* a text date, or nearly */
            static const char *const bl[] = {" ", " ", "  ", "\t", "\xc2\xa0", "\xe2\x80\xaf",
                                             "", "-", ", "};
            static const char *const ord[] = {"", "", "st", "ND", "rd", "th", "x"};
            const char *mon = dates[rnd(20)]; /* the month-like ones */
            unsigned form = rnd(3), day = 1 + rnd(rnd(5) == 0 ? 3 : 2), yr = rnd(5) ? 4 : 2 + rnd(4);
            char dd[8], yy[8];
            for (unsigned q = 0; q < day; q++)
                dd[q] = (char)('0' + rnd(10));
            dd[day] = '\0';
            for (unsigned q = 0; q < yr; q++)
                yy[q] = (char)('0' + rnd(10));
            yy[yr] = '\0';
            if (form == 0) {
                put(buf, &n, mon);
                put(buf, &n, rnd(3) ? bl[rnd(3)] : "");
                put(buf, &n, dd);
                put(buf, &n, ord[rnd(7)]);
                put(buf, &n, rnd(3) ? "" : ",");
            } else if (form == 1) {
                put(buf, &n, dd);
                put(buf, &n, ord[rnd(7)]);
                put(buf, &n, bl[rnd(9)]);
                if (rnd(2)) {
                    put(buf, &n, rnd(4) ? "of" : "OF");
                    put(buf, &n, bl[rnd(9)]);
                }
                put(buf, &n, mon);
                put(buf, &n, rnd(3) ? "" : ",");
            } else {
                put(buf, &n, rnd(3) ? dd : rnd(2) ? "1er" : "1ER");
                put(buf, &n, bl[rnd(9)]);
                put(buf, &n, mon);
            }
            put(buf, &n, bl[rnd(9)]);
            put(buf, &n, yy);
        } else if (k == 3) { /* random digit run */
            unsigned r = 1 + rnd(rnd(4) == 0 ? 20 : 6);
            for (unsigned j = 0; j < r; j++)
                buf[n++] = (char)('0' + rnd(10));
        } else { /* a layout, after a head or not */
            static const char *const after_head[] = {"34", "334", "2222", "22222", "1222",
                                                     "444444", "#22"};
            const char *l = layouts[rnd(sizeof layouts / sizeof *layouts)];
            if (rnd(3) == 0) {
                put(buf, &n, heads[rnd(sizeof heads / sizeof *heads)]);
                l = after_head[rnd(sizeof after_head / sizeof *after_head)];
            }
            const char *sp = seps[rnd(sizeof seps / sizeof *seps)];
            size_t ng = l[0] == '#' ? 1 : strlen(l); /* #n: one run of n digits */
            for (size_t g = 0; g < ng; g++) {
                unsigned len = l[0] == '#' ? (unsigned)atoi(l + 1) : (unsigned)(l[g] - '0');
                if (rnd(8) == 0)
                    len = len + rnd(3) - 1;
                for (unsigned j = 0; j < len && n + 40 < cap; j++)
                    buf[n++] = (char)('0' + rnd(10));
                if (g + 1 < ng)
                    put(buf, &n, rnd(12) ? sp : seps[rnd(sizeof seps / sizeof *seps)]);
            }
        }
    }
    return n;
}

static void test_against_pcre2(void **state)
{
    (void)state;
    mm_detector *d;
    char err[256];
    assert_int_equal(mm_detector_new(NULL, &d, err, sizeof err), MM_OK);
    pcre2_match_data *md = pcre2_match_data_create(16, NULL);
    assert_non_null(md);
    size_t ndet = 0, nshape = 0, matches = 0;
    const char *id;
    mm_shape_fn fn;
    const void *re;
    uint32_t runs;
    for (size_t i = 0; mm_detector_shape_at(d, i, &id, &fn, &re, &runs); i++)
        ndet++, nshape += fn != NULL;
    /* every all-digit shape, DEA, MBI, default MRN */
    assert_true(nshape >= 20);
    char buf[256];
    for (int iter = 0; iter < 30000; iter++) {
        size_t n = gen_shapes(buf, sizeof buf);
        for (size_t i = 0; i < ndet; i++) {
            assert_true(mm_detector_shape_at(d, i, &id, &fn, &re, &runs));
            if (fn == NULL)
                continue;
            for (size_t s = 0; s < n; s++) {
                int rc = pcre2_match(re, (PCRE2_SPTR)buf, n, s, PCRE2_ANCHORED, md, NULL);
                size_t want = rc > 0 ? pcre2_get_ovector_pointer(md)[1] : 0;
                size_t got = fn(buf, n, s);
                if (got != want)
                    fail_msg("%s at %zu of \"%.*s\": C %zu, PCRE2 %zu", id, s, (int)n, buf, got,
                             want);
                matches += want != 0;
                /* the prefilter on the digit run a match starts with */
                size_t k = s;
                while (k < n && k - s < 31 && buf[k] >= '0' && buf[k] <= '9')
                    k++;
                if (got && k > s && !(runs & (1u << (k - s))))
                    fail_msg("%s at %zu of \"%.*s\": a match starting with %zu digits", id, s,
                             (int)n, buf, k - s);
            }
        }
    }
    /* the generator does reach the shapes */
    assert_true(matches > 2000);
    pcre2_match_data_free(md);
    mm_detector_free(d);
}

/* ------------------------------------------------------------------ */
/* Context words against their pattern                                  */

static const char *const words[] = {
    "MRN", "MRN#", "medical record number", "medical record", "n\xc2\xb0 IPP", "IPP",
    "num\xc3\xa9ro de dossier", "n\xc2\xb0 de dossier", "dossier n\xc2\xba", "n\xc3\xa9 le",
    "n\xc3\xa9(e) le", "DDN", "ZIP+4", "D.O.B.", "soc. sec.", "x\tx", "a \t b", "end ",
    "\xc3\xb1o", "caf\xc3\xa9", "\xc3\x89t\xc3\xa9", "o\xc2\xa0o",
};
static const char *const text_bits[] = {
    "MRN", "mrn", "Mrn#", "medical", " ", "  ", "\t", "\xc2\xa0", "\xe2\x80\xaf", "record",
    "number", "n\xc2\xb0", "n\xc2\xba", "no", "N", "IPP", "ipp", "num\xc3\xa9ro", "NUM\xc3\x89RO",
    "numero", "de", "dossier", "n\xc3\xa9", "NE", "le", "(e)", "DDN", "ZIP+4", "zip", "D.O.B.",
    "soc.", "sec.", "x", "a", "b", "end", "\xc3\xb1o", "\xc3\xb1", "caf\xc3\xa9", "cafe",
    "\xc3\xa9t\xc3\xa9", "ete", "o", "12", "-", ":", "\xc3", "\xc9", "\xa9", "\n",
};

static void test_ctx_words(void **state)
{
    (void)state;
    size_t nw = sizeof words / sizeof *words;
    mm_buf b = MM_BUF_INIT;
    assert_int_equal(mm_ctx_pattern(&b, words, nw), MM_OK);
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_CASELESS | PCRE2_NEVER_UTF,
                                   &ec, &eo, NULL);
    assert_non_null(re);
    mm_buf_free(&b);
    mm_ctxwords *cw;
    assert_int_equal(mm_ctxwords_new(words, nw, &cw), MM_OK);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    assert_non_null(md);
    char buf[256];
    size_t found = 0;
    for (int iter = 0; iter < 20000; iter++) {
        size_t n = 0, parts = 1 + rnd(12);
        for (size_t k = 0; k < parts; k++) {
            const char *p = text_bits[rnd(sizeof text_bits / sizeof *text_bits)];
            memcpy(buf + n, p, strlen(p));
            n += strlen(p);
        }
        size_t end = n - rnd((unsigned)(n < 4 ? n + 1 : 4));
        for (size_t from = 0; from < end; from++) {
            size_t start = 0, e = mm_ctxwords_find(cw, buf, end, from, end, &start);
            int rc = pcre2_match(re, (PCRE2_SPTR)buf, end, from, 0, md, NULL);
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
            if ((rc < 0) != (e == SIZE_MAX) || (rc >= 0 && (ov[0] != start || ov[1] != e)))
                fail_msg("\"%.*s\" (end %zu) from %zu: C %zu-%zu, PCRE2 %s %zu-%zu", (int)n, buf,
                         end, from, start, e, rc < 0 ? "none" : "", rc < 0 ? 0 : (size_t)ov[0],
                         rc < 0 ? 0 : (size_t)ov[1]);
            found += e != SIZE_MAX;
        }
    }
    assert_true(found > 10000);
    /* an empty list finds nothing */
    mm_ctxwords *none;
    assert_int_equal(mm_ctxwords_new(words, 0, &none), MM_OK);
    size_t st;
    assert_int_equal(mm_ctxwords_find(none, "MRN", 3, 0, 3, &st), SIZE_MAX);
    /* a start limit: nothing from it on */
    assert_int_equal(mm_ctxwords_find(cw, "x MRN", 5, 0, 2, &st), SIZE_MAX);
    assert_int_equal(mm_ctxwords_find(cw, "x MRN", 5, 0, 3, &st), 5);
    assert_int_equal(st, 2);
    mm_ctxwords_free(none);
    mm_ctxwords_free(cw);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
}

/* ------------------------------------------------------------------ */
/* Whole detector, with and without the matchers                       */

static const char *const ctx_words[] = {
    "SSN ", "DOB: ", "MRN ", "n\xc3\xa9 le ", "INS ", "RPPS ", "DEA ", "ZIP ", "IL ",
    "date of birth ", "born ", "Patient ", "tel ", "NIR ", "IBAN ", "card ", "MRN#: ",
    "n\xc2\xb0 de dossier ", "date de naissance\xc2\xa0: ", "RPPS n\xc2\xb0 ", "ZIP code ",
    "Springfield, IL ", "matricule INS ", "IPP ", "soc. sec. ", "DDN ", "born on\n",
    " (date of birth)", " is my SSN", " \xe2\x80\x94 INS", "seen on ", "ref ",
};
static const char *const ids[] = {
    "716-32-1342", "716 32 1342", "716321342", "1234567893", "AB1234563", "ab1234563",
    "1EG4-TE5-MK73", "(914) 880-1064", "+1 914 880 1064", "914.880.1064", "914 880 1064",
    "01 31 37 21 59", "+33 (0)1 31 37 21 59", "0033 6 31 37 21 59", "08/03/1946", "8-3-46",
    "1946-08-03", "March 3, 1946", "3rd of March 1946", "1er ao\xc3\xbbt 1946",
    "12 D\xc3\x89" "CEMBRE 1950", "4111 1111 1111 1111", "4111111111111111", "3782 822463 10005",
    "62704", "62704-1234", "1 85 02 2B 127 522 20", "185022B12752220", "10101234567",
    "10 00 123 456 5", "1234567", "FR76 3000 6000 0112 3456 7890 189", "mary@example.org",
};

static void mutate(char *s, size_t n)
{
    if (n == 0 || rnd(3) != 0)
        return;
    size_t i = rnd((unsigned)n);
    if (s[i] >= '0' && s[i] <= '9')
        s[i] = (char)('0' + rnd(10));
    else if (s[i] == ' ')
        s[i] = "-./ "[rnd(4)];
}

static size_t gen_text(char *buf, size_t cap)
{
    size_t n = 0, parts = 1 + rnd(8);
    for (size_t k = 0; k < parts && n + 64 < cap; k++) {
        const char *p;
        switch (rnd(4)) {
        case 0:
            p = ctx_words[rnd(sizeof ctx_words / sizeof *ctx_words)];
            break;
        case 1:
            p = pieces[rnd(sizeof pieces / sizeof *pieces)];
            break;
        default:
            if (rnd(2)) { /* a context word right before */
                const char *w = ctx_words[rnd(sizeof ctx_words / sizeof *ctx_words)];
                memcpy(buf + n, w, strlen(w));
                n += strlen(w);
            }
            p = ids[rnd(sizeof ids / sizeof *ids)];
            break;
        }
        size_t l = strlen(p);
        memcpy(buf + n, p, l);
        mutate(buf + n, l);
        n += l;
        if (rnd(2))
            buf[n++] = " ,\n;"[rnd(4)];
    }
    return n;
}

static void test_detector_native_off(void **state)
{
    (void)state;
    mm_detector *a, *b;
    mm_detect_scratch *sa, *sb;
    char err[256];
    json_t *cfg = json_pack("{s:i}", "reference_year", 2026);
    assert_int_equal(mm_detector_new(cfg, &a, err, sizeof err), MM_OK);
    assert_int_equal(mm_detector_new(cfg, &b, err, sizeof err), MM_OK);
    json_decref(cfg);
    mm_detector_set_native(b, false);
    assert_int_equal(mm_detect_scratch_new(a, &sa), MM_OK);
    assert_int_equal(mm_detect_scratch_new(b, &sb), MM_OK);
    char buf[1024];
    size_t spans = 0;
    for (int iter = 0; iter < 12000; iter++) {
        size_t n = gen_text(buf, sizeof buf);
        mm_span_list la = {0}, lb = {0};
        assert_int_equal(mm_detect_run(a, sa, buf, n, &la), MM_OK);
        assert_int_equal(mm_detect_run(b, sb, buf, n, &lb), MM_OK);
        if (la.n != lb.n)
            fail_msg("\"%.*s\": %zu spans with the matchers, %zu without", (int)n, buf, la.n, lb.n);
        for (size_t k = 0; k < la.n; k++) {
            const mm_span *x = &la.v[k], *y = &lb.v[k];
            if (x->type != y->type || x->start != y->start || x->end != y->end ||
                strcmp(x->norm, y->norm) != 0 || strcmp(x->detector, y->detector) != 0)
                fail_msg("\"%.*s\": span %zu differs (%s %zu-%zu / %s %zu-%zu)", (int)n, buf, k,
                         x->detector, x->start, x->end, y->detector, y->start, y->end);
        }
        spans += la.n;
        mm_span_list_free(&la);
        mm_span_list_free(&lb);
    }
    assert_true(spans > 3000);
    mm_detect_scratch_free(sa);
    mm_detect_scratch_free(sb);
    mm_detector_free(a);
    mm_detector_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_month),
        cmocka_unit_test(test_against_pcre2),
        cmocka_unit_test(test_ctx_words),
        cmocka_unit_test(test_detector_native_off),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
