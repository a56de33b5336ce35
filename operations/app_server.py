"""The site under gunicorn on 127.0.0.1, as production runs it, for what needs a real server: the
outage drill, the load test, the bench, and the tests of scale-out and outages.

Started with the site's gunicorn.conf.py and the options given, waited for until /healthz
answers, and stopped by PID with every worker it started, also those that replaced a worker
(max_requests, a timeout), so that nothing outlives the run.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# Straight to the server on loopback, whatever proxy the environment names.
LOOPBACK = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class AppServer:
    def __init__(self, environment, log_path, options=(), port=None):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_path)
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
        command += ["--bind", f"127.0.0.1:{self.port}", *options, "network_site.wsgi"]
        with open(self.log_path, "w") as log:
            self.master = subprocess.Popen(
                command, cwd=BASE_DIR, env=environment, stdout=log, stderr=log
            )
        self.started_workers = set()

    def wait_until_answering(self, statuses=(200,), timeout=60):
        """Until /healthz answers with one of `statuses` (503: a server without its database)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.master.poll() is not None:
                raise RuntimeError(f"gunicorn stopped:\n{self.log_tail()}")
            if self.health_status() in statuses:
                self.started_workers.update(self.workers())
                return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer in {timeout} s:\n{self.log_tail()}")

    def health_status(self):
        try:
            with LOOPBACK.open(f"{self.base}/healthz", timeout=5) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code
        except OSError:
            return None

    def workers(self):
        """The master's worker processes now."""
        pid = self.master.pid
        with contextlib.suppress(OSError):
            return {
                int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            }
        return set()

    def stop(self):
        workers = self.started_workers | self.workers()
        # Gunicorn's quick shutdown: SIGTERM would wait out idle keep-alive connections.
        self.master.send_signal(signal.SIGINT)
        try:
            self.master.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.master.kill()
            self.master.wait()
        for pid in workers:
            with contextlib.suppress(OSError):
                # Only a worker of ours that outlived its master, not a process that took its PID.
                if b"gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    os.kill(pid, signal.SIGKILL)

    def log_tail(self):
        return self.log_path.read_text()[-3000:]


@contextlib.contextmanager
def app_servers(environments, log_folder, options=(), ports=None):
    """One server per environment (on `ports`, if given), booting side by side; the servers,
    each stopped on exit."""
    servers = []
    try:
        for index, environment in enumerate(environments):
            log_path = Path(log_folder) / f"gunicorn-{index}.log"
            port = ports[index] if ports else None
            servers.append(AppServer(environment, log_path, options, port))
        for server in servers:
            server.wait_until_answering()
        yield servers
    finally:
        for server in servers:
            server.stop()


@contextlib.contextmanager
def app_server(environment, log_path, options=(), statuses=(200,), port=None):
    """One server, answering; stopped on exit."""
    server = AppServer(environment, log_path, options, port)
    try:
        server.wait_until_answering(statuses)
        yield server
    finally:
        server.stop()
