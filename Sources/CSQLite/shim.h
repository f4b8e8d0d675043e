#ifndef VERBATIM_CSQLITE_SHIM_H
#define VERBATIM_CSQLITE_SHIM_H
// SQLite's C API, for the library index.
#include <sqlite3.h>

/// SQLITE_TRANSIENT, which Swift cannot import (a cast macro): SQLite copies bound text.
static inline sqlite3_destructor_type vb_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
