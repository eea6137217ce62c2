"""Reading articles from files: .txt (+ sibling .json metadata), .json, .jsonl.

Every problem is an :class:`~kg.errors.InputError` naming the file (and line) and the fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import ArticleTooLarge, InputError
from .namespaces import ID_RULE, is_id
from .records import Article

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl")
DUMP_SUFFIXES = (".nq", ".trig")


@dataclass(frozen=True)
class Source:
    """One input unit: an article, a dump to restore, or a file that could not be read."""

    path: Path
    article: Article | None = None
    dump: Path | None = None
    error: InputError | None = None

    @property
    def where(self) -> str:
        return str(self.path)


def discover(paths: list[Path]) -> list[Path]:
    """Expand folders into the article and dump files they hold, in a stable order."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if not child.is_file() or child.name.startswith("."):
                    continue
                if child.suffix == ".json" and child.with_suffix(".txt").exists():
                    continue  # metadata sidecar of a .txt article
                if child.suffix in ARTICLE_SUFFIXES + DUMP_SUFFIXES:
                    found.append(child)
        elif p.exists():
            found.append(p)
        else:
            raise InputError(f"{p}: no such file or folder", detail="check the path")
    return found


def read_sources(paths: list[Path], *, max_bytes: int) -> Iterator[Source]:
    for path in discover(paths):
        if path.suffix in DUMP_SUFFIXES:
            yield Source(path, dump=path)
            continue
        try:
            if path.suffix == ".jsonl":
                yield from _read_jsonl(path, max_bytes)
            elif path.suffix == ".json":
                yield Source(path, article=_from_object(_load_json(path, max_bytes), str(path)))
            elif path.suffix == ".txt":
                yield Source(path, article=_read_txt(path, max_bytes))
            else:
                raise InputError(
                    f"{path}: unsupported file type '{path.suffix}'",
                    detail="use .txt, .json, .jsonl, .nq or .trig",
                )
        except InputError as e:
            yield Source(path, error=e)


def _read_text(path: Path, max_bytes: int) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleTooLarge(
            f"{path}: {size} bytes is over the {max_bytes}-byte limit",
            detail="split the file or raise KG_MAX_ARTICLE_BYTES",
        )
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (NUL bytes)", detail="give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: not UTF-8 (byte {e.start})", detail="re-encode the file as UTF-8"
        ) from e


def _load_json(path: Path, max_bytes: int) -> Any:
    text = _read_text(path, max_bytes)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(
            f"{path}:{e.lineno}:{e.colno}: malformed JSON: {e.msg}", detail="fix the JSON"
        ) from e


def _read_txt(path: Path, max_bytes: int) -> Article:
    text = _read_text(path, max_bytes)
    meta: dict[str, Any] = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        meta = _load_json(sidecar, max_bytes)
        if not isinstance(meta, dict):
            raise InputError(f"{sidecar}: metadata must be a JSON object")
    meta = {**meta, "id": path.stem, "text": text}
    return _from_object(meta, str(path))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Source]:
    text = _read_text(path, max_bytes)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(
                    f"{where}:{e.colno}: malformed JSON: {e.msg}", detail="fix that line"
                ) from e
            yield Source(path, article=_from_object(obj, where))
        except InputError as e:
            yield Source(path, error=e)


def parse_date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: 'published' must be a date string like 2024-11-20")
    try:
        return date.fromisoformat(value[:10])
    except ValueError as e:
        raise InputError(
            f"{where}: 'published' is not an ISO date: {value!r}", detail="use YYYY-MM-DD"
        ) from e


def article_from_dict(obj: Any, where: str = "request") -> Article:
    """Validate an article object ({id, text, title?, published?, source?, url?})."""
    return _from_object(obj, where)


def _from_object(obj: Any, where: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: an article must be a JSON object with 'id' and 'text'")
    art_id, text = obj.get("id"), obj.get("text")
    if not isinstance(art_id, str) or not is_id(art_id):
        raise InputError(
            f"{where}: missing or invalid 'id' {art_id!r}",
            detail=ID_RULE,
        )
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            f"{where}: article '{art_id}' has no text", detail="give a non-empty 'text'"
        )
    if "\x00" in text:
        raise InputError(f"{where}: article '{art_id}' text contains NUL characters")
    for key in ("title", "source", "url"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{where}: '{key}' must be a string")
    return Article(
        id=art_id,
        text=text,
        title=obj.get("title"),
        published=parse_date(obj.get("published"), where),
        source=obj.get("source"),
        url=obj.get("url"),
    )
