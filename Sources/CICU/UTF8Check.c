#include "CICU.h"

#include <string.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

// Each pair of adjacent bytes (`first`, `second`) is classified by three 16-entry tables: one
// by the high nibble of `first`, one by its low nibble, one by the high nibble of `second`.
// A bit set in all three names a rule the pair breaks; the bit for two continuation bytes in a
// row is then checked against where three- and four-byte sequences need them.
enum {
    TOO_SHORT = 1 << 0,    // a lead byte not followed by a continuation byte
    TOO_LONG = 1 << 1,     // an ASCII byte followed by a continuation byte
    OVERLONG_3 = 1 << 2,   // E0 80..9F
    TOO_LARGE = 1 << 3,    // F4 90..BF, F5..FF 90..BF
    SURROGATE = 1 << 4,    // ED A0..BF
    OVERLONG_2 = 1 << 5,   // C0..C1 any continuation
    TOO_LARGE_1000 = 1 << 6, // F5..FF 80..8F
    OVERLONG_4 = 1 << 6,   // F0 80..8F (the same bit: the low nibble tells them apart)
    TWO_CONTINUATIONS = 1 << 7,
    CARRY = TOO_SHORT | TOO_LONG | TWO_CONTINUATIONS,
};

__attribute__((target("avx2")))
static inline __m256i vb_lookup(__m256i nibbles, const uint8_t table[16]) {
    __m128i t = _mm_loadu_si128((const __m128i *)table);
    return _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(t), nibbles);
}

/// `input` shifted by `n` bytes towards its end, the last `n` bytes of `previous` coming in
/// at the start (the bytes 1, 2 or 3 places before each byte).
#define VB_BEFORE(input, previous, n) \
    _mm256_alignr_epi8((input), _mm256_permute2x128_si256((previous), (input), 0x21), 16 - (n))

/// The rules broken in the 32 bytes `input`, whose 32 predecessors are `previous`.
__attribute__((target("avx2")))
static inline __m256i vb_utf8_errors(__m256i input, __m256i previous) {
    static const uint8_t first_high[16] = {
        TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
        TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS, TWO_CONTINUATIONS,
        TOO_SHORT | OVERLONG_2,
        TOO_SHORT,
        TOO_SHORT | OVERLONG_3 | SURROGATE,
        TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4,
    };
    static const uint8_t first_low[16] = {
        CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4,
        CARRY | OVERLONG_2,
        CARRY, CARRY,
        CARRY | TOO_LARGE,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    };
    static const uint8_t second_high[16] = {
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | OVERLONG_3 | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTINUATIONS | SURROGATE | TOO_LARGE,
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
    };
    const __m256i low_nibble = _mm256_set1_epi8(0x0F);
    __m256i before1 = VB_BEFORE(input, previous, 1);
    __m256i pairs = _mm256_and_si256(
        _mm256_and_si256(
            vb_lookup(_mm256_and_si256(_mm256_srli_epi16(before1, 4), low_nibble), first_high),
            vb_lookup(_mm256_and_si256(before1, low_nibble), first_low)),
        vb_lookup(_mm256_and_si256(_mm256_srli_epi16(input, 4), low_nibble), second_high));
    // A byte two after a lead of E0 or more, or three after F0 or more, must be a continuation
    // byte that follows one: exactly where the pairs' TWO_CONTINUATIONS bit may be set.
    __m256i before2 = VB_BEFORE(input, previous, 2);
    __m256i before3 = VB_BEFORE(input, previous, 3);
    __m256i third = _mm256_subs_epu8(before2, _mm256_set1_epi8((char)(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(before3, _mm256_set1_epi8((char)(0xF0 - 0x80)));
    __m256i needed = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8((char)0x80));
    return _mm256_xor_si256(needed, pairs);
}

/// Whether the last bytes of `input` start a sequence that needs bytes after them.
__attribute__((target("avx2")))
static inline __m256i vb_utf8_unfinished(__m256i input) {
    const __m256i limits = _mm256_setr_epi8(
        (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)255, (char)255, (char)255, (char)255, (char)255,
        (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
    return _mm256_subs_epu8(input, limits);
}

__attribute__((target("avx2")))
static int vb_utf8_is_valid_avx2(const uint8_t *bytes, int64_t length) {
    __m256i previous = _mm256_setzero_si256();
    __m256i errors = _mm256_setzero_si256();
    __m256i unfinished = _mm256_setzero_si256();
    int64_t i = 0;
    for (; i + 32 <= length; i += 32) {
        __m256i input = _mm256_loadu_si256((const __m256i *)(bytes + i));
        if (_mm256_movemask_epi8(input) == 0) {
            // ASCII only: valid unless the bytes before left a sequence open.
            errors = _mm256_or_si256(errors, unfinished);
        } else {
            errors = _mm256_or_si256(errors, vb_utf8_errors(input, previous));
            unfinished = vb_utf8_unfinished(input);
        }
        previous = input;
        // Stop at the first error, checked every 64 KiB.
        if ((i & 0xFFFF) == 0 && !_mm256_testz_si256(errors, errors)) return 0;
    }
    // The rest, padded with NUL bytes: a sequence cut short by the end meets an ASCII byte.
    uint8_t tail[32] = {0};
    memcpy(tail, bytes + i, (size_t)(length - i));
    __m256i input = _mm256_loadu_si256((const __m256i *)tail);
    errors = _mm256_or_si256(errors, vb_utf8_errors(input, previous));
    errors = _mm256_or_si256(errors, vb_utf8_unfinished(input));
    return _mm256_testz_si256(errors, errors);
}
#endif

int32_t vb_utf8_is_valid(const uint8_t *bytes, int64_t length) {
    if (length <= 0) return 1;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx2")) return vb_utf8_is_valid_avx2(bytes, length);
#endif
    return vb_utf8_first_invalid(bytes, length) < 0;
}
