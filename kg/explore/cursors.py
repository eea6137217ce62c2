"""Cursors for paged answers: opaque to clients, checked when they come back.

A cursor is the position a page ends at, as URL-safe base64 of a small JSON object (an id, or
offsets into lists); a cursor that does not decode to the fields expected is an
:class:`~kg.errors.InputError` (400), never a query.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from typing import Any

from ..errors import InputError

MAX_CURSOR = 512  # characters: a cursor holds an id or a few numbers


def encode(position: dict[str, Any]) -> str:
    raw = json.dumps(position, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, fields: Mapping[str, type]) -> dict[str, Any]:
    """The position ``cursor`` holds ({} for none): each of ``fields`` present with its type
    (a non-negative int, or a string), and nothing else."""
    if not cursor:
        return {}
    bad = InputError(
        "the cursor is not one this service gave", detail="use the 'next' value of a previous page"
    )
    if len(cursor) > MAX_CURSOR:
        raise bad
    try:
        doc = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as e:
        raise bad from e
    if not isinstance(doc, dict) or set(doc) != set(fields):
        raise bad
    for name, kind in fields.items():
        value = doc[name]
        if type(value) is not kind or (isinstance(value, int) and not 0 <= value <= 10**9):
            raise bad
    return doc
