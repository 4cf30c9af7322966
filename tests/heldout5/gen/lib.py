"""heldout5 annotation helpers: records in the shape of tests/heldout4's
expected.json (K, H, T and OMIT shared through tests/annotation.py); a
document key given as OMIT (kind, date, self_id) is left out, so not scored."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from annotation import H, K, OMIT, T  # noqa: E402,F401

NBSP = "\u00a0"


def S(name, party=None):
    """A sponsor: surname as the Kamer writes it, party as written or None."""
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
    """gen/SRC -> docs/NAME.txt ('{nb}' a no-break space, '{sh}' a soft
    hyphen), and docs/NAME.expected.json."""
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        text = f.read().replace("{nb}", NBSP).replace("{sh}", "\u00ad")
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
    return text, exp
