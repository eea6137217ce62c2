"""Scoring against gold files (``eval/GUIDELINES.md``).

Entities match on a shared Wikidata id or an equal normalised name (label or alias, either
side); a class is right when the top classes overlap (a Country is an Actor and a Region).
Facts match on type, core roles and negation, one-to-one. Modality and optional roles are
scored as accuracy over matched facts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .events import EDGE_TYPES, EVENT_TYPES, ROLES, core_roles
from .records import Extraction
from .text import key

TOP = {
    "Country": {"Actor", "Region"},
    "Person": {"Actor"},
    "Organization": {"Actor"},
    "Actor": {"Actor"},
    "AdministrativeRegion": {"Region"},
    "City": {"Region"},
    "Region": {"Region"},
    "Weapon": {"Weapon"},
    "Treaty": {"Treaty"},
}
CORE = {t: core_roles(t) for t in (*EVENT_TYPES, *EDGE_TYPES)}


@dataclass
class Ent:
    label: str
    cls: str
    names: set[str]
    wikidata: str | None = None

    def matches(self, other: Ent) -> bool:
        if self.wikidata and self.wikidata == other.wikidata:
            return True
        return bool(self.names & other.names)


@dataclass
class Fact:
    type: str
    roles: dict[str, Ent]
    negated: bool
    modality: str
    evidence: str
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _ent(label: str, cls: str, aliases: list[str] | tuple[str, ...], wikidata: str | None) -> Ent:
    names = {key(x) for x in (label, *aliases) if x and key(x)}
    return Ent(label, cls, names, wikidata)


def gold_entities(gold: dict[str, Any]) -> list[Ent]:
    return [
        _ent(e["label"], e["class"], e.get("aliases", []), e.get("wikidata"))
        for e in gold.get("entities", [])
    ]


def predicted_entities(ex: Extraction) -> dict[str, Ent]:
    out = {}
    for eid, e in ex.entities.items():
        aliases = (*e.aliases, *ex.surface_forms.get(eid, ()))
        out[eid] = _ent(e.label, e.cls, aliases, e.wikidata)
    return out


def _role_ent(value: Any, gold_by_label: dict[str, Ent]) -> Ent:
    if isinstance(value, list):
        value = value[0] if value else ""
    return gold_by_label.get(value) or _ent(str(value), "", [], None)


def gold_facts(gold: dict[str, Any], ents: list[Ent]) -> list[Fact]:
    by_label = {e.label: e for e in ents}
    out = []
    for f in gold.get("facts", []):
        roles = {r: _role_ent(f.get(r), by_label) for r in CORE[f["type"]]}
        out.append(
            Fact(
                f["type"],
                roles,
                bool(f.get("negated")),
                f.get("modality", "asserted"),
                f.get("evidence", ""),
                f,
            )
        )
    return out


def predicted_facts(ex: Extraction, ents: dict[str, Ent]) -> list[Fact]:
    out = []
    for s in ex.statements:
        if s.type in EDGE_TYPES:
            roles = {"subject": s.agent, "object": s.target}
        else:  # of a list role, the first value
            roles = {r.name: _first(getattr(s, r.statement)) for r in ROLES.values()}
        core = {r: ents[v] for r in CORE[s.type] if (v := roles.get(r)) is not None and v in ents}
        if len(core) != len(CORE[s.type]):
            continue
        out.append(
            Fact(s.type, core, s.negated, s.modality, s.evidence.text, {"confidence": s.confidence})
        )
    return out


def _first(value: str | tuple[str, ...] | None) -> str | None:
    return (value[0] if value else None) if isinstance(value, tuple) else value


@dataclass
class ArticleScore:
    article: str
    entity: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    fact: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    modality_right: int = 0
    modality_total: int = 0
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    false_negatives: list[dict[str, Any]] = field(default_factory=list)


def score_article(ex: Extraction, gold: dict[str, Any]) -> ArticleScore:
    sc = ArticleScore(ex.article.id)
    gents = gold_entities(gold)
    pents = predicted_entities(ex)
    unmatched = list(pents.items())
    for g in gents:
        hit = next(
            (
                i
                for i, (_, p) in enumerate(unmatched)
                if p.matches(g) and TOP.get(p.cls, set()) & TOP.get(g.cls, set())
            ),
            None,
        )
        if hit is None:
            sc.entity[g.cls].fn += 1
            sc.false_negatives.append({"kind": "entity", "label": g.label, "class": g.cls})
        else:
            unmatched.pop(hit)
            sc.entity[g.cls].tp += 1
    for _, p in unmatched:
        sc.entity[p.cls].fp += 1
        sc.false_positives.append({"kind": "entity", "label": p.label, "class": p.cls})

    gfacts = gold_facts(gold, gents)
    pfacts = predicted_facts(ex, pents)
    used: set[int] = set()
    for gf in gfacts:
        hit = None
        for i, pf in enumerate(pfacts):
            if i in used or pf.type != gf.type or pf.negated != gf.negated:
                continue
            if all(pf.roles[r].matches(gf.roles[r]) for r in CORE[gf.type]):
                hit = i
                break
        if hit is None:
            sc.fact[gf.type].fn += 1
            sc.false_negatives.append(_fact_row(gf))
        else:
            used.add(hit)
            sc.fact[gf.type].tp += 1
            sc.modality_total += 1
            sc.modality_right += pfacts[hit].modality == gf.modality
    for i, pf in enumerate(pfacts):
        if i not in used:
            sc.fact[pf.type].fp += 1
            sc.false_positives.append(_fact_row(pf))
    return sc


def _fact_row(f: Fact) -> dict[str, Any]:
    return {
        "kind": "fact",
        "type": f.type,
        **{r: e.label for r, e in f.roles.items()},
        "negated": f.negated,
        "modality": f.modality,
        "evidence": f.evidence,
    }


def summarize(scores: list[ArticleScore]) -> dict[str, Any]:
    ent: dict[str, Counts] = defaultdict(Counts)
    fact: dict[str, Counts] = defaultdict(Counts)
    mr = mt = 0
    for s in scores:
        for k, c in s.entity.items():
            ent[k].tp += c.tp
            ent[k].fp += c.fp
            ent[k].fn += c.fn
        for k, c in s.fact.items():
            fact[k].tp += c.tp
            fact[k].fp += c.fp
            fact[k].fn += c.fn
        mr += s.modality_right
        mt += s.modality_total
    e_all, f_all = Counts(), Counts()
    for c in ent.values():
        e_all.tp, e_all.fp, e_all.fn = e_all.tp + c.tp, e_all.fp + c.fp, e_all.fn + c.fn
    for c in fact.values():
        f_all.tp, f_all.fp, f_all.fn = f_all.tp + c.tp, f_all.fp + c.fp, f_all.fn + c.fn
    return {
        "articles": len(scores),
        "entities": {
            "micro": e_all.prf(),
            "per_class": {k: v.prf() for k, v in sorted(ent.items())},
        },
        "facts": {"micro": f_all.prf(), "per_type": {k: v.prf() for k, v in sorted(fact.items())}},
        "modality_accuracy": round(mr / mt, 4) if mt else 0.0,
        "modality_matched": mt,
    }


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a folder of gold files", detail="give GOLD_DIR")
    out = {}
    for p in sorted(gold_dir.glob("*.json")):
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise InputError(f"{p}:{e.lineno}: malformed gold JSON: {e.msg}") from e
        out[g.get("id", p.stem)] = g
    if not out:
        raise InputError(f"{gold_dir}: no gold .json files")
    return out
