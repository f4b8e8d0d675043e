#include "CICU.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utypes.h>

int64_t vb_utf8_first_invalid(const uint8_t *bytes, int64_t length) {
    int64_t i = 0;
    while (i < length) {
        // Fast path: eight ASCII bytes at a time.
        while (i + 8 <= length) {
            uint64_t word;
            __builtin_memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ULL) {
                break;
            }
            i += 8;
        }
        if (i >= length) {
            break;
        }
        uint8_t b = bytes[i];
        if (b < 0x80) {
            i += 1;
            continue;
        }
        // Fast path for the three-byte sequences of CJK text (U+1000–U+CFFF, U+E000–U+FFFF).
        if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < length) {
            if ((bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
            return i;
        }
        int64_t need;
        uint8_t low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0) low = 0xA0;          // no overlongs
            if (b == 0xED) high = 0x9F;         // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0) low = 0x90;          // no overlongs
            if (b == 0xF4) high = 0x8F;         // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int64_t k = 1; k <= need; k++) {
            if (i + k >= length) {
                return i;
            }
            uint8_t c = bytes[i + k];
            uint8_t lo = (k == 1) ? low : 0x80;
            uint8_t hi = (k == 1) ? high : 0xBF;
            if (c < lo || c > hi) {
                return i;
            }
        }
        i += need + 1;
    }
    return -1;
}

static int64_t convert(const char *from, const char *to, const uint8_t *bytes, int64_t length,
                       uint8_t *out, int64_t capacity, int64_t *bad_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *source = ucnv_open(from, &status);
    if (U_FAILURE(status) || source == NULL) {
        return -3;
    }
    status = U_ZERO_ERROR;
    UConverter *target = ucnv_open(to, &status);
    if (U_FAILURE(status) || target == NULL) {
        ucnv_close(source);
        return -3;
    }
    // Stop at the first ill-formed or unmappable sequence instead of substituting.
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(source, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    status = U_ZERO_ERROR;
    ucnv_setFromUCallBack(target, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);

    UChar pivot[4096];
    UChar *pivotSource = pivot;
    UChar *pivotTarget = pivot;
    const char *src = (const char *)bytes;
    char *dst = (char *)out;
    status = U_ZERO_ERROR;
    ucnv_convertEx(target, source, &dst, (const char *)out + capacity, &src,
                   (const char *)bytes + length, pivot, &pivotSource, &pivotTarget,
                   pivot + 4096, 1, 1, &status);
    int64_t result;
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = -2;
    } else if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
               status == U_TRUNCATED_CHAR_FOUND || status == U_ILLEGAL_ESCAPE_SEQUENCE) {
        char invalid[32];
        int8_t invalidLength = (int8_t)sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(source, invalid, &invalidLength, &ignored);
        if (U_FAILURE(ignored)) {
            invalidLength = 0;
        }
        int64_t consumed = (int64_t)(src - (const char *)bytes);
        *bad_offset = consumed - invalidLength;
        if (*bad_offset < 0) *bad_offset = 0;
        result = -1;
    } else if (U_FAILURE(status)) {
        result = -3;
    } else {
        result = (int64_t)(dst - (char *)out);
    }
    ucnv_close(target);
    ucnv_close(source);
    return result;
}

int64_t vb_convert_to_utf8(const char *charset, const uint8_t *bytes, int64_t length,
                           uint8_t *out, int64_t capacity, int64_t *bad_offset) {
    return convert(charset, "UTF-8", bytes, length, out, capacity, bad_offset);
}

int64_t vb_convert_from_utf8(const char *charset, const uint8_t *bytes, int64_t length,
                             uint8_t *out, int64_t capacity, int64_t *bad_offset) {
    return convert("UTF-8", charset, bytes, length, out, capacity, bad_offset);
}
