#ifndef VERBATIM_CICU_H
#define VERBATIM_CICU_H
// Small wrappers over ICU (line breaking; charset conversion). ICU renames its symbols by
// version (ubrk_open_72), which Swift cannot see through the headers' macros;
// these plain functions can be called from Swift.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque line-break iterator (UAX #14, ICU's rules for the given locale).
typedef struct VBLineBreaker VBLineBreaker;

/// Creates an iterator for `locale` (e.g. "zh"); NULL when ICU cannot.
VBLineBreaker *vb_linebreaker_create(const char *locale);

/// Frees an iterator made by vb_linebreaker_create.
void vb_linebreaker_destroy(VBLineBreaker *breaker);

/// Finds the line-break opportunities of `text` (UTF-16, `length` code
/// units). Writes their offsets (in UTF-16 code units, ascending, excluding 0,
/// including `length`) to `out`, at most `capacity` of them, and returns how
/// many there are (which may exceed `capacity`: call again with more room),
/// or -1 when ICU reports an error.
int32_t vb_linebreaker_breaks(VBLineBreaker *breaker, const uint16_t *text,
                              int32_t length, int32_t *out, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
