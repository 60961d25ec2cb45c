"""What the throwaway test servers (srv_postgres.py, srv_redis.py, srv_nginx.py, …) share: stopping a process
politely then firmly, and close()/context-manager handling of a server with its own temporary
directory."""

import ctypes
import os
import shutil
import signal
import subprocess
import time


def die_with_parent():
    """preexec_fn for test servers: the kernel stops the server when the test process dies, even
    by SIGKILL (a ctest timeout), so no server outlives its test."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def stop_process(proc, sig, timeout):
    """Sends sig and waits; kills the process when it is still there after timeout seconds."""
    if proc and proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class TempServer:
    """A subclass provides start() (returns self) and stop(), and keeps its files in self.dir."""

    dir = None
    proc = None

    def log(self):
        """The server's log file (self.dir/log), or "" when there is none."""
        try:
            with open(os.path.join(self.dir, "log")) as f:
                return f.read()
        except OSError:
            return ""

    def wait_ready(self, name, probe, timeout, pause=0.1):
        """Polls probe() (True when the server answers; OSError counts as not yet) until it
        answers; raises with the log's tail when the server exits or timeout seconds pass."""
        t_end = time.monotonic() + timeout
        while time.monotonic() < t_end:
            if self.proc.poll() is not None:
                raise RuntimeError("%s exited: %s" % (name, self.log()[-2000:]))
            try:
                if probe():
                    return
            except OSError:
                pass
            time.sleep(pause)
        raise RuntimeError("%s not ready after %d s: %s" % (name, timeout, self.log()[-2000:]))

    def close(self):
        self.stop()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()
