"""Typed records passed between the stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from .events import core_roles


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entity:
    """A canonical entity: from a gazetteer (linked) or found by the model only (unlinked)."""

    id: str
    label: str
    cls: str  # Country, Person, Organization, AdministrativeRegion, City, Region, Weapon, Treaty
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    long: float | None = None
    iso: str | None = None
    country: str | None = None  # id of the country it belongs to / lies in
    broader: str | None = None  # weapons: id of the parent type
    geonames: int | None = None
    linked: bool = True


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity_id: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Statement:
    """One fact read from the text. Roles hold entity ids."""

    type: str  # an event type, or Affiliation / LocatedIn
    agent: str  # subject for Affiliation / LocatedIn
    evidence: Evidence
    recipient: str | None = None
    target: str | None = None  # Attack target; object of Affiliation / LocatedIn
    weapons: tuple[str, ...] = ()
    treaty: str | None = None
    locations: tuple[str, ...] = ()
    negated: bool = False
    modality: str = "asserted"
    date: date | None = None
    attributed_to: str | None = None
    role: str | None = None
    quantity: int | None = None
    confidence: float = 0.8

    def key(self) -> tuple:
        """Identity of the fact for de-duplication within an article: type, negation, the
        single roles, and weapons and locations where they are core roles."""
        core = core_roles(self.type)
        return (
            self.type,
            self.agent,
            self.recipient,
            self.target,
            self.weapons[:1] if "weapon" in core else (),
            self.treaty,
            self.locations if "location" in core else (),
            self.negated,
        )


@dataclass(frozen=True)
class Extraction:
    article: Article
    entities: dict[str, Entity]
    mentions: tuple[Mention, ...]
    statements: tuple[Statement, ...]
    model: str = ""
    model_version: str = ""
    extractor: str = ""
    surface_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
