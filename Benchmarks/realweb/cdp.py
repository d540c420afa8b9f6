"""A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (python3 stdlib only).

Chromium reads commands from its fd 3 and writes responses and events to its fd 4, one JSON object per
message, each ended by a NUL byte. One reader thread dispatches responses to their waiting callers (by
id) and events to a queue per session (flat sessions: Target.attachToTarget with flatten=true).
Fetch.requestPaused events are answered by a handler on a thread of their own, so that a navigation
paused for interception never waits on the caller that is waiting for Page.navigate.
"""

import fcntl
import shutil
import json
import os
import queue
import signal
import subprocess
import threading
import time


class CDPError(Exception):
    pass


class CDPTimeout(CDPError):
    pass


class CDPClosed(CDPError):
    pass


def _high_pipe():
    """A pipe whose fds are 10 or more, so that moving them onto 3 and 4 never clobbers one of them."""
    fds = []
    for fd in os.pipe():
        high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(fd)
        fds.append(high)
    return fds[0], fds[1]


class Browser:
    def __init__(self, argv, env=None, stderr_path=None, paused_handler=None):
        self._to_r, self._to_w = _high_pipe()      # we write, chromium reads on its fd 3
        self._from_r, self._from_w = _high_pipe()  # chromium writes on its fd 4, we read
        to_r, from_w = self._to_r, self._from_w
        # Chromium wants its ends on fds 3 and 4: bash (dash takes one-digit fds only) moves them there
        # and execs the browser.
        wrapper = [shutil.which("bash") or "/bin/bash", "-c", 'exec "$@" 3<&%d 4>&%d %d<&- %d>&-' % (to_r, from_w, to_r, from_w), "sh"]
        self._stderr = open(stderr_path, "ab") if stderr_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            wrapper + list(argv), stdin=subprocess.DEVNULL, stdout=self._stderr, stderr=self._stderr, env=env,
            pass_fds=(to_r, from_w), start_new_session=True)
        os.close(self._to_r)
        os.close(self._from_w)
        self._write_lock = threading.Lock()
        self._next_id = 0
        self._pending = {}
        self._pending_lock = threading.Lock()
        self._sessions = {}
        self.closed = False
        self._paused_handler = paused_handler
        self._paused = queue.Queue()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self._responder = threading.Thread(target=self._paused_loop, daemon=True)
        self._responder.start()

    # -- plumbing -------------------------------------------------------------------------------
    def _read_loop(self):
        buf = b""
        try:
            while True:
                chunk = os.read(self._from_r, 1 << 20)
                if not chunk:
                    break
                buf += chunk
                while True:
                    nul = buf.find(b"\0")
                    if nul < 0:
                        break
                    raw, buf = buf[:nul], buf[nul + 1:]
                    try:
                        msg = json.loads(raw)
                    except ValueError:
                        continue
                    self._dispatch(msg)
        except OSError:
            pass
        self.closed = True
        with self._pending_lock:
            waiting = list(self._pending.values())
        for slot in waiting:
            slot[1] = {"error": {"message": "browser closed the pipe"}, "_closed": True}
            slot[0].set()
        self._paused.put(None)

    def _dispatch(self, msg):
        if "id" in msg:
            with self._pending_lock:
                slot = self._pending.get(msg["id"])
            if slot is not None:
                slot[1] = msg
                slot[0].set()
            return
        method = msg.get("method", "")
        if method == "Fetch.requestPaused" and self._paused_handler is not None:
            self._paused.put(msg)
            return
        q = self._sessions.get(msg.get("sessionId"))
        if q is not None:
            q.put(msg)

    def _paused_loop(self):
        while True:
            msg = self._paused.get()
            if msg is None:
                return
            try:
                self._paused_handler(self, msg)
            except CDPError:
                pass

    def post(self, method, params=None, session=None, slot=None):
        """Send; with slot ([Event, None]) the answer is stored in slot[1]. Returns the id."""
        with self._write_lock:
            self._next_id += 1
            mid = self._next_id
            if slot is not None:
                with self._pending_lock:
                    self._pending[mid] = slot
            msg = {"id": mid, "method": method, "params": params or {}}
            if session:
                msg["sessionId"] = session
            data = json.dumps(msg).encode() + b"\0"
            try:
                view = memoryview(data)
                while view:
                    n = os.write(self._to_w, view)
                    view = view[n:]
            except OSError as e:
                raise CDPClosed(str(e))
        return mid

    def send(self, method, params=None, session=None, timeout=10.0):
        if self.closed:
            raise CDPClosed("browser is gone")
        slot = [threading.Event(), None]
        mid = None
        try:
            mid = self.post(method, params, session, slot)
            if not slot[0].wait(timeout):
                raise CDPTimeout("%s: no answer in %.0f s" % (method, timeout))
        finally:
            if mid is not None:
                with self._pending_lock:
                    self._pending.pop(mid, None)
        msg = slot[1]
        if msg.get("_closed"):
            raise CDPClosed("browser closed the pipe during %s" % method)
        if "error" in msg:
            raise CDPError("%s: %s" % (method, msg["error"].get("message")))
        return msg.get("result", {})

    def events(self, session):
        q = self._sessions.get(session)
        if q is None:
            q = self._sessions[session] = queue.Queue()
        return q

    def forget(self, session):
        self._sessions.pop(session, None)

    # -- life -------------------------------------------------------------------------------------
    def close(self, grace=5.0):
        """Browser.close, then SIGTERM, then SIGKILL, all to the process (and the session) we started."""
        if self.proc.poll() is None and not self.closed:
            try:
                self.post("Browser.close")
            except CDPError:
                pass
        deadline = time.monotonic() + grace
        while self.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if self.proc.poll() is not None:
                break
            try:
                self.proc.send_signal(sig)
            except ProcessLookupError:
                break
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:
                pass
        # Chromium's helpers (zygote, renderers, GPU/network utility processes) are in the session
        # this process leads (start_new_session): signal that group, which only we started.
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        for fd in (self._to_w, self._from_r):
            try:
                os.close(fd)
            except OSError:
                pass
        if self._stderr is not subprocess.DEVNULL:
            self._stderr.close()
