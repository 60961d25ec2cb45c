"""A throwaway Redis server for tests: no persistence (--save "", --appendonly no), its own
temporary directory, a free loopback port, stopped and removed on close(). stop() and restart()
keep the port, so a genbi pointed at it sees the same address come back.

When redis-server is missing, start() raises harness.Skipped: the test reports skipped."""

import atexit
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import harness
from srv_common import TempServer, die_with_parent, stop_process


class Redis(TempServer):
    def __init__(self):
        self.dir = self.port = self.proc = None
        self.bin = shutil.which("redis-server")

    def _spawn(self, logmode):
        return subprocess.Popen(
            [self.bin, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.dir, "--logfile", "", "--protected-mode", "no"],
            stdout=open(os.path.join(self.dir, "log"), logmode), stderr=subprocess.STDOUT,
            start_new_session=True, preexec_fn=die_with_parent)

    def start(self, timeout=20):
        if not self.bin:
            harness.skip("redis-server is not installed (redis-server package)")
        self.dir = tempfile.mkdtemp(prefix="genbi-redis-")
        self.port = harness.closed_port()
        atexit.register(self.close)
        self.proc = self._spawn("w")
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout):
        self.wait_ready("redis-server", lambda: self.command("PING") == "PONG", timeout, 0.05)

    def url(self, db=0):
        return "redis://127.0.0.1:%d/%d" % (self.port, db)

    def command(self, *args, timeout=5):
        """Sends one command (RESP); returns a str, int, list or None. Errors raise RuntimeError."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as s:
            out = b"*%d\r\n" % len(args)
            for a in args:
                a = a if isinstance(a, bytes) else str(a).encode()
                out += b"$%d\r\n%s\r\n" % (len(a), a)
            s.sendall(out)
            f = s.makefile("rb")
            return self._read(f)

    def _read(self, f):
        line = f.readline()
        if not line:
            raise OSError("redis closed the connection")
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RuntimeError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            if n < 0:
                return None
            data = f.read(n + 2)[:-2]
            return data.decode("utf-8", "replace")
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self._read(f) for _ in range(n)]
        raise RuntimeError("unexpected reply %r" % line)

    def stop(self, timeout=20):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)  # a paused server cannot act on SIGTERM
        stop_process(self.proc, signal.SIGTERM, timeout)
        if self.proc:
            self.proc.stdout and self.proc.stdout.close()
        self.proc = None

    def pause(self):
        """SIGSTOP: the server keeps its connections but answers nothing (a hung Redis)."""
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self):
        self.proc.send_signal(signal.SIGCONT)

    def restart(self, timeout=20):
        self.stop()
        self.proc = self._spawn("a")
        self._wait_ready(timeout)
