#if canImport(Glibc)
import Glibc
#endif

/// Standard input, output and error as the process found them. A program started with `>&-` or
/// `<&-` has no fd 1 or 0, and the next file it opens takes that number: crawl's epoll set once
/// became "stdin" ("epoll_ctl(ADD): File exists") and the records went to a socket ("write(output):
/// Invalid argument"). So the first thing crawl does is put /dev/null on each closed one, and the
/// run refuses, in words, a closed stream it needs.
enum StandardStreams {
    /// Which of 0, 1, 2 were closed at start (then reopened on /dev/null).
    nonisolated(unsafe) private(set) static var closedAtStart: Set<Int32> = []

    /// Call first, before anything opens a file.
    static func secure() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            closedAtStart.insert(fd)
            // open(2) takes the lowest free number, this one as 0…fd-1 are open by now; dup2 in
            // case something of the runtime's already took it.
            let null = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd {
                _ = dup2(null, fd)
                _ = close(null)
            }
        }
    }

    /// The one-line usage error for a closed stream the run needs, if any.
    static func problem(readsStandardInput: Bool, writesStandardOutput: Bool) -> String? {
        if readsStandardInput, closedAtStart.contains(STDIN_FILENO) {
            return "standard input is closed (<&-), so there are no URLs to read: give a file of URLs or URLs as arguments"
        }
        if writesStandardOutput, closedAtStart.contains(STDOUT_FILENO) {
            return "standard output is closed (>&-), so the records have nowhere to go: give -o FILE or redirect it (> out.jsonl)"
        }
        return nil
    }
}
