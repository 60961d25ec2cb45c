"""What the throwaway test servers (srv_redis.py, srv_nginx.py) share: stopping a process
politely then firmly, and close()/context-manager handling of a server with its own temporary
directory."""

import shutil
import subprocess


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
