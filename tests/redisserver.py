"""A real Redis server on 127.0.0.1, in a scratch folder: the Celery broker of the
deployment test. Uses Debian's `redis-server` (.ci/run installs it)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from pgserver import free_port


def server_path() -> str | None:
    return shutil.which("redis-server")


class RedisServer:
    """Started on a free port of 127.0.0.1 with nothing saved to disk; stopped and its
    folder removed on close()."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="pcc-redis-"))
        self.port = free_port()
        self.process = subprocess.Popen(
            [server_path() or "redis-server", "--bind", "127.0.0.1", "--port", str(self.port),
             "--save", "", "--appendonly", "no", "--dir", str(self.folder)],
            stdout=(self.folder / "log").open("w"),
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.wait_ready()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def wait_ready(self, timeout_s: float = 20) -> None:
        import redis

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                if redis.Redis(port=self.port, socket_timeout=1).ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError(f"redis-server did not start:\n{(self.folder / 'log').read_text()}")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)
