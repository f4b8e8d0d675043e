#include "CICU.h"

#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

int32_t vb_region_count(void) {
    const char *const *codes = uloc_getISOCountries();
    int32_t count = 0;
    while (codes[count] != NULL) {
        count++;
    }
    return count;
}

int32_t vb_region_name(int32_t index, const char *display_locale, char *alpha3,
                       uint8_t *out, int32_t capacity) {
    if (index < 0 || index >= vb_region_count() || capacity <= 0) {
        return -1;
    }
    const char *alpha2 = uloc_getISOCountries()[index];
    char locale[16];
    snprintf(locale, sizeof locale, "und_%s", alpha2);
    const char *three = uloc_getISO3Country(locale);
    if (three == NULL || strlen(three) != 3) {
        return -1;
    }
    memcpy(alpha3, three, 4);

    UChar name[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayCountry(locale, display_locale, name, 256, &status);
    // ICU answers with the code itself when it has no name for the region.
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0 || length >= 256) {
        return -1;
    }
    int32_t written = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8((char *)out, capacity, &written, name, length, &status);
    if (U_FAILURE(status) || written >= capacity) {
        return -1;
    }
    return written;
}

int32_t vb_fold_compatibility(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&status);
    if (U_FAILURE(status)) {
        return -1;
    }
    UChar stack_in[512], stack_folded[512], stack_out[1024];
    if (length > 500) {
        return -1;
    }
    int32_t units = 0;
    u_strFromUTF8(stack_in, 512, &units, (const char *)text, length, &status);
    if (U_FAILURE(status) || units >= 512) {
        return -1;
    }
    int32_t folded = u_strFoldCase(stack_folded, 512, stack_in, units, U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status) || folded >= 512) {
        return -1;
    }
    int32_t normal = unorm2_normalize(nfkd, stack_folded, folded, stack_out, 1024, &status);
    if (U_FAILURE(status) || normal >= 1024) {
        return -1;
    }
    int32_t written = 0;
    u_strToUTF8((char *)out, capacity, &written, stack_out, normal, &status);
    if (U_FAILURE(status) || written >= capacity) {
        return -2;
    }
    return written;
}
