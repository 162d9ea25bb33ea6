"""A real PostgreSQL server on 127.0.0.1, in a scratch folder, for the deployment test.

Uses the server binaries Debian's `postgresql` package installs (.ci/run installs it).
Postgres refuses to run as root, so as root (CI) the cluster belongs to the `postgres`
user the package creates.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

USER, PASSWORD, DATABASE = "dagster", "dagster", "dagster"


def server_bin() -> Path | None:
    """The folder of initdb / pg_ctl, newest version first, or None if not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def version(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """initdb into a temporary folder, start on a free port of 127.0.0.1, stop and
    remove on close()."""

    def __init__(self) -> None:
        self.bin = server_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
        self.folder = Path(tempfile.mkdtemp(prefix="pcc-pg-"))  # not under pytest's 0700 tmp
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = os.geteuid() == 0
        if self.as_user:
            shutil.chown(self.folder, "postgres", "postgres")
        password_file = self.folder / "password"
        password_file.write_text(PASSWORD + "\n")
        if self.as_user:
            shutil.chown(password_file, "postgres", "postgres")
        self.run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            USER,
            "--pwfile",
            str(password_file),
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--no-sync",
        )
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
        self.run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w",
            "start",
        )  # fmt: skip
        self.started = True
        self.wait_ready()
        self.psql(f"CREATE DATABASE {DATABASE}", database="postgres")

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin / tool), *args]
        if self.as_user:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def wait_ready(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"PostgreSQL did not start: {self.log()}")

    def psql(self, sql: str, database: str = DATABASE) -> str:
        import psycopg2

        con = psycopg2.connect(
            host="127.0.0.1", port=self.port, user=USER, password=PASSWORD, dbname=database
        )
        con.autocommit = True
        try:
            with con.cursor() as cursor:
                cursor.execute(sql)
                return str(cursor.fetchall()) if cursor.description else ""
        finally:
            con.close()

    def env(self) -> dict[str, str]:
        """What deploy/dagster.yaml reads."""
        return {
            "PCC_PG_HOST": "127.0.0.1",
            "PCC_PG_PORT": str(self.port),
            "PCC_PG_DB": DATABASE,
            "PCC_PG_USER": USER,
            "PCC_PG_PASSWORD": PASSWORD,
        }

    def log(self) -> str:
        path = self.folder / "log"
        return path.read_text() if path.exists() else ""

    def close(self) -> None:
        if getattr(self, "started", False):
            self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            self.started = False
        shutil.rmtree(self.folder, ignore_errors=True)
