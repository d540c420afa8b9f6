/// c-ares, the asynchronous DNS resolver crawl runs inside its own event loop (libcurl on Debian
/// is built with its threaded resolver instead, which cannot be pointed at a server or tell a
/// missing name from a failing server). Wrappers for what Swift imports badly: the options
/// struct, `struct timeval`, and turning an answer into libcurl's `CURLOPT_RESOLVE` syntax.
#ifndef CCARES_SHIM_H
#define CCARES_SHIM_H

#include <ares.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

/// A channel whose sockets are reported to `cb`, with `timeout_ms` per try, `tries` tries per
/// server and `receive_buffer` bytes of socket receive buffer asked for (the kernel caps it at
/// net.core.rmem_max); servers, search domains and the hosts file come from the system.
static inline int CCares_init(ares_channel *_Nonnull channel, ares_sock_state_cb _Nonnull cb, void *_Nullable data,
                              int timeout_ms, int tries, int receive_buffer) {
    struct ares_options options;
    memset(&options, 0, sizeof options);
    options.sock_state_cb = cb;
    options.sock_state_cb_data = data;
    options.timeout = timeout_ms;
    options.tries = tries;
    options.socket_receive_buffer_size = receive_buffer;
    return ares_init_options(channel, &options,
                             ARES_OPT_SOCK_STATE_CB | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_SOCK_RCVBUF);
}

/// Milliseconds until c-ares must be called for its timeouts (rounded up), or -1 for none.
static inline long CCares_timeout_ms(ares_channel _Nonnull channel) {
    struct timeval tv;
    struct timeval *next = ares_timeout(channel, NULL, &tv);
    if (!next) return -1;
    return (long)next->tv_sec * 1000 + ((long)next->tv_usec + 999) / 1000;
}

/// Looks up A and AAAA records of `name` (or the hosts file), sorted as RFC 6724 says.
static inline void CCares_getaddrinfo(ares_channel _Nonnull channel, const char *_Nonnull name,
                                      ares_addrinfo_callback _Nonnull cb, void *_Nullable arg) {
    struct ares_addrinfo_hints hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    ares_getaddrinfo(channel, name, NULL, &hints, cb, arg);
}

/// Writes the answer's addresses as `a.b.c.d,[v6],…` (libcurl's `CURLOPT_RESOLVE` list) into
/// `out`, at most `max` addresses, and the smallest TTL into `ttl`. Returns the number written.
static inline int CCares_format(const struct ares_addrinfo *_Nonnull result, char *_Nonnull out, size_t size,
                                int max, int *_Nonnull ttl) {
    size_t used = 0;
    int count = 0;
    *ttl = -1;
    out[0] = 0;
    for (const struct ares_addrinfo_node *node = result->nodes; node && count < max; node = node->ai_next) {
        char text[INET6_ADDRSTRLEN];
        const void *address;
        if (node->ai_family == AF_INET) {
            address = &((const struct sockaddr_in *)(const void *)node->ai_addr)->sin_addr;
        } else if (node->ai_family == AF_INET6) {
            address = &((const struct sockaddr_in6 *)(const void *)node->ai_addr)->sin6_addr;
        } else {
            continue;
        }
        if (!inet_ntop(node->ai_family, address, text, sizeof text)) continue;
        int n = snprintf(out + used, size - used, node->ai_family == AF_INET6 ? "%s[%s]" : "%s%s",
                         count ? "," : "", text);
        if (n < 0 || (size_t)n >= size - used) break;
        used += (size_t)n;
        count++;
        if (*ttl < 0 || node->ai_ttl < *ttl) *ttl = node->ai_ttl;
    }
    return count;
}

static inline ares_socket_t CCares_socket_bad(void) { return ARES_SOCKET_BAD; }

#endif
