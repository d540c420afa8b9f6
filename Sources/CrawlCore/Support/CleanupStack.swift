/// What an initialiser has acquired so far, released in reverse order if it throws before it
/// owns everything (swift-nio's pattern: acquire into locals, close on every error path). Without
/// it, a later failure ("too many open files" under `ulimit -n`) left the earlier resources to
/// their `deinit`, which only asserts that `close()` happened: a debug build trapped instead of
/// saying what was wrong.
struct CleanupStack {
    private var actions: [() -> Void] = []

    mutating func push(_ action: @escaping () -> Void) {
        actions.append(action)
    }

    /// Runs every action, the last pushed first.
    func unwind() {
        for action in actions.reversed() { action() }
    }
}
