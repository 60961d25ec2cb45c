"""A throwaway MariaDB server for tests: mariadb-install-db into a temporary directory under /tmp,
mariadbd with no option files, listening on a free loopback port (and a socket in that
directory), stopped and removed on close().

As root the server runs as the `mysql` user (made by Debian's mariadb-server package). Two
accounts are made: `admin` (every privilege) and `reader` (SELECT and SHOW VIEW only, on the
test database). When the binaries are missing, start() raises harness.Skipped: the test reports
skipped, never passed."""

import atexit
import os
import pwd
import signal
import subprocess
import tempfile
import time

import harness
from srv_postgres import Postgres, die_with_parent

ADMIN, ADMIN_PW = "admin", "adm1n"
READER, READER_PW = "reader", "r3ad:er@x"  # characters a DSN must percent-encode


def _which(*names):
    for n in names:
        for d in ("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"):
            p = os.path.join(d, n)
            if os.path.exists(p):
                return p
    return None


class MariaDB(Postgres):
    """log(), close() and the context manager are Postgres's: the same directory layout."""

    def __init__(self, db="genbi"):
        self.dir = self.port = self.proc = None
        self.db = db
        self.server = _which("mariadbd", "mysqld")
        self.install = _which("mariadb-install-db", "mysql_install_db")
        self.client = _which("mariadb", "mysql")

    def _owner(self):
        if os.geteuid() == 0:
            return {"user": "mysql", "group": "mysql", "extra_groups": []}
        return {}

    def _args(self):
        return ["--no-defaults", "--datadir=" + os.path.join(self.dir, "data"),
                "--socket=" + self.socket(), "--port=%d" % self.port,
                "--bind-address=127.0.0.1", "--skip-name-resolve",
                "--pid-file=" + os.path.join(self.dir, "mariadb.pid"),
                "--log-error=" + os.path.join(self.dir, "log"),
                "--innodb-buffer-pool-size=32M", "--innodb-log-file-size=16M",
                "--innodb-flush-log-at-trx-commit=0", "--max-connections=300",
                "--skip-log-bin", "--performance-schema=OFF"]

    def _spawn(self):
        return subprocess.Popen([self.server] + self._args(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True,
                                preexec_fn=die_with_parent, **self._owner())

    def socket(self):
        return os.path.join(self.dir, "mariadb.sock")

    def start(self, timeout=90):
        if not (self.server and self.install and self.client):
            harness.skip("MariaDB server binaries are not installed (mariadb-server package)")
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("mysql")
            except KeyError:
                harness.skip("no mysql user to run the server as")
        # Under /tmp, not the build tree: the server user must be able to reach it.
        self.dir = tempfile.mkdtemp(prefix="genbi-my-")
        if os.geteuid() == 0:
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        r = subprocess.run([self.install, "--no-defaults",
                            "--datadir=" + os.path.join(self.dir, "data"),
                            "--auth-root-authentication-method=normal", "--skip-test-db",
                            "--skip-name-resolve"],
                           capture_output=True, text=True, timeout=timeout, cwd=self.dir,
                           **self._owner())
        if r.returncode != 0:
            raise RuntimeError("mariadb-install-db failed: %s" % (r.stdout + r.stderr)[-2000:])
        self.port = harness.closed_port()
        atexit.register(self.close)
        self.proc = self._spawn()
        self._wait_ready(timeout)
        self.sql("CREATE DATABASE %s CHARACTER SET utf8mb4;"
                 "CREATE USER '%s'@'127.0.0.1' IDENTIFIED BY '%s';"
                 "GRANT ALL PRIVILEGES ON *.* TO '%s'@'127.0.0.1' WITH GRANT OPTION;"
                 "CREATE USER '%s'@'127.0.0.1' IDENTIFIED BY '%s';"
                 "GRANT SELECT, SHOW VIEW ON %s.* TO '%s'@'127.0.0.1';"
                 % (self.db, ADMIN, ADMIN_PW, ADMIN, READER, READER_PW, self.db, READER),
                 db=None, root=True)
        return self

    def _wait_ready(self, timeout):
        self.wait_ready("mariadbd", lambda: subprocess.run(
            [self.client, "--no-defaults", "-uroot", "-S", self.socket(), "-e", "SELECT 1"],
            capture_output=True, timeout=30).returncode == 0, timeout)

    def dsn(self, reader=True, options="", scheme="mysql"):
        from urllib.parse import quote
        user, pw = (READER, READER_PW) if reader else (ADMIN, ADMIN_PW)
        return "%s://%s:%s@127.0.0.1:%d/%s%s" % (scheme, quote(user, safe=""), quote(pw, safe=""),
                                                 self.port, self.db, options)

    def sql(self, sql, db="", root=False, check=True, timeout=600):
        """Runs sql with the mariadb client (as root over the socket, else as admin over TCP);
        returns the output rows as lists of strings."""
        args = [self.client, "--no-defaults", "-B", "-N", "-r"]
        if root:
            args += ["-uroot", "-S", self.socket()]
        else:
            args += ["-u" + ADMIN, "-p" + ADMIN_PW, "-h127.0.0.1", "-P%d" % self.port]
        if db is not None:
            args.append(db or self.db)
        r = subprocess.run(args, input=sql, capture_output=True, text=True, timeout=timeout)
        if check and r.returncode != 0:
            raise RuntimeError("mariadb failed: %s" % r.stderr[-2000:])
        return [line.split("\t") for line in r.stdout.splitlines()]

    def stop(self, mode=signal.SIGTERM, timeout=60):
        super().stop(mode, timeout)

    def restart(self, timeout=90):
        self.stop()
        self.proc = self._spawn()
        self._wait_ready(timeout)
