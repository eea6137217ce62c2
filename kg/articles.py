"""Reading articles from files: .txt (+ sibling .json metadata), .json, .jsonl.

Every problem is an :class:`~kg.errors.InputError` naming the file (and line) and the fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

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
    line: int | None = None  # the line of a .jsonl file

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)


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
        raise _too_large(str(path), size, max_bytes)
    return _decode(path.read_bytes(), str(path))


def _too_large(where: str, size: int, max_bytes: int) -> ArticleTooLarge:
    return ArticleTooLarge(
        f"{where}: {size} bytes is over the {max_bytes}-byte limit of an article",
        detail="split the article or raise KG_MAX_ARTICLE_BYTES",
    )


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{where}: binary data (NUL bytes)", detail="give UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{where}: not UTF-8 (byte {e.start})", detail="re-encode the file as UTF-8"
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
        if meta.get("id") not in (None, path.stem):
            raise InputError(
                f"{sidecar}: 'id' {meta['id']!r} conflicts with the id {path.stem!r} of {path}",
                detail=f"an article read from NAME.txt has the id NAME: rename {path.name} "
                "or remove 'id' from its sidecar",
            )
    meta = {**meta, "id": path.stem, "text": text}
    return _from_object(meta, str(path))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Source]:
    """One source per non-blank line; the size limit applies to each line, one article."""
    with path.open("rb") as f:
        for n, raw in enumerate(_lines(f, max_bytes), 1):
            where = f"{path}:{n}"
            try:
                if raw is None:
                    raise _too_large(where, _skip_line(f, max_bytes), max_bytes)
                line = _decode(raw, where)
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(
                        f"{where}:{e.colno}: malformed JSON: {e.msg}", detail="fix that line"
                    ) from e
                yield Source(path, article=_from_object(obj, where), line=n)
            except InputError as e:
                yield Source(path, error=e, line=n)


def _lines(f: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of ``f``; ``None`` for a line longer than ``max_bytes`` (whose rest the
    caller skips with :func:`_skip_line`), so no line is held whole past the limit."""
    while True:
        raw = f.readline(max_bytes + 1)
        if not raw:
            return
        yield None if len(raw) > max_bytes and not raw.endswith(b"\n") else raw


def _skip_line(f: BinaryIO, max_bytes: int) -> int:
    """Read past the rest of an over-long line; its length in bytes."""
    size = max_bytes + 1
    while True:
        chunk = f.readline(1 << 20)
        size += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return size - chunk.endswith(b"\n")


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
