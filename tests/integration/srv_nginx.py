"""A throwaway nginx in front of several genbi instances: its own configuration, logs and
temporary files in a temporary directory, an upstream of the instances' loopback ports, a free
loopback port to listen on; stopped and removed on close().

When nginx is missing (Debian's nginx-light), start() raises harness.Skipped."""

import atexit
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import harness
from srv_common import TempServer, stop_process
from srv_common import die_with_parent

CONF = """
worker_processes 1;
error_log {dir}/error.log warn;
{user}
events {{ worker_connections 1024; }}
http {{
    access_log {dir}/access.log;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream genbi {{
{servers}
        keepalive 16;
        keepalive_timeout 5s;  # below genbi's server.header_timeout_ms
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://genbi;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 60s;
            proxy_buffering off;
        }}
    }}
}}
"""


def _binary():
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.path.exists(p)), None)


class Nginx(TempServer):
    def __init__(self, upstream_ports):
        self.ports = list(upstream_ports)
        self.dir = self.port = self.proc = None
        self.bin = _binary()

    def start(self, timeout=20):
        if not self.bin:
            harness.skip("nginx is not installed (nginx-light package)")
        self.dir = tempfile.mkdtemp(prefix="genbi-nginx-")
        self.port = harness.closed_port()
        servers = "\n".join("        server 127.0.0.1:%d;" % p for p in self.ports)
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as f:
            f.write(CONF.format(dir=self.dir, port=self.port, servers=servers,
                                user="user root;" if os.geteuid() == 0 else ""))
        atexit.register(self.close)
        self.proc = subprocess.Popen(
            [self.bin, "-p", self.dir, "-c", conf,
             "-g", "daemon off; pid %s/nginx.pid;" % self.dir],
            stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.dir, "stderr"), "w"),
            start_new_session=True, preexec_fn=die_with_parent)
        t_end = time.monotonic() + timeout
        while time.monotonic() < t_end:
            if self.proc.poll() is not None:
                raise RuntimeError("nginx exited: %s" % self.log())
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx not listening after %d s: %s" % (timeout, self.log()))

    def log(self):
        out = ""
        for name in ("stderr", "error.log"):
            try:
                with open(os.path.join(self.dir, name)) as f:
                    out += f.read()
            except OSError:
                pass
        return out[-3000:]

    def stop(self):
        stop_process(self.proc, signal.SIGQUIT, 10)  # SIGQUIT: finishes what it serves
        self.proc = None
