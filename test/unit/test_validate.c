/* test_validate.c - checksum and structure validators: valid and invalid vectors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "validate.h"

#define V(fn, s) fn(s, strlen(s))

static void test_luhn(void **state)
{
    (void)state;
    assert_true(V(mm_valid_luhn, "79927398713"));
    assert_false(V(mm_valid_luhn, "79927398710"));
    assert_false(V(mm_valid_luhn, "7992739871a"));
    assert_false(V(mm_valid_luhn, "0"));
}

static void test_ssn(void **state)
{
    (void)state;
    assert_true(V(mm_valid_ssn, "123456789"));
    assert_true(V(mm_valid_ssn, "716321342"));
    assert_true(V(mm_valid_ssn, "899991234"));
    const char *bad[] = {"000123456", "666123456", "900123456", "999123456", "123006789",
                         "123450000", "078051120", "219099999", "457555462", "12345678",
                         "1234567890", "12345678x"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_false(V(mm_valid_ssn, bad[i]));
}

static void test_npi(void **state)
{
    (void)state;
    assert_true(V(mm_valid_npi, "1234567893"));
    assert_false(V(mm_valid_npi, "1234567890"));
    assert_false(V(mm_valid_npi, "3234567893")); /* must start 1 or 2 */
    assert_false(V(mm_valid_npi, "123456789"));
}

static void test_dea(void **state)
{
    (void)state;
    assert_true(V(mm_valid_dea, "AB1234563"));
    assert_true(V(mm_valid_dea, "F91234563"));
    assert_false(V(mm_valid_dea, "AB1234564"));
    assert_false(V(mm_valid_dea, "IB1234563")); /* I is no registrant type */
    assert_false(V(mm_valid_dea, "A11234563"));
    assert_false(V(mm_valid_dea, "AB123456"));
}

static void test_mbi(void **state)
{
    (void)state;
    assert_true(V(mm_valid_mbi, "1EG4TE5MK73"));
    assert_true(V(mm_valid_mbi, "9AA0AA0AA00"));
    assert_false(V(mm_valid_mbi, "0EG4TE5MK73"));
    assert_false(V(mm_valid_mbi, "1SG4TE5MK73"));
    assert_false(V(mm_valid_mbi, "1EG4TE5MK7Z"));
    assert_false(V(mm_valid_mbi, "1EGATE5MK73")); /* position 4 must be a digit */
    assert_false(V(mm_valid_mbi, "1EG4TE5MB73")); /* B never */
    assert_false(V(mm_valid_mbi, "1EG4TE5MK7"));
}

static void test_nir(void **state)
{
    (void)state;
    assert_true(V(mm_valid_nir, "280072B10749450"));
    assert_true(V(mm_valid_nir, "264066704526928"));
    assert_true(V(mm_valid_nir, "143083197779509"));
    assert_true(V(mm_valid_nir, "186122A58113068"));
    assert_false(V(mm_valid_nir, "143083197779508")); /* wrong key */
    assert_false(V(mm_valid_nir, "280072A10749450")); /* 2B key with 2A */
    assert_false(V(mm_valid_nir, "343083197779509")); /* sex 3 */
    assert_false(V(mm_valid_nir, "143133197779509")); /* month 13 */
    assert_false(V(mm_valid_nir, "14308319777950"));
}

static void test_iban(void **state)
{
    (void)state;
    assert_true(V(mm_valid_iban, "FR1420041010050500013M02606"));
    assert_true(V(mm_valid_iban, "GB82WEST12345698765432"));
    assert_true(V(mm_valid_iban, "DE89370400440532013000"));
    assert_true(V(mm_valid_iban, "FR1835873557063606071043195"));
    assert_false(V(mm_valid_iban, "GB82WEST12345698765433"));
    assert_false(V(mm_valid_iban, "FR142004101005050001302606")); /* FR length is 27 */
    assert_false(V(mm_valid_iban, "XX82WEST12345698765432"));
    assert_false(V(mm_valid_iban, "GBAAWEST12345698765432"));
    assert_int_equal(mm_iban_length("FR"), 27);
    assert_int_equal(mm_iban_length("ZZ"), 0);
}

static void test_rpps_card_phone_date(void **state)
{
    (void)state;
    assert_true(V(mm_valid_rpps, "10003456786"));
    assert_false(V(mm_valid_rpps, "10003456787"));
    assert_false(V(mm_valid_rpps, "1000345678"));
    assert_true(V(mm_valid_card, "4111111111111111"));
    assert_true(V(mm_valid_card, "378282246310005"));
    assert_true(V(mm_valid_card, "5555555555554444"));
    assert_true(V(mm_valid_card, "4222222222222"));
    assert_true(V(mm_valid_card, "2223003122003222"));
    assert_false(V(mm_valid_card, "4111111111111112"));
    assert_true(V(mm_valid_luhn, "264066704526922"));
    assert_false(V(mm_valid_card, "264066704526922")); /* 15 digits on a 16-digit prefix */
    assert_false(V(mm_valid_card, "7111111111111111"));
    assert_true(V(mm_valid_nanp, "2125551234"));
    assert_false(V(mm_valid_nanp, "1125551234"));
    assert_false(V(mm_valid_nanp, "2121551234"));
    assert_true(V(mm_valid_fr_phone, "612345678"));
    assert_false(V(mm_valid_fr_phone, "012345678"));
    assert_true(mm_valid_date(2000, 2, 29));
    assert_false(mm_valid_date(1900, 2, 29));
    assert_false(mm_valid_date(2023, 4, 31));
    assert_false(mm_valid_date(2023, 13, 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_luhn), cmocka_unit_test(test_ssn),  cmocka_unit_test(test_npi),
        cmocka_unit_test(test_dea),  cmocka_unit_test(test_mbi),  cmocka_unit_test(test_nir),
        cmocka_unit_test(test_iban), cmocka_unit_test(test_rpps_card_phone_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
