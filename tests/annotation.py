# Helpers for writing annotated evaluation snippets (the held-out sets'
# generators, tests/heldout*/gen/, import them through their lib.py).  The
# format is /work/shared/interface.md's "refs --json" as tools/eval.c reads
# it; a key left out of a record is not scored (relation, venue, deadline,
# refs, sponsors, cs): OMIT marks "leave it out".
import re

OMIT = object()

# the shapes of Handelingen and Kamer numbers, and the relations a motion or a
# commitment may have (the generators check every annotation against them)
HAND = re.compile(r"^(h-(tk|ek)-(\d{4})(\d{4})-\d+-\d+|ah-(tk|ek)-(\d{4})(\d{4})-\d+)$")
TK = {"document": re.compile(r"^\d{4}D\d{5}$"), "zaak": re.compile(r"^\d{4}Z\d{5}$"),
      "toezegging": re.compile(r"^(TZ\d{6}-\d+|T\d{5})$")}
RELM = {"settled", "progress", "addressed", "cited"}
RELC = RELM | {"made"}



def K(kid, chamber=None, year=None, rijkswet=OMIT):
    """A Kamerstuk: id, and chamber and year as the citation gives them."""
    d = {"id": kid, "chamber": chamber, "year": year}
    if rijkswet is not OMIT:
        d["rijkswet"] = rijkswet
    return d


def H(hid):
    return {"id": hid}


def T(tid, kind):
    return {"id": tid, "kind": kind}


def M(kst, sponsors=OMIT, cs=OMIT, rel=OMIT):
    """A motion; sponsors as [(name, party), ...]."""
    d = {"kamerstuk": kst}
    if sponsors is not OMIT:
        d["sponsors"] = [{"name": n, "party": p} for n, p in sponsors]
    if cs is not OMIT:
        d["cs"] = cs
    if rel is not OMIT:
        d["relation"] = rel
    return d


def C(actors, date, venue=OMIT, deadline=OMIT, rel=OMIT, refs=OMIT, about=None):
    """A commitment, matched on the set of actors plus the date it was made."""
    d = {"actors": list(actors), "date": date}
    if venue is not OMIT:
        d["venue"] = venue
    if deadline is not OMIT:
        d["deadline"] = deadline
    if refs is not OMIT:
        d["refs"] = list(refs)
    if rel is not OMIT:
        d["relation"] = rel
    if about:
        d["about"] = about
    return d


def S(sid, text, date=None, kst=(), hand=(), tk=(), mot=(), com=(), doc=None):
    d = {"id": sid, "date": date, "text": text}
    if kst:
        d["kamerstukken"] = list(kst)
    if hand:
        d["handelingen"] = list(hand)
    if tk:
        d["tk_numbers"] = list(tk)
    if mot:
        d["motions"] = list(mot)
    if com:
        d["commitments"] = list(com)
    if doc is not None:
        d["doc"] = doc
    return d


def report(out, ndocs, errs):
    """Prints the count of snippets per id prefix and documents, then every error."""
    groups = {}
    for s in out:
        g = s["id"].split("-")[0]
        groups[g] = groups.get(g, 0) + 1
    print(len(out), "snippets", groups, ndocs, "docs")
    for x in errs:
        print("ERR", x)
