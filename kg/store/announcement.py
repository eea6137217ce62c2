"""Which `kg serve` holds a store: a small JSON file beside the store, written by the server.

RocksDB lets one process open a store, and opening it read-only while another process writes
it is undefined behaviour (see :mod:`kg.sparql.execute`). So while `kg serve` runs, the other
`kg` commands read through its HTTP API instead (:mod:`kg.store.served`), and the commands that
write say where the server is. They find it here: ``.NAME.server.json`` next to the store
folder ``NAME`` (never inside it: that folder is the engine's), holding ``{"url", "pid",
"store"}``. The server writes it once it holds the store and removes it when it stops; a file
whose process is gone (``kill -9``) is stale and ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Announcement:
    url: str  # where the server answers, as a client on this machine reaches it
    pid: int
    store: str  # the store folder, resolved


def announcement_path(store: Path | str) -> Path:
    folder = Path(store).resolve()
    return folder.parent / f".{folder.name}.server.json"


def client_url(host: str, port: int) -> str:
    """The URL a client on this machine uses for a server bound to ``host``:``port`` (a
    wildcard address is reached on loopback)."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


@contextlib.contextmanager
def announcing(store: Path | str, url: str) -> Iterator[Path]:
    """Announce this process as the server of ``store`` at ``url`` for the ``with`` block."""
    path = announcement_path(store)
    doc = {"url": url, "pid": os.getpid(), "store": str(Path(store).resolve())}
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(doc), encoding="utf-8")
    os.replace(tmp, path)  # readers see the whole file or none
    try:
        yield path
    finally:
        current = announced(store)
        if current is not None and current.pid == os.getpid():
            path.unlink(missing_ok=True)


def announced(store: Path | str) -> Announcement | None:
    """The server announced for ``store`` whose process is alive, or None."""
    try:
        doc = json.loads(announcement_path(store).read_text(encoding="utf-8"))
        found = Announcement(str(doc["url"]), int(doc["pid"]), str(doc["store"]))
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return found if _alive(found.pid) else None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
