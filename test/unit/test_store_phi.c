/* test_store_phi.c - no plaintext PHI in any file of the data directory:
 * known values go through the vault, host-key values and audit payloads,
 * then every byte of every file is searched for them, as written and
 * digits-only. The scanner is first shown to find a planted value. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <ctype.h>

#include <cmocka.h>

#include "store_testutil.h"

#include "audit.h"
#include "store.h"
#include "token.h"
#include "vault.h"

static const char *const phi[][2] = {
    /* original as written, normalised */
    {"078-05-1120", "078051120"},
    {"(617) 555-0142", "+16175550142"},
    {"margaret.hollis@example.org", "margaret.hollis@example.org"},
    {"1 85 05 78 006 084 36", "1850578006084"},
    {"MRN A7731942", "A7731942"},
    {"07/14/1948", "1948-07-14"},
};
#define NPHI (sizeof phi / sizeof phi[0])

static size_t digits_only(const char *s, char *out)
{
    size_t n = 0;
    for (; *s; s++)
        if (isdigit((unsigned char)*s))
            out[n++] = *s;
    out[n] = '\0';
    return n;
}

static const char *scan_hit;
static char scan_file[4096];

static int scan_cb(const char *path, const struct stat *sb, int flag, struct FTW *f)
{
    (void)f;
    if (flag != FTW_F || sb->st_size == 0)
        return 0;
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *buf = malloc((size_t)sb->st_size);
    assert_int_equal(fread(buf, 1, (size_t)sb->st_size, fp), (size_t)sb->st_size);
    fclose(fp);
    for (size_t i = 0; i < NPHI && !scan_hit; i++) {
        char d[64];
        const char *forms[3] = {phi[i][0], phi[i][1], d};
        size_t dl = digits_only(phi[i][0], d);
        for (int j = 0; j < 3 && !scan_hit; j++) {
            size_t l = j == 2 ? dl : strlen(forms[j]);
            if (l >= 5 && memmem(buf, (size_t)sb->st_size, forms[j], l)) {
                scan_hit = forms[j];
                snprintf(scan_file, sizeof scan_file, "%s", path);
            }
        }
    }
    free(buf);
    return 0;
}

static const char *scan(const char *dir)
{
    scan_hit = NULL;
    assert_int_equal(nftw(dir, scan_cb, 16, FTW_PHYS), 0);
    return scan_hit;
}

static void test_scanner_finds_planted(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("phi");
    FILE *f = fopen(tu_path(dir, "x"), "wb");
    fprintf(f, "junk 0780%s51120 junk", ""); /* digits-only form of the first value */
    fclose(f);
    assert_non_null(scan(dir));
    assert_string_equal(scan_hit, "078051120");
    tu_rmtree(dir);
}

static void test_no_plaintext(void **state)
{
    (void)state;
    char *kdir = tu_tmpdir("keys"), *ddir = tu_tmpdir("data");
    mm_hostkey *hk;
    mm_vault_pub *vp;
    mm_vault_sec *vs;
    mm_store *st;
    assert_int_equal(tu_keys(kdir, &hk, &vp, &vs), MM_OK);
    assert_int_equal(mm_store_open(ddir, 0, 0, &st), MM_OK);

    char tokens[NPHI][MM_TOKEN_MAX];
    mm_vault_item items[NPHI];
    mm_audit_writer *w;
    assert_int_equal(mm_audit_writer_start(st, vp, &w), MM_OK);
    for (size_t i = 0; i < NPHI; i++) {
        size_t tl;
        mm_phi_type t = (mm_phi_type)(i % MM_PHI_COUNT);
        assert_int_equal(mm_token_make(hk, t, phi[i][1], strlen(phi[i][1]), tokens[i], &tl), MM_OK);
        items[i] = (mm_vault_item){tokens[i], tl, t, phi[i][1], strlen(phi[i][1]), phi[i][0], strlen(phi[i][0]), 0};
        /* Host-key values holding PHI (thread state) and PHI-bearing keys are
         * not the point here: values are. */
        char key[16];
        snprintf(key, sizeof key, "thread%zu", i);
        assert_int_equal(mm_store_put(st, hk, "threads", key, strlen(key), phi[i][0], strlen(phi[i][0])), MM_OK);
        char payload[256];
        int pl = snprintf(payload, sizeof payload, "{\"note\":\"%s %s\"}", phi[i][0], phi[i][1]);
        assert_int_equal(mm_audit_append(w, payload, (size_t)pl, NULL), MM_OK);
    }
    mm_audit_writer_stop(w);
    assert_int_equal(mm_vault_put_batch(st, hk, vp, items, NPHI), MM_OK);

    /* Round trip proves the values really are stored. */
    mm_buf v = MM_BUF_INIT;
    assert_int_equal(mm_vault_reveal(st, vs, tokens[0], strlen(tokens[0]), &v), MM_OK);
    assert_string_equal(v.data, phi[0][0]);
    assert_int_equal(mm_store_get(st, hk, "threads", "thread1", 7, &v), MM_OK);
    assert_memory_equal(v.data, phi[1][0], v.len);
    mm_buf_wipe(&v);
    mm_store_close(st);

    const char *hit = scan(ddir);
    if (hit)
        fail_msg("plaintext PHI found in %s", scan_file);
    mm_hostkey_free(hk);
    mm_vault_pub_free(vp);
    mm_vault_sec_free(vs);
    tu_rmtree(kdir);
    tu_rmtree(ddir);
}

int main(void)
{
    tu_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scanner_finds_planted),
        cmocka_unit_test(test_no_plaintext),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
