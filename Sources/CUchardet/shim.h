/// uchardet, the encoding detector (Mozilla's universal charset detector, kept up by freedesktop),
/// for bodies that declare no encoding and are not valid UTF-8.
#ifndef CUCHARDET_SHIM_H
#define CUCHARDET_SHIM_H

#include <uchardet.h>
#include <string.h>

/// Runs a new detector over `data` and copies the name it settles on into `name` (NUL-terminated,
/// "" when it has no answer or the name does not fit); returns the name's length, or -1 when the
/// detector could not be made or ran out of memory. One call, so the library's string is copied
/// before the detector that owns it is freed.
static inline int CUchardet_detect(const void *_Nonnull data, size_t length, char *_Nonnull name, size_t size) {
    name[0] = 0;
    uchardet_t detector = uchardet_new();
    if (!detector) return -1;
    int failed = uchardet_handle_data(detector, (const char *)data, length);
    uchardet_data_end(detector);
    const char *found = failed ? NULL : uchardet_get_charset(detector);
    size_t found_length = found ? strlen(found) : 0;
    if (found_length >= size) found_length = 0;
    memcpy(name, found ? found : "", found_length);
    name[found_length] = 0;
    uchardet_delete(detector);
    return failed ? -1 : (int)found_length;
}

#endif
