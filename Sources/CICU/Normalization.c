#include "CICU.h"

#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utypes.h>

int32_t vb_decompose_scalar(uint32_t scalar, int32_t compatibility, uint32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *form = compatibility ? unorm2_getNFKDInstance(&status) : unorm2_getNFDInstance(&status);
    if (U_FAILURE(status) || scalar > 0x10FFFF) {
        return -1;
    }
    UChar in[2], normal[64];
    int32_t units = 0;
    UBool error = 0;
    U16_APPEND(in, units, 2, (UChar32)scalar, error);
    if (error) {
        return -1;
    }
    int32_t length = unorm2_normalize(form, in, units, normal, 64, &status);
    if (U_FAILURE(status) || length > 64) {
        return -1;
    }
    int32_t count = 0;
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U16_NEXT(normal, i, length, c);
        if (count >= capacity) {
            return -1;
        }
        out[count++] = (uint32_t)c;
    }
    return count;
}
