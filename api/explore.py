"""Placeholder until the real module lands (created so the app imports)."""

from fastapi import APIRouter


def router(ctx):
    return APIRouter()
