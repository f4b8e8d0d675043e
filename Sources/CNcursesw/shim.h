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
#include <wchar.h>
#include <ncursesw/ncurses.h>
#endif
