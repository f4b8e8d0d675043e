#ifndef VERBATIM_CICUREGEX_H
#define VERBATIM_CICUREGEX_H
// ICU's regular expressions (libicui18n), for the tests only: they check that the clock-time
// reader reads what the ICU patterns it implements match. The verbatim executable does not
// link this module, so it does not load libicui18n.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Regular expressions (Regex.c)

/// A compiled ICU regular expression (the engine and syntax of Foundation's NSRegularExpression).
typedef struct VBRegex VBRegex;

/// Compiles `pattern` (UTF-16, `length` code units), case-insensitive when `case_insensitive`
/// is non-zero; NULL when the pattern is not valid.
VBRegex *vb_regex_create(const uint16_t *pattern, int32_t length, int32_t case_insensitive);

/// Frees a regular expression made by vb_regex_create.
void vb_regex_destroy(VBRegex *regex);

/// The number of capture groups of `regex`, or -1.
int32_t vb_regex_group_count(VBRegex *regex);

/// Finds every match of `regex` in `text` (UTF-16, `length` code units), left to right without
/// overlaps. For each match writes, for the whole match and then each capture group, its start
/// and end (UTF-16 offsets; -1 and -1 for a group that took no part) to `out`: 2 × (groups + 1)
/// values per match. Returns the number of values written, -2 when `capacity` is too small, or
/// -1 when ICU reports an error. Safe to call from several threads at once.
int32_t vb_regex_matches(VBRegex *regex, const uint16_t *text, int32_t length,
                         int32_t *out, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
