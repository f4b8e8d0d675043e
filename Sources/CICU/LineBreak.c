#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
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

int32_t vb_linebreaker_breaks(VBLineBreaker *breaker, const uint16_t *text,
                              int32_t length, int32_t *out, int32_t capacity) {
    if (breaker == NULL || length < 0) {
        return -1;
    }
    if (length == 0) {
        return 0;
    }
    UErrorCode status = U_ZERO_ERROR;
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
        }
        count++;
    }
    return count;
}
