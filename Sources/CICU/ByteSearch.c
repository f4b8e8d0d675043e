#define _GNU_SOURCE
#include "CICU.h"

#include <string.h>

int64_t vb_find_bytes(const uint8_t *haystack, int64_t length, const uint8_t *needle, int64_t needle_length) {
    if (length <= 0 || needle_length <= 0 || needle_length > length) {
        return -1;
    }
    const void *found = memmem(haystack, (size_t)length, needle, (size_t)needle_length);
    return found == NULL ? -1 : (int64_t)((const uint8_t *)found - haystack);
}

/// Whether needle `k` occurs at `at` (its first and last bytes already match or not).
static int vb_matches_at(const uint8_t *haystack, int64_t length, int64_t at, const uint8_t *needle, int64_t n) {
    return at + n <= length && haystack[at] == needle[0] && memcmp(haystack + at, needle, (size_t)n) == 0;
}

/// The earliest place where one of the needles occurs, needle by needle (the fallback).
static int64_t vb_find_any_each(const uint8_t *haystack, int64_t length, const uint8_t *const *needles,
                                const int64_t *lengths, int64_t count, int64_t *which) {
    int64_t best = -1;
    for (int64_t k = 0; k < count; k++) {
        int64_t limit = best < 0 ? length : best + lengths[k];
        int64_t at = vb_find_bytes(haystack, limit < length ? limit : length, needles[k], lengths[k]);
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            *which = k;
        }
    }
    return best;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

/// The earliest place where one of the needles occurs, 32 positions at a time: a position is
/// a candidate for a needle when the needle's first byte is there and its last byte where it
/// would end; candidates are then compared in full. At most 16 needles.
__attribute__((target("avx2")))
static int64_t vb_find_any_avx2(const uint8_t *haystack, int64_t length, const uint8_t *const *needles,
                                const int64_t *lengths, int64_t count, int64_t *which) {
    __m256i first[16], last[16];
    int64_t longest = 0;
    for (int64_t k = 0; k < count; k++) {
        first[k] = _mm256_set1_epi8((char)needles[k][0]);
        last[k] = _mm256_set1_epi8((char)needles[k][lengths[k] - 1]);
        if (lengths[k] > longest) longest = lengths[k];
    }
    int64_t i = 0;
    for (; i + 32 + longest - 1 <= length; i += 32) {
        __m256i block = _mm256_loadu_si256((const __m256i *)(haystack + i));
        uint32_t any = 0;
        for (int64_t k = 0; k < count; k++) {
            __m256i end = _mm256_loadu_si256((const __m256i *)(haystack + i + lengths[k] - 1));
            __m256i hit = _mm256_and_si256(_mm256_cmpeq_epi8(block, first[k]), _mm256_cmpeq_epi8(end, last[k]));
            any |= (uint32_t)_mm256_movemask_epi8(hit);
        }
        while (any != 0) {
            int64_t at = i + __builtin_ctz(any);
            for (int64_t k = 0; k < count; k++) {
                if (vb_matches_at(haystack, length, at, needles[k], lengths[k])) {
                    *which = k;
                    return at;
                }
            }
            any &= any - 1;
        }
    }
    for (; i < length; i++) {
        for (int64_t k = 0; k < count; k++) {
            if (vb_matches_at(haystack, length, i, needles[k], lengths[k])) {
                *which = k;
                return i;
            }
        }
    }
    return -1;
}
#endif

int64_t vb_find_any(const uint8_t *haystack, int64_t length, const uint8_t *const *needles,
                    const int64_t *lengths, int64_t count, int64_t *which) {
    // The needles that are not empty.
    const uint8_t *kept[16];
    int64_t keptLengths[16], index[16], n = 0;
    for (int64_t k = 0; k < count; k++) {
        if (lengths[k] <= 0) continue;
        if (n == 16) return vb_find_any_each(haystack, length, needles, lengths, count, which);
        kept[n] = needles[k];
        keptLengths[n] = lengths[k];
        index[n] = k;
        n++;
    }
    if (n == 0 || length <= 0) return -1;
    int64_t found = -1, k = 0;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    // One needle too: its first and last bytes together rule out far more places than the
    // library's memmem does for a short needle of CJK text.
    if (__builtin_cpu_supports("avx2")) {
        found = vb_find_any_avx2(haystack, length, kept, keptLengths, n, &k);
    } else {
        found = vb_find_any_each(haystack, length, kept, keptLengths, n, &k);
    }
#else
    found = vb_find_any_each(haystack, length, kept, keptLengths, n, &k);
#endif
    if (found >= 0) *which = index[k];
    return found;
}

/// Whether `text[i]` may start a citation in Chinese text (see vb_next_chinese_citation_start).
static int vb_starts_chinese_citation(const uint8_t *text, int64_t length, int64_t i) {
    uint8_t b = text[i];
    if ((uint8_t)(b - 0x30) < 10 || (uint8_t)(b - 0x41) < 26) return 1;
    if (i + 2 >= length) return 0;
    return (b == 0xE7 && text[i + 1] == 0xAC && text[i + 2] == 0xAC) || (b == 0xE3 && text[i + 1] == 0x80 && text[i + 2] == 0x8A);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/// vb_next_chinese_citation_start, 32 bytes at a time.
__attribute__((target("avx2,popcnt")))
static int64_t vb_next_chinese_citation_start_avx2(const uint8_t *text, int64_t length, int64_t from, int64_t *scalars) {
    const __m256i zero = _mm256_set1_epi8(0x30), nine = _mm256_set1_epi8(9);
    const __m256i capitalA = _mm256_set1_epi8(0x41), twentyFive = _mm256_set1_epi8(25);
    const __m256i e7 = _mm256_set1_epi8((char)0xE7), ac = _mm256_set1_epi8((char)0xAC);
    const __m256i e3 = _mm256_set1_epi8((char)0xE3), x80 = _mm256_set1_epi8((char)0x80), x8a = _mm256_set1_epi8((char)0x8A);
    const __m256i continuation = _mm256_set1_epi8((char)0xC0);
    int64_t count = 0, i = from;
    for (; i + 34 <= length; i += 32) {
        __m256i b0 = _mm256_loadu_si256((const __m256i *)(text + i));
        __m256i b1 = _mm256_loadu_si256((const __m256i *)(text + i + 1));
        __m256i b2 = _mm256_loadu_si256((const __m256i *)(text + i + 2));
        __m256i digit = _mm256_sub_epi8(b0, zero);
        digit = _mm256_cmpeq_epi8(_mm256_min_epu8(digit, nine), digit);
        __m256i capital = _mm256_sub_epi8(b0, capitalA);
        capital = _mm256_cmpeq_epi8(_mm256_min_epu8(capital, twentyFive), capital);
        __m256i di = _mm256_and_si256(_mm256_cmpeq_epi8(b0, e7),
                                      _mm256_and_si256(_mm256_cmpeq_epi8(b1, ac), _mm256_cmpeq_epi8(b2, ac)));
        __m256i book = _mm256_and_si256(_mm256_cmpeq_epi8(b0, e3),
                                        _mm256_and_si256(_mm256_cmpeq_epi8(b1, x80), _mm256_cmpeq_epi8(b2, x8a)));
        uint32_t hits = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(digit, capital), _mm256_or_si256(di, book)));
        // Continuation bytes are 0x80 to 0xBF: below 0xC0 as signed bytes, and negative.
        uint32_t follows = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(continuation, b0));
        uint32_t leads = ~follows;
        if (hits != 0) {
            int at = __builtin_ctz(hits);
            count += __builtin_popcount(leads & ((1u << at) - 1u));
            *scalars = count;
            return i + at;
        }
        count += __builtin_popcount(leads);
    }
    for (; i < length; i++) {
        if (vb_starts_chinese_citation(text, length, i)) break;
        if ((text[i] & 0xC0) != 0x80) count++;
    }
    *scalars = count;
    return i;
}
#endif

int64_t vb_next_chinese_citation_start(const uint8_t *text, int64_t length, int64_t from, int64_t *scalars) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx2")) return vb_next_chinese_citation_start_avx2(text, length, from, scalars);
#endif
    int64_t count = 0, i = from;
    for (; i < length; i++) {
        if (vb_starts_chinese_citation(text, length, i)) break;
        if ((text[i] & 0xC0) != 0x80) count++;
    }
    *scalars = count;
    return i;
}
