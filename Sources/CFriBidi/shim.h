#ifndef VERBATIM_CFRIBIDI_SHIM_H
#define VERBATIM_CFRIBIDI_SHIM_H
// GNU FriBidi: the Unicode Bidirectional Algorithm, Arabic joining and shaping, mirroring.
#include <fribidi/fribidi.h>

// Flag sets that Swift cannot import as computed macros.
static inline FriBidiFlags vb_fribidi_shape_flags(void) {
    return FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA;
}
static inline FriBidiFlags vb_fribidi_reorder_flags(void) { return FRIBIDI_FLAG_REORDER_NSM; }
static inline FriBidiParType vb_fribidi_par_ltr(void) { return FRIBIDI_PAR_LTR; }
static inline FriBidiParType vb_fribidi_par_rtl(void) { return FRIBIDI_PAR_RTL; }
static inline FriBidiParType vb_fribidi_par_weak_ltr(void) { return FRIBIDI_PAR_WLTR; }
static inline FriBidiParType vb_fribidi_par_weak_rtl(void) { return FRIBIDI_PAR_WRTL; }
static inline int vb_fribidi_level_is_rtl(FriBidiLevel level) { return FRIBIDI_LEVEL_IS_RTL(level); }
static inline int vb_fribidi_dir_is_rtl(FriBidiParType dir) { return FRIBIDI_IS_RTL(dir) ? 1 : 0; }
/// 1 when the type is a strong right-to-left one (R, AL).
static inline int vb_fribidi_type_is_rtl(FriBidiCharType type) {
    return (FRIBIDI_IS_RTL(type) && FRIBIDI_IS_LETTER(type)) ? 1 : 0;
}
/// Makes explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) plain
/// neutrals: a record's text shows them as visible stand-ins, so they must not reorder it either.
static inline void vb_fribidi_neutralize_controls(FriBidiCharType *types, FriBidiStrIndex length) {
    for (FriBidiStrIndex i = 0; i < length; i++) {
        if (FRIBIDI_IS_EXPLICIT(types[i]) || FRIBIDI_IS_ISOLATE(types[i])) types[i] = FRIBIDI_TYPE_ON;
    }
}
#endif
