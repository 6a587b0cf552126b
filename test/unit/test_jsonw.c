/* test_jsonw.c - the streaming JSON writer prints exactly what Jansson's
 * json_dumpb(JSON_COMPACT) prints for the same object: escapes, UTF-8
 * checks (invalid strings left out), nesting, integers, booleans; random
 * strings (valid and invalid UTF-8, controls) compared byte for byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "jsonw.h"

static char *dump(json_t *o)
{
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    assert_non_null(s);
    return s;
}

/* One object {"k": S} both ways; returns whether Jansson accepted S. */
static int compare_string(const char *s)
{
    json_t *o = json_object();
    json_t *v = json_string(s);
    int accepted = v != NULL;
    json_object_set_new(o, "k", v);
    char *want = dump(o);

    mm_buf b = MM_BUF_INIT;
    mm_jw w;
    mm_jw_init(&w, &b);
    mm_jw_obj_begin(&w, NULL);
    int wrote = mm_jw_str(&w, "k", s);
    mm_jw_obj_end(&w);
    assert_int_equal(mm_jw_status(&w), MM_OK);
    assert_int_equal(wrote, accepted);
    assert_int_equal(mm_jw_utf8_ok(s, strlen(s)), accepted);
    assert_string_equal(b.data, want);
    free(want);
    mm_buf_free(&b);
    return accepted;
}

static void test_escapes(void **state)
{
    (void)state;
    assert_true(compare_string(""));
    assert_true(compare_string("plain ascii / slash"));
    assert_true(compare_string("quote \" backslash \\ end"));
    assert_true(compare_string("\b\f\n\r\t\x01\x1f\x7f"));
    assert_true(compare_string("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
    assert_true(compare_string("\xef\xbf\xbf noncharacter U+FFFF"));
    assert_true(compare_string("\xf4\x8f\xbf\xbf max"));
    assert_false(compare_string("\xc3")); /* truncated */
    assert_false(compare_string("\xc0\xaf")); /* overlong */
    assert_false(compare_string("\xe0\x80\xaf")); /* overlong 3 */
    assert_false(compare_string("\xf0\x80\x80\xaf")); /* overlong 4 */
    assert_false(compare_string("\xed\xa0\x80")); /* surrogate */
    assert_false(compare_string("\xf4\x90\x80\x80")); /* > U+10FFFF */
    assert_false(compare_string("\xf8\x88\x80\x80\x80"));
    assert_false(compare_string("\x80"));
    assert_false(compare_string("abc\xff"));
}

static void test_random_strings(void **state)
{
    (void)state;
    static const unsigned char alphabet[] = {'a', '"', '\\', '/', 0x01, 0x1f, 0x7f, 0x80, 0xbf, 0xc2,
                                             0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4,
                                             0xf5, 0xa0, 0x9f, 0x8f, 0x90, '\n', 0xff};
    srand(12345);
    unsigned valid = 0, invalid = 0;
    for (int i = 0; i < 20000; i++) {
        char s[16];
        int n = rand() % 15;
        for (int k = 0; k < n; k++)
            s[k] = (char)alphabet[rand() % sizeof alphabet];
        s[n] = '\0';
        if (compare_string(s))
            valid++;
        else
            invalid++;
    }
    /* Both outcomes exercised. */
    assert_true(valid > 1000);
    assert_true(invalid > 1000);
}

static void test_structure(void **state)
{
    (void)state;
    json_t *o = json_object(), *arr = json_array(), *empty = json_array(), *sub = json_object();
    json_object_set_new(o, "type", json_string("message"));
    json_object_set_new(o, "time", json_integer(1795942800));
    json_object_set_new(o, "neg", json_integer(-42));
    json_object_set_new(o, "big", json_integer(INT64_MAX));
    json_object_set_new(o, "small", json_integer(INT64_MIN));
    json_object_set_new(o, "zero", json_integer(0));
    json_object_set_new(o, "bad", json_string("\xff")); /* left out */
    json_array_append_new(arr, json_pack("{s:s, s:s}", "type", "ssn", "where", "body:1"));
    json_array_append_new(arr, json_pack("{s:s, s:s}", "type", "nir", "where", "\xc3"));
    json_array_append_new(arr, json_string("x"));
    json_array_append_new(arr, json_string("\xed\xa0\x80"));
    json_object_set_new(o, "phi", arr);
    json_object_set_new(sub, "ssn", json_integer(3));
    json_object_set_new(o, "counts", sub);
    json_object_set_new(o, "esc", empty);
    json_object_set_new(o, "t", json_boolean(1));
    json_object_set_new(o, "f", json_boolean(0));
    char *want = dump(o);

    mm_buf b = MM_BUF_INIT;
    mm_jw w;
    mm_jw_init(&w, &b);
    mm_jw_obj_begin(&w, NULL);
    mm_jw_str(&w, "type", "message");
    mm_jw_int(&w, "time", 1795942800);
    mm_jw_int(&w, "neg", -42);
    mm_jw_int(&w, "big", INT64_MAX);
    mm_jw_int(&w, "small", INT64_MIN);
    mm_jw_int(&w, "zero", 0);
    assert_int_equal(mm_jw_str(&w, "bad", "\xff"), 0);
    mm_jw_arr_begin(&w, "phi");
    mm_jw_obj_begin(&w, NULL);
    mm_jw_str(&w, "type", "ssn");
    mm_jw_str(&w, "where", "body:1");
    mm_jw_obj_end(&w);
    /* the second entry is dropped whole by the caller (json_pack fails) */
    assert_false(mm_jw_utf8_ok("\xc3", 1));
    mm_jw_str(&w, NULL, "x");
    assert_int_equal(mm_jw_str(&w, NULL, "\xed\xa0\x80"), 0);
    mm_jw_arr_end(&w);
    mm_jw_obj_begin(&w, "counts");
    mm_jw_int(&w, "ssn", 3);
    mm_jw_obj_end(&w);
    mm_jw_arr_begin(&w, "esc");
    mm_jw_arr_end(&w);
    mm_jw_bool(&w, "t", 1);
    mm_jw_bool(&w, "f", 0);
    mm_jw_obj_end(&w);
    assert_int_equal(mm_jw_status(&w), MM_OK);
    assert_string_equal(b.data, want);
    free(want);

    /* Appends after what the buffer holds. */
    mm_buf_reset(&b);
    assert_int_equal(mm_buf_append(&b, "x", 1), MM_OK);
    mm_jw_init(&w, &b);
    mm_jw_arr_begin(&w, NULL);
    mm_jw_int(&w, NULL, 1);
    mm_jw_int(&w, NULL, 2);
    mm_jw_arr_end(&w);
    assert_string_equal(b.data, "x[1,2]");
    mm_buf_free(&b);
}

static void test_depth_limit(void **state)
{
    (void)state;
    mm_buf b = MM_BUF_INIT;
    mm_jw w;
    mm_jw_init(&w, &b);
    for (int i = 0; i < MM_JW_DEPTH; i++)
        mm_jw_arr_begin(&w, NULL);
    assert_int_equal(mm_jw_status(&w), MM_OK);
    mm_jw_arr_begin(&w, NULL);
    assert_int_equal(mm_jw_status(&w), MM_ELIMIT);
    mm_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_random_strings),
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_depth_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
