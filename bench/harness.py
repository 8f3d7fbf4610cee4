"""One way to start, probe and stop a Streamlit server: for the benchmark and the e2e tests.

``streamlit_server`` starts ``streamlit run APP`` headless on a free port from the project
folder, waits until /_stcore/health answers "ok", and always stops it. It raises
``ServerDidNotStart`` (with the log's path) when the server exits or stays unhealthy, so
the benchmark can report it and a test can fail with it.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench import ROOT

CHROMIUM = Path("/usr/bin/chromium")  # Debian's: `playwright install` cannot download here
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class ServerDidNotStart(RuntimeError):
    """The server exited, or did not answer its health check in time."""


@dataclass(frozen=True)
class Server:
    base_url: str
    started: float  # time.perf_counter() when the process was started
    ready_seconds: float  # from start to the first healthy answer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """End a server we started: politely, then for sure, never leaving it running."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def streamlit_command(app: Path | str, port: int) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless=true", f"--server.port={port}", "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false",
    ]  # fmt: skip


@contextmanager
def streamlit_server(
    app: Path | str,
    log_path: Path,
    ready_within: float = 120,
    poll: float = 0.05,
    env: dict[str, str] | None = None,
) -> Iterator[Server]:
    """A headless server for ``app``, healthy; its output appended to ``log_path``; ``env``
    replaces the environment (a desk's FACTDESK_DATASETS, say)."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    with open(log_path, "ab") as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            streamlit_command(app, port), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env
        )
        try:
            while not healthy(base_url):
                if process.poll() is not None:
                    raise ServerDidNotStart(
                        f"streamlit exited ({process.returncode}): see {log_path}"
                    )
                if time.perf_counter() - started > ready_within:
                    raise ServerDidNotStart(
                        f"streamlit not healthy within {ready_within:g} s: see {log_path}"
                    )
                time.sleep(poll)
            yield Server(base_url, started, time.perf_counter() - started)
        finally:
            stop(process)
