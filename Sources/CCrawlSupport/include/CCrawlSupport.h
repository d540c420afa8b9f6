/// Linux calls that Swift cannot use directly: `struct epoll_event` is packed on x86_64 (Swift
/// imports it wrongly), timerfd and pipe2 need `_GNU_SOURCE`. Each wrapper returns -1 and sets errno
/// exactly as the call it wraps, so the Swift side turns errno into an error in one place.
#ifndef CCRAWLSUPPORT_H
#define CCRAWLSUPPORT_H

#include <spawn.h>
#include <stdint.h>
#include <sys/types.h>

/// An unpacked copy of one `epoll_event`: the fd it was registered with and the ready events.
typedef struct {
    int32_t fd;
    uint32_t events;
} CCrawlSupport_ready;

extern const uint32_t CCrawlSupport_EPOLLIN;
extern const uint32_t CCrawlSupport_EPOLLOUT;
extern const uint32_t CCrawlSupport_EPOLLERR;
extern const uint32_t CCrawlSupport_EPOLLHUP;
extern const uint32_t CCrawlSupport_EPOLLRDHUP;

int CCrawlSupport_epoll_create(void);
/// `op` is 0 = add, 1 = modify, 2 = delete.
int CCrawlSupport_epoll_ctl(int epfd, int op, int fd, uint32_t events);
/// Waits like `epoll_wait` and copies at most `max` (<= 1024) events into `out`.
int CCrawlSupport_epoll_wait(int epfd, CCrawlSupport_ready *_Nonnull out, int max, int timeout_ms);

int CCrawlSupport_timerfd_create(void);
/// Arms the one-shot timer `ns` nanoseconds from now; `ns < 0` disarms it. 0 is treated as 1 ns
/// (a zero it_value would disarm it).
int CCrawlSupport_timerfd_arm(int fd, int64_t ns);
/// Consumes the expiry count so the fd stops being readable.
int CCrawlSupport_timerfd_drain(int fd);

int CCrawlSupport_pipe_cloexec(int fds[_Nonnull 2]);

/// Blocks `signals` (a 0-terminated list) for this thread and returns a non-blocking, close-on-exec
/// signalfd that reports them; they then arrive as readable data in the event loop, never as handlers.
int CCrawlSupport_signalfd(const int *_Nonnull signals);
/// True when `signal`'s disposition is SIG_IGN, as a shell sets SIGINT for background jobs.
int CCrawlSupport_signal_is_ignored(int signal);
/// Reads one pending signal number from a signalfd; 0 when none is pending, -1 on error.
int CCrawlSupport_signalfd_read(int fd);
/// Unblocks every signal in this thread (for a process about to run code that expects that).
int CCrawlSupport_unblock_all_signals(void);
/// Asks the kernel to send SIGKILL to this process when its parent dies, so no worker outlives the
/// crawl that started it, however that crawl ends.
int CCrawlSupport_die_with_parent(void);
/// Names the calling thread (`prctl(PR_SET_NAME)`, which keeps at most 15 bytes). Called on the
/// main thread, that is the process's name in `/proc/PID/comm`: what `ps`, `top` and `pgrep` show.
int CCrawlSupport_set_process_name(const char *_Nonnull name);

/// The width of the terminal on `fd` in columns; 0 when `fd` is not a terminal or does not say.
int CCrawlSupport_terminal_columns(int fd);

/// glibc's `mallopt(M_MMAP_THRESHOLD, bytes)`: allocations of at least `bytes` get their own
/// mapping, returned to the kernel when freed. Returns 1 on success.
int CCrawlSupport_malloc_mmap_threshold(int bytes);

/// A non-blocking, close-on-exec eventfd: a counter another thread bumps to wake the event loop.
int CCrawlSupport_eventfd(void);

/// A close-on-exec anonymous file in memory (memfd_create), for URLs given as arguments: the
/// reader and the line counter then read them as any regular file.
int CCrawlSupport_memfd(const char *_Nonnull name);

/// A close-on-exec pidfd for the child `pid` (`pidfd_open`, Linux 5.3): readable once that process
/// has exited, whoever still holds its pipes (a crash reporter it started may).
int CCrawlSupport_pidfd_open(pid_t pid);

/// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34, needs `_GNU_SOURCE`): the child gets
/// no fd from `low` up but those the other actions give it, whatever this process inherited.
int CCrawlSupport_spawn_close_from(posix_spawn_file_actions_t *_Nonnull actions, int low);

/// CPUs this process may run on (`sched_getaffinity` and `CPU_COUNT`, a macro Swift cannot call);
/// -1 with errno on failure.
int CCrawlSupport_affinity_cpus(void);

#endif
