"""Helpers for writing heldout4 annotations: compact constructors for the
expected.json records (shape as tests/heldout3 and the seed)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def K(id, chamber=None, year=None, rijkswet=False):
    d = {"id": id, "chamber": chamber, "year": year}
    if rijkswet is not False:
        d["rijkswet"] = rijkswet
    return d


def H(id):
    return {"id": id}


def T(id, kind):
    return {"id": id, "kind": kind}


def S(name, party=None):
    return {"name": name, "party": party}


_UNSET = object()


def M(kst, sponsors=_UNSET, cs=_UNSET, relation=_UNSET):
    d = {"kamerstuk": kst}
    if sponsors is not _UNSET:
        d["sponsors"] = sponsors
    if cs is not _UNSET:
        d["cs"] = cs
    if relation is not _UNSET:
        d["relation"] = relation
    return d


def C(actors, date, relation=_UNSET, venue=_UNSET, deadline=_UNSET, refs=_UNSET, about=None):
    d = {"actors": actors, "date": date}
    for k, v in (("venue", venue), ("deadline", deadline), ("refs", refs), ("relation", relation)):
        if v is not _UNSET:
            d[k] = v
    if about:
        d["about"] = about
    return d


NBSP = "\u00a0"


def write(name, src, about, ref_date, kind, date, self_id, kst, hand, tk, mot, com):
    """Copy gen/SRC to docs/NAME.txt ('{nb}' becomes a no-break space) and
    write docs/NAME.expected.json."""
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        text = f.read().replace("{nb}", NBSP)
    with open(os.path.join(DOCS, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    exp = {"file": name + ".txt", "about": about, "reference_date": ref_date}
    if kind is not None:
        exp["kind"] = kind
    exp.update({"date": date, "self_id": self_id, "kamerstukken": kst, "handelingen": hand,
           "tk_numbers": tk, "motions": mot, "commitments": com})
    with open(os.path.join(DOCS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return text, exp
