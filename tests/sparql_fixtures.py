"""Fixtures for the SPARQL endpoint tests: a real ``uvicorn`` subprocess on a free port.

Import what you need from here in a test module (``from sparql_fixtures import ...``).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent
TOKEN = "test-token-7f3a"
W3C_PROTOCOL = REPO / "tests" / "data" / "w3c" / "sparql11" / "protocol"  # with its LICENSE.md


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    base: str
    proc: subprocess.Popen
    store: Path
    token: str = TOKEN

    @property
    def sparql(self) -> str:
        return f"{self.base}/sparql"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def update(self, text: str) -> httpx.Response:
        r = httpx.post(
            self.sparql,
            content=text.encode(),
            timeout=30,
            headers={**self.auth, "Content-Type": "application/sparql-update"},
        )
        assert r.status_code == 204, r.text
        return r


def start_server(tmp: Path, *, port: int | None = None, **settings: object) -> Server:
    """``python -m uvicorn --factory geokg_api.app:create_app`` with ``KG_*`` settings."""
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update({"KG_STORE": str(tmp / "store"), "KG_API_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"})
    for key, value in settings.items():
        name = f"KG_{key.upper()}"
        if value is None:
            env.pop(name, None)
        else:
            env[name] = json.dumps(value) if isinstance(value, list) else str(value)
    log = open(tmp / "server.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "geokg_api.app:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {(tmp / 'server.log').read_text()}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return Server(base, proc, tmp / "store")
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"server did not start: {(tmp / 'server.log').read_text()}")


def stop_server(server: Server) -> None:
    server.proc.send_signal(signal.SIGINT)
    try:
        server.proc.wait(15)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


@pytest.fixture(scope="module")
def sparql_server(tmp_path_factory: pytest.TempPathFactory):
    """A server with a token, default settings otherwise, and a little GeoKG data."""
    server = start_server(tmp_path_factory.mktemp("sparql"))
    server.update(SAMPLE_UPDATE)
    yield server
    stop_server(server)


SAMPLE_UPDATE = """
INSERT DATA {
  gkr:united-states a gk:Country ; rdfs:label "United States" .
  gkr:ukraine a gk:Country ; rdfs:label "Ukraine" .
  gkr:russia a gk:Country ; rdfs:label "Russia" .
  gkr:sumy-oblast a gk:AdministrativeRegion ; rdfs:label "Sumy Oblast" .
  gkr:ottawa-treaty a gk:Treaty ; rdfs:label "Ottawa Treaty" .
  GRAPH gkd:a1 {
    gkd:a1 a gk:Article ; dcterms:title "US to send mines" .
    gkr:united-states gk:supplies gkr:ukraine ; gk:notPartyTo gkr:ottawa-treaty .
    gkr:russia gk:attacks gkr:sumy-oblast .
  }
}"""
