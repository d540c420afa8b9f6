#include "CCrawlSupport.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <malloc.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/syscall.h>
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

int CCrawlSupport_signalfd(const int *signals) {
    sigset_t mask;
    sigemptyset(&mask);
    for (const int *s = signals; *s != 0; s++) sigaddset(&mask, *s);
    if (sigprocmask(SIG_BLOCK, &mask, NULL) != 0) return -1;
    return signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
}

int CCrawlSupport_signalfd_read(int fd) {
    struct signalfd_siginfo info;
    ssize_t r = read(fd, &info, sizeof info);
    if (r < 0) return errno == EAGAIN ? 0 : -1;
    return r == (ssize_t)sizeof info ? (int)info.ssi_signo : 0;
}

int CCrawlSupport_unblock_all_signals(void) {
    sigset_t mask;
    sigemptyset(&mask);
    return sigprocmask(SIG_SETMASK, &mask, NULL);
}

int CCrawlSupport_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL); }

int CCrawlSupport_set_process_name(const char *name) { return prctl(PR_SET_NAME, name, 0, 0, 0); }

int CCrawlSupport_signal_is_ignored(int sig) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return 0;
    return current.sa_handler == SIG_IGN;
}

int CCrawlSupport_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

int CCrawlSupport_eventfd(void) {
    return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

int CCrawlSupport_malloc_mmap_threshold(int bytes) {
    return mallopt(M_MMAP_THRESHOLD, bytes);
}

int CCrawlSupport_memfd(const char *name) { return memfd_create(name, MFD_CLOEXEC); }

int CCrawlSupport_pidfd_open(pid_t pid) {
    // pidfds are close-on-exec always; glibc 2.36 has the call but not every libc does.
    return (int)syscall(SYS_pidfd_open, pid, 0);
}

int CCrawlSupport_spawn_close_from(posix_spawn_file_actions_t *actions, int low) {
    return posix_spawn_file_actions_addclosefrom_np(actions, low);
}

int CCrawlSupport_affinity_cpus(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) {
        return -1;
    }
    return CPU_COUNT(&set);
}
