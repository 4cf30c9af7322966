"""Helpers for writing heldout4 annotations: compact constructors for the
expected.json records (shape as tests/heldout3 and the seed)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


# K, H, T and OMIT are the held-out sets' shared helpers (tests/annotation.py);
# M, C and S (a sponsor) take their arguments in this set's own order.
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from annotation import H, K, OMIT, T  # noqa: E402,F401


def S(name, party=None):
    return {"name": name, "party": party}


def M(kst, sponsors=OMIT, cs=OMIT, relation=OMIT):
    d = {"kamerstuk": kst}
    if sponsors is not OMIT:
        d["sponsors"] = sponsors
    if cs is not OMIT:
        d["cs"] = cs
    if relation is not OMIT:
        d["relation"] = relation
    return d


def C(actors, date, relation=OMIT, venue=OMIT, deadline=OMIT, refs=OMIT, about=None):
    d = {"actors": actors, "date": date}
    for k, v in (("venue", venue), ("deadline", deadline), ("refs", refs), ("relation", relation)):
        if v is not OMIT:
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
