#include "CICURegex.h"

#include <stdlib.h>
#include <unicode/uregex.h>

struct VBRegex {
    URegularExpression *regex;
};

VBRegex *vb_regex_create(const uint16_t *pattern, int32_t length, int32_t case_insensitive) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *regex = uregex_open((const UChar *)pattern, length,
                                            case_insensitive ? UREGEX_CASE_INSENSITIVE : 0, NULL, &status);
    if (U_FAILURE(status) || regex == NULL) {
        if (regex != NULL) {
            uregex_close(regex);
        }
        return NULL;
    }
    VBRegex *made = malloc(sizeof *made);
    if (made == NULL) {
        uregex_close(regex);
        return NULL;
    }
    made->regex = regex;
    return made;
}

void vb_regex_destroy(VBRegex *regex) {
    if (regex == NULL) {
        return;
    }
    uregex_close(regex->regex);
    free(regex);
}

int32_t vb_regex_matches(VBRegex *regex, const uint16_t *text, int32_t length,
                         int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    // A clone per call: the compiled pattern is shared, the matching state is not, so that
    // threads may search at once.
    URegularExpression *matcher = uregex_clone(regex->regex, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    uregex_setText(matcher, (const UChar *)text, length, &status);
    int32_t groups = uregex_groupCount(matcher, &status);
    int32_t stride = 2 * (groups + 1);
    int32_t written = 0;
    while (U_SUCCESS(status) && uregex_findNext(matcher, &status)) {
        if (written + stride > capacity) {
            written = -2;
            break;
        }
        for (int32_t group = 0; group <= groups; group++) {
            out[written++] = uregex_start(matcher, group, &status);
            out[written++] = uregex_end(matcher, group, &status);
        }
    }
    uregex_close(matcher);
    if (U_FAILURE(status)) {
        return -1;
    }
    return written;
}

int32_t vb_regex_group_count(VBRegex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t groups = uregex_groupCount(regex->regex, &status);
    return U_FAILURE(status) ? -1 : groups;
}
