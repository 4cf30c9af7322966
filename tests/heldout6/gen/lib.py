"""heldout6 annotation helpers: one record per reference in the shape of
tests/heldout5's expected.json (K, H, T and OMIT from tests/annotation.py).
A document key given as OMIT (kind, date, self_id) is left out: not scored."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from annotation import H, K, OMIT, T  # noqa: E402,F401


def S(name, party=None):
    """A sponsor: surname as written, party as written in brackets or None."""
    return {"name": name, "party": party}


def M(kst, sponsors=OMIT, cs=OMIT, rel=OMIT):
    d = {"kamerstuk": kst}
    for k, v in (("sponsors", sponsors), ("cs", cs), ("relation", rel)):
        if v is not OMIT:
            d[k] = v
    return d


def C(actors, date, rel=OMIT, venue=OMIT, deadline=OMIT, refs=OMIT, about=None):
    d = {"actors": list(actors), "date": date}
    for k, v in (("venue", venue), ("deadline", deadline), ("refs", refs), ("relation", rel)):
        if v is not OMIT:
            d[k] = v
    if about:
        d["about"] = about
    return d


def write(name, src, about, ref_date, kind, date, self_id, kst, hand, tk, mot, com):
    """gen/SRC -> docs/NAME.txt ('{nb}' no-break space, '{sh}' soft hyphen)
    and docs/NAME.expected.json."""
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        text = f.read().replace("{nb}", "\u00a0").replace("{sh}", "\u00ad")
    with open(os.path.join(DOCS, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    exp = {"file": name + ".txt", "about": about, "reference_date": ref_date}
    for k, v in (("kind", kind), ("date", date), ("self_id", self_id)):
        if v is not OMIT:
            exp[k] = v
    exp.update({"kamerstukken": kst, "handelingen": hand, "tk_numbers": tk,
                "motions": mot, "commitments": com})
    with open(os.path.join(DOCS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
