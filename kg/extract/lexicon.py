"""Gazetteers and word lists: data files in ``lexicons/`` beside this module, as lookup indexes."""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..records import Entity
from ..text import fold, key

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
GAZETTEERS = ("countries", "regions", "cities", "weapons", "treaties", "organizations", "persons")
_ARTICLE = re.compile(r"^(the)\s+")


def norm(text: str) -> str:
    """The gazetteer's key of a name: "The U.S." → "us"; "Orbán" → "orban" (a leading article
    dropped, then :func:`kg.text.key`)."""
    return key(_ARTICLE.sub("", fold(text).strip()))


@dataclass
class Lexicon:
    entities: dict[str, Entity] = field(default_factory=dict)
    raw: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_alias: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, str] = field(default_factory=dict)  # norm(demonym) → country id
    capitals: dict[str, str] = field(default_factory=dict)  # city id → country id
    capital_of: dict[str, str] = field(default_factory=dict)  # country id → city id
    country_by_label: dict[str, str] = field(default_factory=dict)
    region_stems: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    words: dict[str, Any] = field(default_factory=dict)

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, text: str) -> list[Entity]:
        return [self.entities[i] for i in self.by_alias.get(norm(text), [])]

    def country_of(self, entity_id: str) -> str | None:
        e = self.entities.get(entity_id)
        if e is None:
            return None
        return entity_id if e.cls == "Country" else e.country

    def state_for(self, entity_id: str) -> str | None:
        """The state an entity stands for when it acts (metonymy): capitals, seats of power."""
        e = self.entities.get(entity_id)
        if e is None:
            return None
        if e.cls == "Country":
            return e.id
        if entity_id in self.capitals:
            return self.capitals[entity_id]
        if self.raw.get(entity_id, {}).get("acts_for_state") and e.country:
            return e.country
        return None

    def attr(self, entity_id: str, key: str, default: Any = None) -> Any:
        return self.raw.get(entity_id, {}).get(key, default)

    # -- loading ---------------------------------------------------------------------------
    def add(self, row: dict[str, Any]) -> None:
        eid = row["id"]
        country = row.get("country")
        if country and country in self.country_by_label:
            country = self.country_by_label[country]
        ent = Entity(
            id=eid,
            label=row["label"],
            cls=row["class"],
            wikidata=row.get("wikidata") or None,
            aliases=tuple(dict.fromkeys(a for a in row.get("aliases", []) if a)),
            lat=row.get("lat"),
            long=row.get("long"),
            iso=row.get("iso2"),
            country=country if row["class"] != "Country" else None,
            broader=row.get("broader"),
            geonames=row.get("geonames"),
        )
        self.entities[eid] = ent
        self.raw[eid] = row
        for form in (ent.label, *ent.aliases):
            key = norm(form)
            if key and eid not in self.by_alias[key]:
                self.by_alias[key].append(eid)
        if ent.cls == "Country":
            for d in row.get("demonyms", []):
                self.demonyms.setdefault(norm(d), eid)
        if row.get("stem"):
            self.region_stems[norm(row["stem"])].append(eid)
        if ent.cls == "Person":
            for form in (ent.label, *ent.aliases):
                parts = form.split()
                if len(parts) >= 2:
                    self.surnames[norm(parts[-1])].append(eid)


def _rows(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


@lru_cache(maxsize=4)
def load_lexicon(directory: str = str(LEXICON_DIR)) -> Lexicon:
    d = Path(directory)
    lex = Lexicon()
    countries = _rows(d / "countries.jsonl")
    for row in countries:
        lex.country_by_label[row["label"]] = row["id"]
    for name in GAZETTEERS:
        rows = countries if name == "countries" else _rows(d / f"{name}.jsonl")
        for row in rows:
            lex.add(row)
    # capitals: country row names its capital's label; map the city id to the country
    city_by_label: dict[str, str] = {}
    for eid, e in lex.entities.items():
        if e.cls == "City":
            city_by_label.setdefault(e.label, eid)
    for row in countries:
        cap = row.get("capital")
        if cap and cap in city_by_label:
            lex.capitals[city_by_label[cap]] = row["id"]
            lex.capital_of[row["id"]] = city_by_label[cap]
    for k in list(lex.surnames):
        lex.surnames[k] = list(dict.fromkeys(lex.surnames[k]))
    lex.words = json.loads((d / "verbs.json").read_text(encoding="utf-8"))
    return lex


@lru_cache(maxsize=8)
def extractor_version(model: str, lexicon_dir: str = str(LEXICON_DIR)) -> str:
    """``geokg-extractor/VERSION+DIGEST``: the digest covers the rule modules, every lexicon
    file and the spaCy model's name, so a change to any of them makes `kg build` read stored
    articles again (an unchanged article is otherwise left as it is)."""
    from .. import EXTRACTOR_VERSION

    h = hashlib.sha256(model.encode())
    here = Path(__file__).resolve().parent
    # the rule modules (every module of this package, the records they fill, the event types)
    rules = [*sorted(here.glob("*.py")), here.parent / "records.py", here.parent / "events.py"]
    files = rules + sorted(Path(lexicon_dir).glob("*.json*"))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return f"{EXTRACTOR_VERSION}+{h.hexdigest()[:12]}"
