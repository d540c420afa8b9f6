#include "CCrawlSupport.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <unistd.h>

_Static_assert(sizeof(int) == sizeof(int32_t), "int must be 32 bits");

const uint32_t CCrawlSupport_EPOLLIN = EPOLLIN;
const uint32_t CCrawlSupport_EPOLLOUT = EPOLLOUT;
const uint32_t CCrawlSupport_EPOLLERR = EPOLLERR;
const uint32_t CCrawlSupport_EPOLLHUP = EPOLLHUP;
const uint32_t CCrawlSupport_EPOLLRDHUP = EPOLLRDHUP;

int CCrawlSupport_epoll_create(void) { return epoll_create1(EPOLL_CLOEXEC); }

int CCrawlSupport_epoll_ctl(int epfd, int op, int fd, uint32_t events) {
    static const int ops[3] = {EPOLL_CTL_ADD, EPOLL_CTL_MOD, EPOLL_CTL_DEL};
    if (op < 0 || op > 2) {
        errno = EINVAL;
        return -1;
    }
    struct epoll_event ev = {0};
    ev.events = events;
    ev.data.fd = fd;
    return epoll_ctl(epfd, ops[op], fd, &ev);
}

int CCrawlSupport_epoll_wait(int epfd, CCrawlSupport_ready *out, int max, int timeout_ms) {
    struct epoll_event evs[1024];
    if (max > 1024) max = 1024;
    int n = epoll_wait(epfd, evs, max, timeout_ms);
    for (int i = 0; i < n; i++) {
        out[i].fd = evs[i].data.fd;
        out[i].events = evs[i].events;
    }
    return n;
}

int CCrawlSupport_timerfd_create(void) { return timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC); }

int CCrawlSupport_timerfd_arm(int fd, int64_t ns) {
    struct itimerspec spec = {0};
    if (ns >= 0) {
        if (ns == 0) ns = 1;
        spec.it_value.tv_sec = ns / 1000000000;
        spec.it_value.tv_nsec = ns % 1000000000;
    }
    return timerfd_settime(fd, 0, &spec, NULL);
}

int CCrawlSupport_timerfd_drain(int fd) {
    uint64_t expirations;
    ssize_t r = read(fd, &expirations, sizeof expirations);
    if (r < 0 && errno == EAGAIN) return 0;
    return r < 0 ? -1 : 0;
}

int CCrawlSupport_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
