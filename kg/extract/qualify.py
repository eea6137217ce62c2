"""Qualifiers of a statement read from the parse: negation, modality, attribution, date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from .cues import CUES
from .nlp import entity_span

CLAUSE_UP = {
    "xcomp",
    "acomp",
    "conj",
    "aux",
    "auxpass",
    "pcomp",
    "prep",
    "pobj",
    "acl",
    "amod",
    "dobj",
    "advcl",
    "oprd",
    "attr",
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def governing_chain(tok: Token, speech: set[str], limit: int = 6) -> list[Token]:
    """The token and the heads that govern it within its clause (up to a speech verb)."""
    chain = [tok]
    cur = tok
    for _ in range(limit):
        if cur.dep_ == "ccomp" and "negating" in cur.head._.get(CUES):
            chain.append(cur.head)  # "Iran denied that it had sent drones": it says it did not
            break
        if cur.dep_ not in CLAUSE_UP or cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break  # "…, but it signed X": a new clause keeps its own polarity and modality
        cur = cur.head
        if cur.lemma_.lower() in speech:
            break
        chain.append(cur)
    return chain


def negated(chain: list[Token]) -> bool:
    """Whether the cues along ``chain`` (``cues.py``) negate its first token: a negation word
    attached to any of them, or a negating verb above it ("refused to sign"); two cancel."""
    flips = 0
    for i, t in enumerate(chain):
        if any("negation" in c._.get(CUES) for c in t.children):
            flips += 1
        if any(  # "Neither X nor Y is a party": the subject is denied; "no longer bound"
            "negation" in g._.get(CUES)
            and (g.dep_ == "preconj" and c.dep_ in ("nsubj", "nsubjpass") or c.lower_ == "longer")
            for c in t.children
            for g in c.children
        ):
            flips += 1
        if i > 0 and "negating" in t._.get(CUES):
            flips += 1
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break  # "trying to halt the offensive as they aim to take X": their own clause
    return flips % 2 == 1


# subordinators of a clause told as fact whatever its main clause plans ("after", "because");
# not "until", "once", "when", "before", which look ahead with it
FACT_MARKS = {"after", "because", "since", "as", "while", "although", "though"}


def modality(chain: list[Token], planned: set[str], hypothetical: set[str]) -> str:
    top = chain[-1]
    reported = top.dep_ == "ccomp" and top.head.tag_ == "VBD"  # "Putin announced he would …"
    for i, t in enumerate(chain):
        for c in t.children:
            if c.dep_ in ("aux", "auxpass", "advmod", "amod") or (
                c.dep_ == "mark" and c.lower_ == "if"
            ):
                w = c.lower_
                if w == "would" and reported:
                    return "planned"
                if w in hypothetical or w == "if":
                    return "hypothetical"
                if w in planned and c.dep_ == "aux":
                    return "planned"
                if c.dep_ == "amod" and c.lemma_.lower() in planned:
                    return "planned"  # "a proposed sale", "the planned deployment"
        if t.dep_ == "advcl" and any(c.lower_ == "if" and c.dep_ == "mark" for c in t.children):
            return "hypothetical"
        if i > 0:
            lem = t.lemma_.lower()
            if lem in hypothetical or t.lower_ in hypothetical:
                return "hypothetical"
            if lem in planned or t.lower_ in planned:
                return "planned"
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in FACT_MARKS for c in t.children
        ):
            break  # "applied to join after Russia invaded Ukraine": the invasion is told as fact
    return "asserted"


def resolve_date(text: str, published: date | None) -> date | None:
    """'Wednesday', 'late Tuesday', 'Jan. 20', 'November 19, 2024' against the article date."""
    t = text.lower()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        return date.fromisoformat(t)
    if published is None:
        return None
    if "yesterday" in t:
        return published - timedelta(days=1)
    if re.search(r"\btoday\b|\btonight\b", t):
        return published
    for n, wd in enumerate(WEEKDAYS):
        if re.search(rf"\b{wd}\b", t):
            back = (published.weekday() - n) % 7
            return published - timedelta(days=back)
    for n, mon in enumerate(MONTHS, 1):
        m = re.search(rf"\b{mon[:3]}[a-z]*\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?", t)
        if m:
            year = int(m.group(2)) if m.group(2) else published.year
            try:
                return date(year, n, int(m.group(1)))
            except ValueError:
                return None
    return None


def date_of(tok: Token, published: date | None) -> date | None:
    for c in tok.children:
        ent_toks = [c] + ([g for g in c.children] if c.dep_ == "prep" else [])
        for t in ent_toks:
            if t.ent_type_ == "DATE":
                span = entity_span(t)
                if span is not None:
                    d = resolve_date(span.text, published)
                    if d:
                        return d
    return None
