#define _GNU_SOURCE
#include "CICU.h"

#include <string.h>

int64_t vb_find_bytes(const uint8_t *haystack, int64_t length, const uint8_t *needle, int64_t needle_length) {
    if (length <= 0 || needle_length <= 0 || needle_length > length) {
        return -1;
    }
    const void *found = memmem(haystack, (size_t)length, needle, (size_t)needle_length);
    return found == NULL ? -1 : (int64_t)((const uint8_t *)found - haystack);
}
