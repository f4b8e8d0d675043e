#include "CICU.h"

#include <unicode/uchar.h>

int32_t vb_regex_classes(uint32_t scalar) {
    UChar32 c = (UChar32)scalar;
    if (scalar > 0x10FFFF) {
        return 0;
    }
    int32_t classes = 0;
    int8_t type = u_charType(c);
    uint32_t mask = U_GET_GC_MASK(c);
    if (type == U_DECIMAL_DIGIT_NUMBER) {
        classes |= VB_CLASS_DIGIT;
    }
    if (u_hasBinaryProperty(c, UCHAR_WHITE_SPACE)) {
        classes |= VB_CLASS_SPACE;
    }
    if (mask & U_GC_L_MASK) {
        classes |= VB_CLASS_LETTER;
    }
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || (mask & (U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK))
        || c == 0x200C || c == 0x200D) {
        classes |= VB_CLASS_WORD;
    }
    if (u_hasBinaryProperty(c, UCHAR_GRAPHEME_EXTEND) || type == U_FORMAT_CHAR) {
        classes |= VB_CLASS_EXTEND;
    }
    return classes;
}

uint32_t vb_fold_case(uint32_t scalar) {
    if (scalar > 0x10FFFF) {
        return scalar;
    }
    return (uint32_t)u_foldCase((UChar32)scalar, U_FOLD_CASE_DEFAULT);
}
