#ifndef FULLKIT_CARCHIVE_SHIM_H
#define FULLKIT_CARCHIVE_SHIM_H

#include <archive.h>
#include <archive_entry.h>

/// `AE_IFREG` and `AE_IFLNK` are cast macros Swift cannot import.
static const unsigned int fullkit_AE_IFREG = AE_IFREG;
static const unsigned int fullkit_AE_IFLNK = AE_IFLNK;
static const unsigned int fullkit_AE_IFDIR = AE_IFDIR;

#endif
