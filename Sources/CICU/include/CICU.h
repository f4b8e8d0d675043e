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

/// Like vb_linebreaker_breaks, and also tells for each opportunity whether it is
/// a mandatory (hard) break, such as after a line feed: `hard[i]` is 1 for a
/// mandatory break at `out[i]`, 0 otherwise. `hard` has room for `capacity`.
int32_t vb_linebreaker_breaks_with_kind(VBLineBreaker *breaker, const uint16_t *text,
                                        int32_t length, int32_t *out, uint8_t *hard,
                                        int32_t capacity);

/// 1 when the scalar's East Asian Width is "A" (ambiguous), 0 otherwise
/// (ICU's Unicode data; used to build and check the display-width table).
int32_t vb_east_asian_width_is_ambiguous(uint32_t scalar);

// MARK: - Charset conversion (Converter.c)

/// Returns the offset of the first byte of `bytes` (`length` bytes) that is not part of a
/// well-formed UTF-8 sequence (overlongs, surrogates and values above U+10FFFF are ill-formed),
/// or -1 when all of it is valid UTF-8. A sequence cut short by the end counts as invalid.
int64_t vb_utf8_first_invalid(const uint8_t *bytes, int64_t length);

/// 1 when `bytes` (`length` bytes) is well-formed UTF-8 (as vb_utf8_first_invalid judges it),
/// 0 otherwise: with AVX2, 32 bytes at a time, each pair of adjacent bytes classified by three
/// nibble tables (UTF8Check.c); elsewhere through vb_utf8_first_invalid.
int32_t vb_utf8_is_valid(const uint8_t *bytes, int64_t length);

/// Converts `length` bytes in the charset `charset` (an ICU converter name, e.g. "gb18030") to
/// UTF-8 in `out` (room for `capacity` bytes; 2 × `length` + 16 is always enough for GB 18030).
/// Returns the number of bytes written; -1 when a byte sequence is not valid in the charset
/// (its offset goes to `*bad_offset`), -2 when `out` is too small, -3 when ICU cannot convert.
int64_t vb_convert_to_utf8(const char *charset, const uint8_t *bytes, int64_t length,
                           uint8_t *out, int64_t capacity, int64_t *bad_offset);

/// Converts `length` bytes of UTF-8 to the charset `charset`, the reverse of
/// vb_convert_to_utf8 (used to write test inputs in GB 18030). Same return values.
int64_t vb_convert_from_utf8(const char *charset, const uint8_t *bytes, int64_t length,
                             uint8_t *out, int64_t capacity, int64_t *bad_offset);

// MARK: - Byte search (ByteSearch.c)

/// The offset of the first occurrence of `needle` (`needle_length` bytes) in `haystack`
/// (`length` bytes), or -1 (the C library's memmem).
int64_t vb_find_bytes(const uint8_t *haystack, int64_t length, const uint8_t *needle, int64_t needle_length);

/// The offset of the first place in `haystack` where one of `count` needles (`needles[k]`,
/// `lengths[k]` bytes; empty ones are skipped) occurs, or -1; `*which` is set to the needle
/// found there (the first of them in order when several start at that offset). One pass over
/// the haystack for all needles (on x86-64 with AVX2; elsewhere one memmem per needle).
int64_t vb_find_any(const uint8_t *haystack, int64_t length, const uint8_t *const *needles,
                    const int64_t *lengths, int64_t count, int64_t *which);

/// The offset of the first byte at or after `from` that may start a citation in Chinese text:
/// an ASCII digit or capital letter, or the first byte of 第 or 《; `length` when there is none.
/// `*scalars` is set to the number of UTF-8 scalars (lead bytes) in `from ..< offset`.
int64_t vb_next_chinese_citation_start(const uint8_t *text, int64_t length, int64_t from, int64_t *scalars);

// MARK: - Region names and folding (Region.c)

/// The number of regions ICU knows by an ISO 3166-1 code.
int32_t vb_region_count(void);

/// The name of region `index` (0 ..< vb_region_count()) in `display_locale` (e.g. "zh", "ar"):
/// writes its ISO 3166-1 alpha-3 code to `alpha3` (4 bytes, NUL-terminated) and its display name
/// as UTF-8 to `out` (room for `capacity` bytes). Returns the name's length in bytes, or -1
/// when ICU has no code or no name for the region in that locale.
int32_t vb_region_name(int32_t index, const char *display_locale, char *alpha3,
                       uint8_t *out, int32_t capacity);

/// Folds `length` bytes of UTF-8 (at most 500) for matching: case folding, then compatibility
/// decomposition (NFKD), so that accents become separate marks and full-width and presentation
/// forms their plain letters. Writes UTF-8 to `out`; returns its length, -1 when ICU cannot or
/// the text is too long, -2 when `out` is too small (4 × `length` + 16 is enough).
int32_t vb_fold_compatibility(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity);

/// The canonical (NFD) or, when `compatibility` is non-zero, compatibility (NFKD) decomposition
/// of one scalar, written to `out` as scalars; returns how many, or -1 when ICU cannot or
/// `capacity` is too small (18 is enough for any scalar).
int32_t vb_decompose_scalar(uint32_t scalar, int32_t compatibility, uint32_t *out, int32_t capacity);

// MARK: - Character classes of ICU's regular expressions (RegexClasses.c)

/// `scalar` is an ICU `\d`: a decimal digit (general category Nd).
#define VB_CLASS_DIGIT 1
/// `scalar` is an ICU `\s`: White_Space.
#define VB_CLASS_SPACE 2
/// `scalar` is an ICU `\p{L}`: a letter (general category L).
#define VB_CLASS_LETTER 4
/// `scalar` is a word character for ICU's `\b`: Alphabetic, a mark, Nd, Pc, ZWNJ or ZWJ.
#define VB_CLASS_WORD 8
/// `scalar` is skipped by ICU's `\b`: Grapheme_Extend or a format character (Cf).
#define VB_CLASS_EXTEND 16

/// The VB_CLASS_ bits of `scalar`, from the system ICU's properties.
int32_t vb_regex_classes(uint32_t scalar);

/// The simple case folding of `scalar` (ICU's default folding, as its case-insensitive
/// matching of one character uses).
uint32_t vb_fold_case(uint32_t scalar);

#ifdef __cplusplus
}
#endif
#endif
