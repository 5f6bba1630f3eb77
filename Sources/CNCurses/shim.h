#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// The wide-character API (cchar_t, setcchar, wadd_wch, wget_wch) is only declared with this.
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <stdio.h>

// Swift 6 rejects the C globals stdout and stdin, which newterm needs.
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }

// Swift 6 rejects the mutable C global stdscr.
static inline WINDOW *cn_stdscr(void) { return stdscr; }

// Swift 6 rejects the mutable C global COLORS.
static inline int cn_colors(void) { return COLORS; }

// Swift 6 rejects the mutable C global COLOR_PAIRS.
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

// getmaxyx is a macro that assigns to its arguments.
static inline void cn_getmaxyx(WINDOW *win, int *rows, int *columns) { getmaxyx(win, *rows, *columns); }

// A_NORMAL is built by the NCURSES_BITS macro, which Swift cannot import.
static inline attr_t cn_a_normal(void) { return A_NORMAL; }

// A_BOLD is built by the NCURSES_BITS macro, which Swift cannot import.
static inline attr_t cn_a_bold(void) { return A_BOLD; }

// A_DIM is built by the NCURSES_BITS macro, which Swift cannot import.
static inline attr_t cn_a_dim(void) { return A_DIM; }

// A_ITALIC is built by the NCURSES_BITS macro, which Swift cannot import.
static inline attr_t cn_a_italic(void) { return A_ITALIC; }

// A_UNDERLINE is built by the NCURSES_BITS macro, which Swift cannot import.
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }

// A_REVERSE is built by the NCURSES_BITS macro, which Swift cannot import.
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }

// KEY_F(n) is a function-like macro.
static inline int cn_key_f(int n) { return KEY_F(n); }

// CCHARW_MAX (characters per cell) is a macro of an expression Swift may not import.
static inline int cn_ccharw_max(void) { return CCHARW_MAX; }

#endif
