"""What the throwaway test servers (srv_postgres.py, srv_redis.py, srv_nginx.py, …) share: stopping a process
politely then firmly, and close()/context-manager handling of a server with its own temporary
directory."""

import ctypes
import shutil
import signal
import subprocess


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

    def close(self):
        self.stop()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()
