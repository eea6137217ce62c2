#!/usr/bin/env python3
"""Check the GeoKG gazetteers in this directory.

Invariants (exit status 1 if any fails):
  * every line of every *.jsonl file is a JSON object, UTF-8, no trailing spaces,
    files sorted by id;
  * every entry has id, label, class, wikidata, aliases with the right types;
    class is one of the eight allowed classes;
  * ids are unique across ALL files and are lowercase ASCII slugs;
  * every "country" value is a label that exists in countries.jsonl (or null);
  * every "broader" / "parent" / "affiliation" / "treaty" / "admin_region" /
    "organization" / "same_as" value is an id that exists (or null).
Alias collisions between different entries are reported as information only.
"""

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parents[2] / "kg" / "extract" / "lexicons"
FILES = [
    "countries.jsonl",
    "regions.jsonl",
    "cities.jsonl",
    "weapons.jsonl",
    "treaties.jsonl",
    "organizations.jsonl",
    "persons.jsonl",
]
CLASSES = {
    "Country",
    "AdministrativeRegion",
    "City",
    "Region",
    "Weapon",
    "Treaty",
    "Organization",
    "Person",
}
REF_FIELDS = [
    "broader",
    "parent",
    "affiliation",
    "treaty",
    "admin_region",
    "organization",
    "same_as",
]
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")


def main(verbose=False):
    errors = []
    entries = {}
    per_file = {}
    for name in FILES:
        path = HERE / name
        if not path.exists():
            errors.append(f"{name}: missing")
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{name}: not UTF-8 ({exc})")
            continue
        ids = []
        for n, line in enumerate(text.split("\n"), 1):
            if line == "":
                continue
            if line != line.rstrip():
                errors.append(f"{name}:{n}: trailing whitespace")
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{name}:{n}: invalid JSON ({exc})")
                continue
            if not isinstance(e, dict):
                errors.append(f"{name}:{n}: not an object")
                continue
            eid = e.get("id")
            if not isinstance(eid, str) or not ID_RE.match(eid):
                errors.append(f"{name}:{n}: bad id {eid!r}")
                continue
            if eid in entries:
                errors.append(f"{name}:{n}: duplicate id {eid!r} (also in {entries[eid][0]})")
            entries[eid] = (name, e)
            ids.append(eid)
            if not isinstance(e.get("label"), str) or not e["label"].strip():
                errors.append(f"{name}: {eid}: missing label")
            if e.get("class") not in CLASSES:
                errors.append("{}: {}: bad class {!r}".format(name, eid, e.get("class")))
            q = e.get("wikidata", "MISSING")
            if q == "MISSING":
                errors.append(f"{name}: {eid}: wikidata field missing")
            elif q is not None and not (isinstance(q, str) and QID_RE.match(q)):
                errors.append(f"{name}: {eid}: bad wikidata {q!r}")
            al = e.get("aliases")
            if not isinstance(al, list) or not all(
                isinstance(a, str) and a.strip() == a and a for a in al
            ):
                errors.append(f"{name}: {eid}: aliases must be a list of non-empty trimmed strings")
            elif e.get("label") in al:
                errors.append(f"{name}: {eid}: label repeated in aliases")
            elif len(set(al)) != len(al):
                errors.append(f"{name}: {eid}: duplicate aliases")
        if ids != sorted(ids):
            errors.append(f"{name}: not sorted by id")
        per_file[name] = len(ids)

    country_labels = {e["label"] for f, e in entries.values() if e.get("class") == "Country"}
    for eid, (name, e) in entries.items():
        if "country" in e and e["country"] is not None and e["country"] not in country_labels:
            errors.append("{}: {}: unknown country {!r}".format(name, eid, e["country"]))
        for f in REF_FIELDS:
            v = e.get(f)
            if v is not None and v not in entries:
                errors.append(f"{name}: {eid}: {f} -> unknown id {v!r}")
        if name == "countries.jsonl":
            for f in ("iso2", "iso3", "geonames", "lat", "long", "demonyms", "capital"):
                if f not in e:
                    errors.append(f"{name}: {eid}: missing {f}")
        if name == "weapons.jsonl" and e.get("broader") == eid:
            errors.append(f"{name}: {eid}: broader points to itself")

    # broader chains must end at a root (no cycles)
    for eid, (name, _) in entries.items():
        seen = set()
        cur = eid
        while cur is not None and cur in entries:
            if cur in seen:
                errors.append(f"cycle in broader/parent chain at {eid}")
                break
            seen.add(cur)
            nxt = entries[cur][1]
            cur = nxt.get("broader") if name == "weapons.jsonl" else nxt.get("parent")

    # information: surface forms shared by several entries
    forms = defaultdict(set)
    for eid, (_, e) in entries.items():
        for s in [e["label"]] + e.get("aliases", []):
            forms[s.casefold()].add(eid)
    shared = {k: v for k, v in forms.items() if len(v) > 1}

    for name in FILES:
        if name in per_file:
            print(f"{name:<22} {per_file[name]:6d}")
    print(f"total ids: {len(entries)}; surface forms shared by >1 entry: {len(shared)}")
    if verbose:
        for k in sorted(shared):
            print("  shared {!r}: {}".format(k, ", ".join(sorted(shared[k]))))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for err in errors[:200]:
            print("  " + err)
        return 1
    print("OK: all invariants hold")
    return 0


if __name__ == "__main__":
    sys.exit(main(verbose="-v" in sys.argv))
