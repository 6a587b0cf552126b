/* test_token.c - token text: format, determinism, key/type sensitivity,
 * an independent recomputation of the id, strict parsing and finding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "store_testutil.h"

#include "token.h"

static mm_hostkey *hk_a, *hk_b;
static unsigned char key_a[32];

static int setup(void **state)
{
    (void)state;
    unsigned char kb[32];
    for (int i = 0; i < 32; i++)
        key_a[i] = (unsigned char)i, kb[i] = (unsigned char)(255 - i);
    if (mm_hostkey_from_bytes(key_a, &hk_a) != MM_OK || mm_hostkey_from_bytes(kb, &hk_b) != MM_OK)
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    mm_hostkey_free(hk_a);
    mm_hostkey_free(hk_b);
    return 0;
}

static void make(const mm_hostkey *hk, mm_phi_type t, const char *v, char *out)
{
    size_t n;
    assert_int_equal(mm_token_make(hk, t, v, strlen(v), out, &n), MM_OK);
    assert_int_equal(n, strlen(out));
}

static void test_format(void **state)
{
    (void)state;
    char t[MM_TOKEN_MAX];
    make(hk_a, MM_PHI_SSN, "123456789", t);
    assert_int_equal(strlen(t), 20);
    assert_memory_equal(t, "[[SSN:", 6);
    assert_memory_equal(t + 18, "]]", 2);
    for (int i = 6; i < 18; i++)
        assert_non_null(strchr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", t[i]));
    make(hk_a, MM_PHI_EMAIL, "john.doe@example.org", t);
    assert_int_equal(strlen(t), 22);
    assert_memory_equal(t, "[[EMAIL:", 8);
    for (int ty = 0; ty < MM_PHI_COUNT; ty++) {
        make(hk_a, (mm_phi_type)ty, "x", t);
        mm_phi_type back;
        assert_int_equal(mm_token_parse(t, strlen(t), &back, NULL), MM_OK);
        assert_int_equal(back, ty);
    }
    size_t n;
    assert_int_equal(mm_token_make(hk_a, MM_PHI_COUNT, "x", 1, t, &n), MM_EINVAL);
}

static void test_deterministic_and_keyed(void **state)
{
    (void)state;
    char a[MM_TOKEN_MAX], b[MM_TOKEN_MAX];
    make(hk_a, MM_PHI_SSN, "123456789", a);
    make(hk_a, MM_PHI_SSN, "123456789", b);
    assert_string_equal(a, b);
    make(hk_a, MM_PHI_SSN, "123456788", b);
    assert_string_not_equal(a, b);
    make(hk_b, MM_PHI_SSN, "123456789", b);
    assert_string_not_equal(a, b);
    /* Same digits, other type: other id, not only another tag. */
    make(hk_a, MM_PHI_ZIP, "123456789", b);
    assert_memory_not_equal(a + 6, b + 6, 12);
    /* NUL bytes in the value count. */
    size_t n;
    assert_int_equal(mm_token_make(hk_a, MM_PHI_MRN, "a\0b", 3, a, &n), MM_OK);
    assert_int_equal(mm_token_make(hk_a, MM_PHI_MRN, "a\0c", 3, b, &n), MM_OK);
    assert_string_not_equal(a, b);
}

/* The id is BLAKE2b keyed with crypto_kdf subkey 2 ("medmiltr") over
 * (type byte, value), first 60 bits in Crockford base32. */
static void test_independent_recomputation(void **state)
{
    (void)state;
    unsigned char sub[32], h[16];
    crypto_kdf_derive_from_key(sub, 32, 2, "medmiltr", key_a);
    unsigned char msg[1 + 9] = {MM_PHI_NPI};
    memcpy(msg + 1, "123456789", 9);
    crypto_generichash(h, 16, msg, sizeof msg, sub, 32);
    const char *alpha = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    char want[32] = "[[NPI:";
    for (int i = 0; i < 12; i++) {
        int bit = i * 5, v = 0;
        for (int j = 0; j < 5; j++)
            v = v << 1 | ((h[(bit + j) / 8] >> (7 - (bit + j) % 8)) & 1);
        want[6 + i] = alpha[v];
    }
    strcpy(want + 18, "]]");
    char got[MM_TOKEN_MAX];
    make(hk_a, MM_PHI_NPI, "123456789", got);
    assert_string_equal(got, want);
}

static void test_parse(void **state)
{
    (void)state;
    mm_phi_type t;
    char id[13];
    assert_int_equal(mm_token_parse("[[SSN:7Q2K9FXD4MHP]]", 20, &t, id), MM_OK);
    assert_int_equal(t, MM_PHI_SSN);
    assert_string_equal(id, "7Q2K9FXD4MHP");
    assert_int_equal(mm_token_parse("[[PHONE:0000000000ZZ]]", 22, &t, NULL), MM_OK);
    assert_int_equal(t, MM_PHI_PHONE);
    static const char *bad[] = {
        "[[ssn:7Q2K9FXD4MHP]]",  "[[XYZ:7Q2K9FXD4MHP]]",  "[[SSN:7Q2K9FXD4MH]]",   "[[SSN:7Q2K9FXD4MHPP]]",
        "[[SSN:7Q2K9FXD4MHI]]",  "[[SSN:7Q2K9FXD4MHL]]",  "[[SSN:7Q2K9FXD4MHO]]",  "[[SSN:7Q2K9FXD4MHU]]",
        "[[SSN:7q2k9fxd4mhp]]",  "[SSN:7Q2K9FXD4MHP]]",   "[[SSN:7Q2K9FXD4MHP]",   "[[SSN-7Q2K9FXD4MHP]]",
        "[[SSN:7Q2K9FXD 4MH]]",  "",                      "[[:7Q2K9FXD4MHP]]",     "[[SSNN7Q2K9FXD4MHP]]",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(mm_token_parse(bad[i], strlen(bad[i]), &t, id), MM_EPARSE);
    /* An embedded NUL is not a token character. */
    assert_int_equal(mm_token_parse("[[SSN:7Q2K9F\0D4MHP]]", 20, &t, id), MM_EPARSE);
}

static void test_find(void **state)
{
    (void)state;
    const char *s = "Patient [[SSN:7Q2K9FXD4MH]] and [[ [[SSN:7Q2K9FXD4MHP]] again";
    size_t off, len;
    assert_int_equal(mm_token_find(s, strlen(s), &off, &len), MM_OK);
    assert_int_equal(len, 20);
    assert_memory_equal(s + off, "[[SSN:7Q2K9FXD4MHP]]", 20);
    assert_int_equal(mm_token_find("no tokens [[here]]", 18, &off, &len), MM_ENOTFOUND);
    /* A token cut by the buffer end is not found. */
    assert_int_equal(mm_token_find("[[SSN:7Q2K9FXD4MHP]", 19, &off, &len), MM_ENOTFOUND);
}

static void test_check(void **state)
{
    (void)state;
    unsigned char c1[16], c2[16];
    uint32_t id;
    assert_int_equal(mm_token_check(hk_a, 0, MM_PHI_SSN, "1", 1, c1, &id), MM_OK);
    assert_int_equal(id, mm_hostkey_id(hk_a));
    assert_int_equal(mm_token_check(hk_a, id, MM_PHI_SSN, "2", 1, c2, NULL), MM_OK);
    assert_memory_not_equal(c1, c2, 16);
    assert_int_equal(mm_token_check(hk_a, id ^ 1, MM_PHI_SSN, "1", 1, c2, NULL), MM_EKEY);
    /* Independently: BLAKE2b-128 keyed with the check subkey over (type, norm). */
    unsigned char sub[32], msg[2] = {MM_PHI_SSN, '1'};
    crypto_kdf_derive_from_key(sub, 32, 3, "medmiltr", key_a);
    crypto_generichash(c2, 16, msg, sizeof msg, sub, 32);
    assert_memory_equal(c1, c2, 16);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),   cmocka_unit_test(test_deterministic_and_keyed),
        cmocka_unit_test(test_independent_recomputation),
        cmocka_unit_test(test_parse),    cmocka_unit_test(test_find),
        cmocka_unit_test(test_check),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
