/*
 * fuzz_config.c - medmilter.conf parser: any bytes give MM_OK or
 * MM_ECONFIG with a message naming file:line, never a crash.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/fuzz_config.XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    mm_config cfg;
    if (mm_config_defaults(&cfg) != MM_OK) {
        unlink(path);
        return 0;
    }
    mm_buf err = MM_BUF_INIT;
    int rc = mm_config_load(&cfg, path, &err);
    if (rc != MM_OK && rc != MM_ECONFIG && rc != MM_ENOMEM)
        abort();
    if (rc == MM_ECONFIG && (err.data == NULL || strncmp(err.data, path, strlen(path)) != 0))
        abort(); /* every error names the file */
    if (rc == MM_OK && (cfg.socket == NULL || cfg.data_dir == NULL || cfg.max_scan_size == 0))
        abort();
    mm_buf_free(&err);
    mm_config_free(&cfg);
    unlink(path);
    return 0;
}
