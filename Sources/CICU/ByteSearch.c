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
    return at + n <= length && memcmp(haystack + at, needle, (size_t)n) == 0;
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
    if (n > 1 && __builtin_cpu_supports("avx2")) {
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
