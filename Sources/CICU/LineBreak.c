#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utypes.h>

struct VBLineBreaker {
    UBreakIterator *iterator;
};

VBLineBreaker *vb_linebreaker_create(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, NULL, 0, &status);
    if (U_FAILURE(status) || iterator == NULL) {
        return NULL;
    }
    VBLineBreaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void vb_linebreaker_destroy(VBLineBreaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t vb_linebreaker_breaks_with_kind(VBLineBreaker *breaker, const uint16_t *text,
                                        int32_t length, int32_t *out, uint8_t *hard,
                                        int32_t capacity) {
    if (breaker == NULL || length < 0 || (text == NULL && length > 0)) {
        return -1;
    }
    if (length == 0) {
        return 0;
    }
    UErrorCode status = U_ZERO_ERROR;
    // The iterator is reused: setting new text resets it.
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t count = 0;
    for (int32_t offset = ubrk_following(breaker->iterator, 0);
         offset != UBRK_DONE;
         offset = ubrk_next(breaker->iterator)) {
        if (count < capacity) {
            out[count] = offset;
            if (hard != NULL) {
                int32_t rule = ubrk_getRuleStatus(breaker->iterator);
                hard[count] = (rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT) ? 1 : 0;
            }
        }
        count++;
    }
    // Let go of the caller's buffer: the iterator must not point at it afterwards.
    status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, NULL, 0, &status);
    return count;
}

int32_t vb_linebreaker_breaks(VBLineBreaker *breaker, const uint16_t *text,
                              int32_t length, int32_t *out, int32_t capacity) {
    return vb_linebreaker_breaks_with_kind(breaker, text, length, out, NULL, capacity);
}

int32_t vb_east_asian_width_is_ambiguous(uint32_t scalar) {
    return u_getIntPropertyValue((UChar32)scalar, UCHAR_EAST_ASIAN_WIDTH) == U_EA_AMBIGUOUS ? 1 : 0;
}
