/// Typed wrappers for libcurl's variadic calls, which Swift cannot import.
///
/// libcurl reads each option's argument as exactly one of: a `long`, a `curl_off_t`, a pointer or a
/// function pointer. Passing the wrong width (an `int` where a `long` is read) is undefined behaviour,
/// so every option kind gets its own wrapper with its own suffix and the compiler checks the rest.
#ifndef CCURL_SHIM_H
#define CCURL_SHIM_H

#include <curl/curl.h>

typedef size_t (*CCurl_data_cb)(char *_Nonnull data, size_t size, size_t nmemb, void *_Nullable userdata);
typedef int (*CCurl_socket_cb)(CURL *_Nonnull easy, curl_socket_t s, int what, void *_Nullable userp,
                               void *_Nullable socketp);
typedef int (*CCurl_timer_cb)(CURLM *_Nonnull multi, long timeout_ms, void *_Nullable userp);
typedef CURLcode (*CCurl_ssl_ctx_cb)(CURL *_Nonnull easy, void *_Nonnull ssl_ctx, void *_Nullable userp);

// MARK: easy options
static inline CURLcode CCurl_easy_setopt_long(CURL *_Nonnull easy, CURLoption option, long value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode CCurl_easy_setopt_off_t(CURL *_Nonnull easy, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(easy, option, value);
}
/// libcurl copies string arguments (all but POSTFIELDS), so a `withCString` pointer is enough.
static inline CURLcode CCurl_easy_setopt_string(CURL *_Nonnull easy, CURLoption option, const char *_Nullable value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode CCurl_easy_setopt_ptr(CURL *_Nonnull easy, CURLoption option, void *_Nullable value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode CCurl_easy_setopt_slist(CURL *_Nonnull easy, CURLoption option,
                                               struct curl_slist *_Nullable value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode CCurl_easy_setopt_data_cb(CURL *_Nonnull easy, CURLoption option, CCurl_data_cb _Nullable cb) {
    return curl_easy_setopt(easy, option, cb);
}
static inline CURLcode CCurl_easy_setopt_ssl_ctx_cb(CURL *_Nonnull easy, CCurl_ssl_ctx_cb _Nullable cb) {
    return curl_easy_setopt(easy, CURLOPT_SSL_CTX_FUNCTION, cb);
}

// MARK: easy info
static inline CURLcode CCurl_easy_getinfo_long(CURL *_Nonnull easy, CURLINFO info, long *_Nonnull out) {
    return curl_easy_getinfo(easy, info, out);
}
static inline CURLcode CCurl_easy_getinfo_off_t(CURL *_Nonnull easy, CURLINFO info, curl_off_t *_Nonnull out) {
    return curl_easy_getinfo(easy, info, out);
}
static inline CURLcode CCurl_easy_getinfo_string(CURL *_Nonnull easy, CURLINFO info, char *_Nullable *_Nonnull out) {
    return curl_easy_getinfo(easy, info, out);
}
static inline CURLcode CCurl_easy_getinfo_ptr(CURL *_Nonnull easy, CURLINFO info, void *_Nullable *_Nonnull out) {
    return curl_easy_getinfo(easy, info, out);
}

// MARK: share options
static inline CURLSHcode CCurl_share_setopt_long(CURLSH *_Nonnull share, CURLSHoption option, long value) {
    return curl_share_setopt(share, option, value);
}

// MARK: multi options
static inline CURLMcode CCurl_multi_setopt_long(CURLM *_Nonnull multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}
static inline CURLMcode CCurl_multi_setopt_ptr(CURLM *_Nonnull multi, CURLMoption option, void *_Nullable value) {
    return curl_multi_setopt(multi, option, value);
}
static inline CURLMcode CCurl_multi_setopt_socket_cb(CURLM *_Nonnull multi, CURLMoption option,
                                                     CCurl_socket_cb _Nullable cb) {
    return curl_multi_setopt(multi, option, cb);
}
static inline CURLMcode CCurl_multi_setopt_timer_cb(CURLM *_Nonnull multi, CURLMoption option,
                                                    CCurl_timer_cb _Nullable cb) {
    return curl_multi_setopt(multi, option, cb);
}

// MARK: constants Swift imports badly (macros with casts)
static inline size_t CCurl_writefunc_error(void) { return CURL_WRITEFUNC_ERROR; }
static inline curl_socket_t CCurl_socket_timeout(void) { return CURL_SOCKET_TIMEOUT; }

#endif
