#ifndef VERBATIM_CNCURSESW_SHIM_H
#define VERBATIM_CNCURSESW_SHIM_H
// Enable the wide-character API before ncurses is included.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

// Function-like and computed macros of ncurses that Swift cannot import, as inline functions.

static inline attr_t vb_attr_bold(void) { return A_BOLD; }
static inline attr_t vb_attr_dim(void) { return A_DIM; }
static inline attr_t vb_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t vb_attr_reverse(void) { return A_REVERSE; }
static inline attr_t vb_attr_normal(void) { return A_NORMAL; }

static inline int vb_color_pairs(void) { return COLOR_PAIRS; }
static inline int vb_colors(void) { return COLORS; }

static inline int vb_lines(WINDOW *win) { return getmaxy(win); }
static inline int vb_columns(WINDOW *win) { return getmaxx(win); }
static inline int vb_cursor_y(WINDOW *win) { return getcury(win); }
static inline int vb_cursor_x(WINDOW *win) { return getcurx(win); }
static inline WINDOW *vb_stdscr(void) { return stdscr; }
static inline WINDOW *vb_curscr(void) { return curscr; }

static inline mmask_t vb_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t vb_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t vb_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Reads the next mouse event into the given fields; returns OK or ERR.
static inline int vb_getmouse(int *x, int *y, mmask_t *state) {
    MEVENT event;
    int result = getmouse(&event);
    if (result == OK) {
        *x = event.x;
        *y = event.y;
        *state = event.bstate;
    }
    return result;
}

/// Fills a `cchar_t` from up to CCHARW_MAX - 1 wide characters, an attribute set and a pair.
static inline int vb_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(cell, text, attrs, pair, NULL);
}
/// A terminfo string capability by name, or NULL when the terminal lacks it.
static inline const char *vb_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/// A terminfo string capability with one or two numeric parameters filled in.
static inline const char *vb_parameterized(const char *capability, int first, int second) {
    return tiparm(capability, first, second);
}
extern int wcwidth(wchar_t c);

/// The C library's display width of one character under the current locale (-1: not printable).
static inline int vb_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

static inline FILE *vb_stdout(void) { return stdout; }
static inline FILE *vb_stdin(void) { return stdin; }
#endif
