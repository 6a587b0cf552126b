/* test_mm.c - unit tests for the common layer: buffers, status text, PHI table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mm.h"

static void test_buf_nul_bytes(void **state)
{
    (void)state;
    mm_buf b = MM_BUF_INIT;
    assert_int_equal(mm_buf_append(&b, "a\0b", 3), MM_OK);
    assert_int_equal(mm_buf_append(&b, "\0", 1), MM_OK);
    assert_int_equal(b.len, 4);
    assert_memory_equal(b.data, "a\0b\0", 4);
    assert_int_equal(mm_buf_appendf(&b, "%d-%s", 42, "x"), MM_OK);
    assert_int_equal(b.len, 8);
    assert_memory_equal(b.data + 4, "42-x", 5);
    mm_buf_reset(&b);
    assert_int_equal(b.len, 0);
    mm_buf_wipe(&b);
    assert_null(b.data);
}

static void test_buf_growth(void **state)
{
    (void)state;
    mm_buf b = MM_BUF_INIT;
    for (int i = 0; i < 100000; i++)
        assert_int_equal(mm_buf_append(&b, "0123456789", 10), MM_OK);
    assert_int_equal(b.len, 1000000);
    assert_true(b.cap > b.len);
    assert_memory_equal(b.data + 999990, "0123456789", 10);
    mm_buf_free(&b);
}

static void test_strerror(void **state)
{
    (void)state;
    assert_string_equal(mm_strerror(MM_OK), "success");
    assert_string_equal(mm_strerror(MM_EKEY), "key file missing, unsafe or malformed");
    assert_string_equal(mm_strerror(12345), "unknown error");
}

static void test_phi_names(void **state)
{
    (void)state;
    for (int t = 0; t < MM_PHI_COUNT; t++) {
        const char *n = mm_phi_name((mm_phi_type)t);
        assert_int_equal(mm_phi_from_name(n, strlen(n)), t);
        const char *tag = mm_phi_tag((mm_phi_type)t);
        assert_int_equal(mm_phi_from_name(tag, strlen(tag)), t);
    }
    assert_int_equal(mm_phi_from_name("nope", 4), -1);
    assert_int_equal(mm_phi_from_name("ss", 2), -1);
    assert_string_equal(mm_phi_name(MM_PHI_COUNT), "unknown");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_nul_bytes),
        cmocka_unit_test(test_buf_growth),
        cmocka_unit_test(test_strerror),
        cmocka_unit_test(test_phi_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
