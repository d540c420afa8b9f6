/*
 * nfdelay.c - the "wide area" part of crawl's realnet benchmark: a userspace packet delay for
 * kernels without sch_netem.
 *
 *   nfdelay -d ONE_WAY_MS [-j JITTER_MS] [-a ADDR=ONE_WAY_MS]... [-q QUEUE] [-r RTPRIO]
 *           [-T MAX_SECONDS] [-s STATSFILE]
 *
 * run.sh puts `iptables -t mangle -A PREROUTING -i lo -j NFQUEUE --queue-num QUEUE` into the
 * benchmark's network namespace, so every packet that crosses the namespace's loopback (client to
 * server and back) comes here once. Each packet is held ONE_WAY_MS +- JITTER_MS (uniform) and then
 * accepted: the round trip time is 2 * ONE_WAY_MS. The jitter never reorders a flow: a packet is
 * released no earlier than the previous packet of the same direction of the same 5-tuple (hash
 * buckets; a collision only adds ordering, never reordering). -a gives packets from or to one IPv4
 * address (the DNS server) their own one-way delay, same jitter.
 *
 * PREROUTING on lo runs after the sending socket has let go of the skb, so TCP small queues and
 * the sender's pacing do not see the delay as a local queue: it behaves like a long link.
 *
 * Signals: SIGUSR1 writes the counters (JSON, cumulative; late_max_ms since the previous SIGUSR1)
 * to STATSFILE; SIGTERM / SIGINT, or MAX_SECONDS (default 3600) elapsed, accept every held packet
 * at once, write the counters and exit 0. -r asks for SCHED_FIFO at that priority (so that the
 * benchmarked tools cannot starve the "network" on a small machine); it warns and goes on if that
 * is not allowed.
 *
 * Build: gcc -O2 -Wall -o nfdelay nfdelay.c -lnetfilter_queue -lnfnetlink
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <linux/netfilter.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif
#ifndef NETLINK_NO_ENOBUFS
#define NETLINK_NO_ENOBUFS 5
#endif

#define MAX_ADDR_RULES 8
#define FLOW_BUCKETS (1u << 16)

typedef struct { uint32_t addr; uint64_t one_way_ns; } addr_rule_t;

typedef struct { uint64_t due_ns; uint64_t seq; uint32_t packet_id; } slot_t;

static addr_rule_t addr_rules[MAX_ADDR_RULES];
static int n_addr_rules;
static uint64_t base_ns, jitter_ns;

/* min-heap of held packets, ordered by (due time, arrival sequence) */
static slot_t *held;
static size_t n_held, cap_held;
static uint64_t last_due[FLOW_BUCKETS];
static uint64_t next_seq;

static struct nfq_q_handle *queue;
static volatile sig_atomic_t sig_stop, sig_stats;

static struct {
    uint64_t received, released, verdict_failures, recv_enobufs, peak_held, addr_matched;
    double late_sum_ms, late_max_ms, hold_sum_ms;
} st;

static uint64_t mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* splitmix64: small, seeded from the pid and the clock */
static uint64_t rng;
static uint64_t next_random(void) {
    uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int earlier(const slot_t *a, const slot_t *b) {
    return a->due_ns < b->due_ns || (a->due_ns == b->due_ns && a->seq < b->seq);
}

static void held_push(slot_t s) {
    if (n_held == cap_held) {
        size_t ncap = cap_held ? cap_held * 2 : 16384;
        slot_t *n = realloc(held, ncap * sizeof *n);
        if (!n) { perror("nfdelay: realloc"); exit(1); }
        held = n;
        cap_held = ncap;
    }
    size_t i = n_held++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!earlier(&s, &held[parent])) break;
        held[i] = held[parent];
        i = parent;
    }
    held[i] = s;
    if (n_held > st.peak_held) st.peak_held = n_held;
}

static slot_t held_pop(void) {
    slot_t top = held[0];
    slot_t last = held[--n_held];
    size_t i = 0;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n_held) break;
        if (child + 1 < n_held && earlier(&held[child + 1], &held[child])) child++;
        if (!earlier(&held[child], &last)) break;
        held[i] = held[child];
        i = child;
    }
    if (n_held > 0) held[i] = last;
    return top;
}

static void accept_packet(uint32_t id) {
    if (nfq_set_verdict(queue, id, NF_ACCEPT, 0, NULL) < 0) st.verdict_failures++;
}

static int on_packet(struct nfq_q_handle *qh, struct nfgenmsg *msg, struct nfq_data *nfa, void *data) {
    (void)qh; (void)msg; (void)data;
    struct nfqnl_msg_packet_hdr *hdr = nfq_get_msg_packet_hdr(nfa);
    if (!hdr) return 0;
    uint32_t id = ntohl(hdr->packet_id);
    unsigned char *pkt = NULL;
    int len = nfq_get_payload(nfa, &pkt);
    uint32_t src = 0, dst = 0, ports = 0;
    uint8_t proto = 0;
    if (len >= 20 && (pkt[0] >> 4) == 4) {
        int ihl = (pkt[0] & 0x0f) * 4;
        proto = pkt[9];
        memcpy(&src, pkt + 12, 4);
        memcpy(&dst, pkt + 16, 4);
        if ((proto == IPPROTO_TCP || proto == IPPROTO_UDP) && len >= ihl + 4) memcpy(&ports, pkt + ihl, 4);
    }
    st.received++;
    uint64_t one_way = base_ns;
    for (int i = 0; i < n_addr_rules; i++) {
        if (addr_rules[i].addr == src || addr_rules[i].addr == dst) {
            one_way = addr_rules[i].one_way_ns;
            st.addr_matched++;
            break;
        }
    }
    int64_t d = (int64_t)one_way;
    if (jitter_ns > 0) d += (int64_t)(next_random() % (2 * jitter_ns + 1)) - (int64_t)jitter_ns;
    if (d < 0) d = 0;
    uint64_t now = mono_ns();
    uint64_t due = now + (uint64_t)d;
    /* direction-specific flow: (src, dst, ports, proto) */
    uint64_t h = ((uint64_t)src << 32 | dst) * 0x9E3779B97F4A7C15ull;
    h ^= ((uint64_t)ports << 8 | proto) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    uint32_t bucket = (uint32_t)h & (FLOW_BUCKETS - 1);
    if (due < last_due[bucket]) due = last_due[bucket];
    last_due[bucket] = due;
    st.hold_sum_ms += (double)(due - now) / 1e6;
    held_push((slot_t){ .due_ns = due, .seq = next_seq++, .packet_id = id });
    return 0;
}

static void write_stats(const char *path) {
    FILE *f = path ? fopen(path, "w") : stderr;
    if (!f) return;
    fprintf(f,
            "{\"received\": %llu, \"released\": %llu, \"held\": %zu, \"peak_held\": %llu, "
            "\"addr_matched\": %llu, \"verdict_failures\": %llu, \"recv_enobufs\": %llu, "
            "\"hold_mean_ms\": %.3f, \"late_sum_ms\": %.3f, \"late_max_ms\": %.3f}\n",
            (unsigned long long)st.received, (unsigned long long)st.released, n_held,
            (unsigned long long)st.peak_held, (unsigned long long)st.addr_matched,
            (unsigned long long)st.verdict_failures, (unsigned long long)st.recv_enobufs,
            st.received ? st.hold_sum_ms / (double)st.received : 0.0, st.late_sum_ms, st.late_max_ms);
    if (f != stderr) fclose(f);
}

static void on_signal(int sig) {
    if (sig == SIGUSR1) sig_stats = 1;
    else sig_stop = 1;
}

static void usage(void) {
    fprintf(stderr, "usage: nfdelay -d ONE_WAY_MS [-j JITTER_MS] [-a ADDR=ONE_WAY_MS]... [-q QUEUE] "
                    "[-r RTPRIO] [-T MAX_SECONDS] [-s STATSFILE]\n");
    exit(2);
}

int main(int argc, char **argv) {
    int qnum = 0, rtprio = 0, opt;
    double max_seconds = 3600, base_ms = -1, jitter_ms = 0;
    const char *stats_path = NULL;
    while ((opt = getopt(argc, argv, "d:j:a:q:r:T:s:")) != -1) {
        switch (opt) {
        case 'd': base_ms = atof(optarg); break;
        case 'j': jitter_ms = atof(optarg); break;
        case 'q': qnum = atoi(optarg); break;
        case 'r': rtprio = atoi(optarg); break;
        case 'T': max_seconds = atof(optarg); break;
        case 's': stats_path = optarg; break;
        case 'a': {
            char ip[64];
            double ms;
            const char *eq = strchr(optarg, '=');
            if (!eq || eq - optarg >= (long)sizeof ip || n_addr_rules == MAX_ADDR_RULES) usage();
            memcpy(ip, optarg, (size_t)(eq - optarg));
            ip[eq - optarg] = 0;
            ms = atof(eq + 1);
            struct in_addr a;
            if (inet_pton(AF_INET, ip, &a) != 1) usage();
            addr_rules[n_addr_rules].addr = a.s_addr;
            addr_rules[n_addr_rules].one_way_ns = (uint64_t)(ms * 1e6);
            n_addr_rules++;
            break;
        }
        default: usage();
        }
    }
    if (base_ms < 0 || jitter_ms < 0) usage();
    base_ns = (uint64_t)(base_ms * 1e6);
    jitter_ns = (uint64_t)(jitter_ms * 1e6);
    rng = ((uint64_t)getpid() << 32) ^ mono_ns();

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGUSR1, &sa, NULL);
    signal(SIGHUP, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);

    if (rtprio > 0) {
        struct sched_param sp = { .sched_priority = rtprio };
        if (sched_setscheduler(0, SCHED_FIFO, &sp) < 0)
            fprintf(stderr, "nfdelay: SCHED_FIFO %d not allowed (%s); running at normal priority\n", rtprio,
                    strerror(errno));
        else
            fprintf(stderr, "nfdelay: SCHED_FIFO priority %d\n", rtprio);
    }

    struct nfq_handle *nh = nfq_open();
    if (!nh) { perror("nfdelay: nfq_open"); return 1; }
    queue = nfq_create_queue(nh, (uint16_t)qnum, &on_packet, NULL);
    if (!queue) { perror("nfdelay: nfq_create_queue"); return 1; }
    if (nfq_set_mode(queue, NFQNL_COPY_PACKET, 64) < 0) { perror("nfdelay: nfq_set_mode"); return 1; }
    if (nfq_set_queue_maxlen(queue, 200000) < 0) fprintf(stderr, "nfdelay: could not raise the queue length\n");
    /* whole GSO super-packets, not segmented for us: fewer, bigger packets on loopback */
    if (nfq_set_queue_flags(queue, NFQA_CFG_F_GSO, NFQA_CFG_F_GSO) < 0)
        fprintf(stderr, "nfdelay: no NFQA_CFG_F_GSO; packets are segmented\n");
    nfnl_rcvbufsiz(nfq_nfnlh(nh), 32u << 20);
    int fd = nfq_fd(nh);
    int one = 1;
    setsockopt(fd, SOL_NETLINK, NETLINK_NO_ENOBUFS, &one, sizeof one);
    fprintf(stderr, "nfdelay: pid %d, queue %d, one-way %.3f ms +- %.3f ms, %d address rule(s)\n", (int)getpid(),
            qnum, base_ms, jitter_ms, n_addr_rules);
    fflush(stderr);

    static char buf[1 << 17];
    uint64_t stop_at = mono_ns() + (uint64_t)(max_seconds * 1e9);
    struct pollfd pfd = { .fd = fd, .events = POLLIN };
    for (;;) {
        if (sig_stop) break;
        if (sig_stats) {
            sig_stats = 0;
            write_stats(stats_path);
            st.late_max_ms = 0;
        }
        uint64_t now = mono_ns();
        if (now >= stop_at) {
            fprintf(stderr, "nfdelay: %.0f s elapsed, stopping\n", max_seconds);
            break;
        }
        while (n_held > 0 && held[0].due_ns <= now) {
            slot_t s = held_pop();
            double late = (double)(now - s.due_ns) / 1e6;
            st.late_sum_ms += late;
            if (late > st.late_max_ms) st.late_max_ms = late;
            st.released++;
            accept_packet(s.packet_id);
        }
        uint64_t wait_ns = 100000000ull; /* wake at least every 100 ms for signals and the deadline */
        if (n_held > 0 && held[0].due_ns - now < wait_ns) wait_ns = held[0].due_ns - now;
        struct timespec ts = { .tv_sec = 0, .tv_nsec = (long)wait_ns };
        int r = ppoll(&pfd, 1, &ts, NULL);
        if (r > 0 && (pfd.revents & POLLIN)) {
            for (int k = 0; k < 512; k++) {
                ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
                if (n < 0) {
                    if (errno == ENOBUFS) { st.recv_enobufs++; continue; }
                    break;
                }
                if (n == 0) break;
                nfq_handle_packet(nh, buf, (int)n);
            }
        }
    }
    while (n_held > 0) {
        slot_t s = held_pop();
        st.released++;
        accept_packet(s.packet_id);
    }
    write_stats(stats_path);
    nfq_destroy_queue(queue);
    nfq_close(nh);
    return 0;
}
