/*
 * fuzz_message_fast.c - the fast split of the top-level header block
 * against GMime's own: any input whose two parses differ in a header
 * field, byte range, index, segment, text part or attachment aborts.
 */
#include <stdint.h>
#include <stdlib.h>

#include "../unit/msgcmp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    mm_message *f = NULL, *r = NULL;
    mm_msg_limits lim = {.max_parts = 300, .max_depth = 30};
    char why[160];

    if (!init) {
        mm_message_init();
        init = 1;
    }
    if (size > (1u << 20))
        return 0;
    if (mm_message_parse_with((const char *)data, size, &lim, 1, &f) != MM_OK ||
        mm_message_parse_with((const char *)data, size, &lim, 0, &r) != MM_OK)
        abort();
    if (!msgcmp_equal(f, r, why, sizeof why)) {
        fprintf(stderr, "fast split differs: %s\n", why);
        abort();
    }
    mm_message_free(f);
    mm_message_free(r);
    return 0;
}
