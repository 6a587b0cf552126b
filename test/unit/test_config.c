/* test_config.c - medmilter.conf parsing: every key, and every kind of error
 * names file:line and the reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <cmocka.h>

#include "config.h"

static char path[64];

static void write_conf(const char *text)
{
    strcpy(path, "/tmp/mmconf.XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
}

static int load(const char *text, mm_config *cfg, mm_buf *err)
{
    write_conf(text);
    assert_int_equal(mm_config_defaults(cfg), MM_OK);
    int rc = mm_config_load(cfg, path, err);
    unlink(path);
    return rc;
}

static void test_defaults(void **state)
{
    (void)state;
    mm_config cfg;
    assert_int_equal(mm_config_defaults(&cfg), MM_OK);
    assert_true(cfg.dev_defaults);
    assert_string_equal(cfg.socket, "unix:./var/medmilter/medmilter.sock");
    assert_string_equal(cfg.data_dir, "./var/medmilter");
    assert_int_equal(cfg.on_error, MM_ON_TEMPFAIL);
    assert_non_null(strstr(cfg.policy, "policies/default.json"));
    mm_config_free(&cfg);
}

static void test_full(void **state)
{
    (void)state;
    mm_config cfg;
    mm_buf err = MM_BUF_INIT;
    int rc = load("# medmilter\n"
                  "Socket      inet6:8891@[::1]\n"
                  "socketmode 0600\n"
                  "UserID medmilter:postfix   # trailing comment\n"
                  "PidFile /run/medmilter.pid\n"
                  "DataDir /var/lib/medmilter\n"
                  "KeyFile /etc/medmilter/host.key\n"
                  "VaultPublicKey /etc/medmilter/vault.pub\n"
                  "Policy /etc/medmilter/policy.json\n"
                  "MaxScanSize 10M\n"
                  "MapSize 2g\n"
                  "OnError accept\n"
                  "OnOversize tempfail\n"
                  "Syslog local3\n"
                  "LogLevel debug\n"
                  "LogFormat json\n"
                  "\n   \n",
                  &cfg, &err);
    assert_int_equal(rc, MM_OK);
    assert_false(cfg.dev_defaults);
    assert_string_equal(cfg.socket, "inet6:8891@[::1]");
    assert_int_equal(cfg.socket_mode, 0600);
    assert_string_equal(cfg.user, "medmilter:postfix");
    assert_string_equal(cfg.data_dir, "/var/lib/medmilter");
    assert_int_equal(cfg.max_scan_size, 10u << 20);
    assert_int_equal(cfg.map_size, (size_t)2 << 30);
    assert_int_equal(cfg.on_error, MM_ON_ACCEPT);
    assert_int_equal(cfg.on_oversize, MM_ON_TEMPFAIL);
    assert_int_equal(cfg.syslog_facility, LOG_LOCAL3);
    assert_int_equal(cfg.log_level, MM_LOG_DEBUG);
    assert_true(cfg.log_json);
    assert_null(cfg.vault_sec);
    mm_config_free(&cfg);
    mm_buf_free(&err);
}

static void expect_error(const char *text, unsigned line, const char *needle)
{
    mm_config cfg;
    mm_buf err = MM_BUF_INIT;
    assert_int_equal(load(text, &cfg, &err), MM_ECONFIG);
    char where[96];
    snprintf(where, sizeof where, "%s:%u: ", path, line);
    assert_non_null(err.data);
    if (strncmp(err.data, where, strlen(where)) != 0 || strstr(err.data, needle) == NULL)
        fail_msg("error '%s' lacks '%s' or '%s'", err.data, where, needle);
    mm_config_free(&cfg);
    mm_buf_free(&err);
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("Socket unix:/x\nFrobnicate yes\n", 2, "unknown key 'Frobnicate'");
    expect_error("Socket tcp:25\n", 1, "Socket: expected");
    expect_error("Socket inet:99999@localhost\n", 1, "Socket: expected");
    expect_error("\n\nMaxScanSize lots\n", 3, "MaxScanSize: expected a size");
    expect_error("MaxScanSize -5\n", 1, "MaxScanSize");
    expect_error("OnError drop\n", 1, "OnError: expected tempfail, accept or reject");
    expect_error("LogLevel loud\n", 1, "LogLevel: expected");
    expect_error("Syslog kern2\n", 1, "Syslog: expected a facility");
    expect_error("DataDir /a\nDataDir /b\n", 2, "duplicate key 'DataDir'");
    expect_error("Policy\n", 1, "Policy: missing value");
    expect_error("SocketMode 999\n", 1, "SocketMode");
    expect_error("LogFormat xml\n", 1, "LogFormat: expected text or json");
}

static void test_missing_file(void **state)
{
    (void)state;
    mm_config cfg;
    mm_buf err = MM_BUF_INIT;
    assert_int_equal(mm_config_defaults(&cfg), MM_OK);
    assert_int_equal(mm_config_load(&cfg, "/nonexistent/medmilter.conf", &err), MM_ECONFIG);
    assert_non_null(strstr(err.data, "/nonexistent/medmilter.conf: cannot open"));
    mm_config_free(&cfg);
    mm_buf_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_full),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_missing_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
