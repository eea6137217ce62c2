"""Bearer-token check for writes. With no KG_API_TOKEN configured the service is read-only."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request


def require_token(request: Request, token: str | None) -> None:
    if not token:
        raise HTTPException(403, "this service is read-only: set KG_API_TOKEN to enable writes")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(
            401,
            "missing bearer token: send 'Authorization: Bearer <KG_API_TOKEN>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "the bearer token is not valid")
