/// The few OpenSSL calls crawl makes itself, on the `SSL_CTX` and `SSL` objects libcurl creates
/// (handed out through `CURLOPT_SSL_CTX_FUNCTION` and `CURLINFO_TLS_SSL_PTR`): a TLS session
/// cache that scales past libcurl 7.88's eight shared entries, and whether a session was resumed.
/// libcurl links the same libssl, so both see the same objects.
#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H

#include <openssl/ssl.h>

/// A new `SSL_CTX` ex-data slot (`SSL_CTX_get_ex_new_index` is a macro).
static inline int COpenSSL_ctx_ex_new_index(void) {
    return SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, NULL);
}

/// The SNI host name a client `SSL` sends (`SSL_get_servername` with the host-name type), or NULL.
static inline const char *_Nullable COpenSSL_sni_host(const SSL *_Nonnull ssl) {
    return SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
}

/// The info callback is handed a `const SSL *`; setting the session on it is what the callback
/// is for here (before the ClientHello is built), so the const is dropped in one named place.
static inline int COpenSSL_set_session(const SSL *_Nonnull ssl, SSL_SESSION *_Nonnull session) {
    return SSL_set_session((SSL *)ssl, session);
}

/// 1 if `ssl` resumed a session, 0 if it made a full handshake.
static inline int COpenSSL_session_reused(void *_Nonnull ssl) {
    return SSL_session_reused((SSL *)ssl);
}

#endif
