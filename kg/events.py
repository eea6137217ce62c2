"""The event types: one table that extraction, RDF building, evaluation and exploration read.

Each event type (a ``gk:Event`` subclass of the ontology) names the roles its statements hold,
the core roles a statement needs (they also make its identity, as in the scoring of
``eval/GUIDELINES.md``) and the direct edges ``agent → ?`` materialised from it. A role is an
ontology property (``gk:recipient``); the same name is the key of a gold fact, and the role
says which :class:`~kg.records.Statement` attribute and which extraction frame list hold it.
``tests/test_events.py`` checks the table against ``ontology/geokg.ttl``, its shapes and
``docs/ONTOLOGY.md``. Plain data: this module imports nothing of ``kg``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    name: str  # the ontology property (gk:<name>) and the key of a gold fact
    statement: str  # the Statement attribute holding it
    frame: str  # the extraction Frame list holding it
    classes: tuple[str, ...]  # the ontology classes that may fill it
    many: bool = False  # a statement holds a tuple of them (weapons, locations)


ROLES: dict[str, Role] = {
    r.name: r
    for r in (
        Role("agent", "agent", "agents", ("Actor",)),
        Role("recipient", "recipient", "recipients", ("Actor",)),
        Role("target", "target", "targets", ("Region", "Actor")),
        Role("weapon", "weapons", "weapons", ("Weapon",), many=True),
        Role("treaty", "treaty", "treaties", ("Treaty",)),
        Role("location", "locations", "locations", ("Region",), many=True),
    )
}


@dataclass(frozen=True)
class DirectEdge:
    """``agent gk:<property> x`` for each x in the event's ``role``."""

    property: str
    role: str
    label: str  # for people: "supplies weapon"
    negated: bool = False  # drawn from negated events (and only from them)


@dataclass(frozen=True)
class EventType:
    name: str  # the ontology class, gk:<name>
    roles: tuple[str, ...]  # the roles its statements hold, agent first
    core: tuple[str, ...]  # the roles a statement needs; one statement per combination
    edges: tuple[DirectEdge, ...] = ()


EVENTS: dict[str, EventType] = {
    t.name: t
    for t in (
        EventType(
            "WeaponTransfer",
            ("agent", "recipient", "weapon"),
            ("agent", "recipient", "weapon"),
            (
                DirectEdge("supplies", "recipient", "supplies"),
                DirectEdge("suppliesWeapon", "weapon", "supplies weapon"),
            ),
        ),
        EventType(
            "Attack",
            ("agent", "target", "weapon"),
            ("agent", "target"),
            (
                DirectEdge("attacks", "target", "attacks"),
                DirectEdge("usesWeapon", "weapon", "uses weapon"),
            ),
        ),
        EventType(
            "Interception",
            ("agent", "weapon", "location"),
            ("agent", "weapon"),
            (DirectEdge("intercepts", "weapon", "intercepts"),),
        ),
        EventType(
            "TreatyParticipation",
            ("agent", "treaty"),
            ("agent", "treaty"),
            (
                DirectEdge("partyTo", "treaty", "party to"),
                DirectEdge("notPartyTo", "treaty", "not party to", negated=True),
            ),
        ),
        EventType(
            "Deployment",
            ("agent", "weapon", "location"),
            ("agent", "weapon"),
            (DirectEdge("usesWeapon", "weapon", "uses weapon"),),
        ),
        EventType(
            "TerritorialCapture",
            ("agent", "location"),
            ("agent", "location"),
            (DirectEdge("captured", "location", "captured"),),
        ),
    )
}
EVENT_TYPES = tuple(EVENTS)

_EVENT_EDGES = [(t, e) for t in EVENTS.values() for e in t.edges]
EDGE_EVENTS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    p: tuple((t.name, e.role, e.negated) for t, e in _EVENT_EDGES if e.property == p)
    for p in dict.fromkeys(e.property for _, e in _EVENT_EDGES)
}
"""A direct edge drawn from events → those events: (event type, role holding its object,
negated)."""


@dataclass(frozen=True)
class EdgeStatement:
    """A statement read as a direct edge between two entities (Statement.agent → .target)."""

    name: str
    property: str
    label: str


EDGE_STATEMENTS: dict[str, EdgeStatement] = {
    e.name: e
    for e in (
        EdgeStatement("Affiliation", "affiliatedWith", "affiliated with"),
        EdgeStatement("LocatedIn", "locatedIn", "located in"),
    )
}
EDGE_TYPES = tuple(EDGE_STATEMENTS)

EDGE_LABELS: dict[str, str] = {
    **{e.property: e.label for _, e in _EVENT_EDGES},
    **{e.property: e.label for e in EDGE_STATEMENTS.values()},
}
"""Every direct edge between entities (ONTOLOGY.md), with a human label."""


def core_roles(etype: str) -> tuple[str, ...]:
    """The core roles of an event type; ``subject``, ``object`` for an edge statement."""
    return EVENTS[etype].core if etype in EVENTS else ("subject", "object")
