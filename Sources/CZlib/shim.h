#ifndef FULLKIT_CZLIB_SHIM_H
#define FULLKIT_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro Swift cannot import; this wraps it as a function.
static inline int fullkit_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
