"""A throwaway PostgreSQL server for tests: initdb into a temporary directory, listen on a free
loopback port (and a socket in that directory), stop and remove everything on close().

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (made by
Debian's postgresql package). When the binaries or that user are missing, start() raises
harness.Skipped: the test reports skipped, never passed."""

import atexit
import glob
import os
import pwd
import signal
import subprocess
import tempfile
import time

import harness
from srv_common import TempServer, die_with_parent, stop_process


def _bindir():
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(d, "initdb")):
            return d
    return None


class Postgres(TempServer):
    def __init__(self):
        self.dir = self.port = self.proc = None
        self.user = "genbi"
        self.bindir = _bindir()

    def _owner(self):
        """Popen arguments that run a child as the postgres user when we are root (set in the
        child itself, so signals reach the server and not a wrapper)."""
        if os.geteuid() == 0:
            return {"user": "postgres", "group": "postgres", "extra_groups": []}
        return {}

    def _spawn(self, data, port, logmode):
        return subprocess.Popen(
            [os.path.join(self.bindir, "postgres"), "-D", data, "-p", str(port),
             "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + self.dir,
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
             "-c", "max_connections=200"],
            stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.dir, "log"), logmode),
            start_new_session=True, preexec_fn=die_with_parent, **self._owner())

    def start(self, timeout=60):
        if not self.bindir:
            harness.skip("PostgreSQL server binaries are not installed (postgresql package)")
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                harness.skip("no postgres user to run the server as")
        # Under /tmp, not the build tree: the server user must be able to reach it.
        self.dir = tempfile.mkdtemp(prefix="genbi-pg-")
        if os.geteuid() == 0:
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        data = os.path.join(self.dir, "data")
        r = subprocess.run([os.path.join(self.bindir, "initdb"), "-D", data, "-U", self.user,
                            "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"],
                           capture_output=True, text=True, timeout=timeout, cwd=self.dir,
                           **self._owner())
        if r.returncode != 0:
            raise RuntimeError("initdb failed: %s" % r.stderr[-2000:])
        self.port = harness.closed_port()
        atexit.register(self.close)
        self.proc = self._spawn(data, self.port, "w")
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout):
        self.wait_ready("postgres", lambda: subprocess.run(
            [os.path.join(self.bindir, "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
            capture_output=True).returncode == 0, timeout)

    def dsn(self, db="postgres", options=""):
        return "postgresql://%s@127.0.0.1:%d/%s%s" % (self.user, self.port, db, options)

    def psql(self, sql, db="postgres", check=True, timeout=600):
        """Runs sql with psql as the superuser; returns the CompletedProcess."""
        r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                            "-p", str(self.port), "-U", self.user, "-d", db, "-At"],
                           input=sql, capture_output=True, text=True, timeout=timeout)
        if check and r.returncode != 0:
            raise RuntimeError("psql failed: %s" % r.stderr[-2000:])
        return r

    def stop(self, mode=signal.SIGINT, timeout=30):
        """Stops the server (SIGINT: fast shutdown); the data directory stays for restart()."""
        stop_process(self.proc, mode, timeout)
        self.proc = None

    def restart(self, timeout=60):
        self.stop()
        self.proc = self._spawn(os.path.join(self.dir, "data"), self.port, "a")
        self._wait_ready(timeout)
