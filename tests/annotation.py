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


# ---- checking a set of whole documents (tests/heldout4/gen/check.py, heldout5's) ----

ACT = set("MJenV SJenV MBZK SBZK MVWS SVWS SLMZ SJSP MOCW SOCW SRb MFin SFin MEZK MKGG MIenW SIenW "
          "MSZW SSZW MDef SDef MBuZa MBHO MLVVN MLNV MAenM MVRO MP u "
          # departments of earlier cabinets, under their own names
          "MVenJ SVenJ MIenM SIenM MVenW SVenW MELI SELI MWWI MJG "
          # the ministers "voor" and staatssecretarissen of the cabinets of 2017-2024
          "MMZS MMZ MRb SEZK MKE MBVOM MPVO MLZS MAPP MNenS".split())


def _flat(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).lower()


def check_docs(gen_dir, lines=(60, 150), ndocs=8):
    """Checks every docs/*.expected.json beside gen_dir against its text: id
    shapes, each Kamerstuk's dossier and number, Handelingen numbers, Kamer
    numbers, sponsors, parties, venues, deadlines and refs present in the
    text, consecutive vergaderjaren, actors known, relations allowed, ISO
    dates, each motion's Kamerstuk listed (or the own id), no id listed twice,
    and the number of lines.  Prints each problem; returns their count."""
    import datetime
    import glob
    import json
    import os
    problems = []

    def err(name, msg):
        problems.append(msg)
        print(f"{name}: {msg}")

    files = sorted(glob.glob(os.path.join(gen_dir, "..", "docs", "*.expected.json")))
    if len(files) != ndocs:
        err("docs", f"{len(files)} documents")
    for jp in files:
        name = os.path.basename(jp)
        e = json.load(open(jp, encoding="utf-8"))
        text = open(jp.replace(".expected.json", ".txt"), encoding="utf-8").read()
        ft = _flat(text) + " | " + _flat(text.replace("-\n", "-"))  # a hyphen at a line end joins
        digits = re.sub(r"[\s\u00a0\u00ad]", "", text)
        n = text.count("\n")
        if not lines[0] <= n <= lines[1]:
            err(name, f"{n} lines")
        datetime.date.fromisoformat(e["reference_date"])
        if e.get("date"):
            datetime.date.fromisoformat(e["date"])
        ids = set()
        for k in e["kamerstukken"]:
            m = re.fullmatch(r"kst-(\d+)(?:-([A-Z]+|\d\d))?-(\d+|[A-Z]+)", k["id"])
            if not m:
                err(name, "bad id " + k["id"])
                continue
            if k["id"] in ids:
                err(name, "listed twice " + k["id"])
            ids.add(k["id"])
            if m.group(1) not in digits or m.group(3) not in digits:
                err(name, "not in text " + k["id"])
            y = k.get("year")
            if y and (not re.fullmatch(r"\d{4}-\d{4}", y) or int(y[5:]) != int(y[:4]) + 1):
                err(name, "year " + y)
            if k.get("chamber") not in (None, "I", "II"):
                err(name, "chamber " + str(k.get("chamber")))
        for h in e["handelingen"]:
            m = HAND.match(h["id"])
            if not m:
                err(name, "bad handelingen id " + h["id"])
                continue
            y1, y2 = (m.group(3), m.group(4)) if m.group(3) else (m.group(6), m.group(7))
            if int(y2) != int(y1) + 1:
                err(name, "vergaderjaar " + h["id"])
            for part in h["id"].split("-")[3:]:
                if part not in digits:
                    err(name, "handelingen number not in text " + h["id"])
        for t in e["tk_numbers"]:
            if not TK[t["kind"]].match(t["id"]):
                err(name, "bad tk id " + t["id"])
            if t["id"].lower() not in ft:
                err(name, "tk not in text " + t["id"])
        seen = set()
        for m in e["motions"]:
            if m["kamerstuk"] not in ids and m["kamerstuk"] != e.get("self_id"):
                err(name, "motion kst not listed " + m["kamerstuk"])
            if m["kamerstuk"] in seen:
                err(name, "motion twice " + m["kamerstuk"])
            seen.add(m["kamerstuk"])
            for s in m.get("sponsors", []):
                if s["name"].lower() not in ft:
                    err(name, "sponsor " + s["name"])
                if s["party"] and "(" + s["party"].lower() not in ft:
                    err(name, "party " + s["party"])
            if "relation" in m and m["relation"] not in RELM:
                err(name, "relation " + m["relation"])
        for c in e["commitments"]:
            for a in c["actors"]:
                if a not in ACT:
                    err(name, "actor " + a)
            if c["date"]:
                datetime.date.fromisoformat(c["date"])
            for k in ("venue", "deadline"):
                if c.get(k) and _flat(c[k]) not in ft:
                    err(name, f"{k} not in text: {c[k]}")
            for r in c.get("refs", []):
                if r.lower() not in ft and r not in ids:
                    err(name, "ref " + r)
            if "relation" in c and c["relation"] not in RELC:
                err(name, "relation " + c["relation"])
    print("checked", len(files), "documents;", len(problems), "problems")
    return len(problems)


# ---- whole documents (tests/heldout5/gen/, tests/heldout6/gen/ through their lib.py) ----

def check_gen(gen_dir, lines=(60, 150), ndocs=8, expected=(), why="expected by design"):
    """check_docs() for a set's gen/check.py: the problems written into the
    texts on purpose (a range's middle number, an OCR misread), given as
    their messages in expected, are left out; prints the others and returns
    the exit status (1 when there is any)."""
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        check_docs(gen_dir, lines=lines, ndocs=ndocs)
    bad = [ln for ln in out.getvalue().splitlines()
           if ": " in ln and not ln.startswith("checked") and ln.split(": ", 1)[1] not in expected]
    for ln in bad:
        print(ln)
    print(f"checked {ndocs} documents; {len(bad)} problems ({why}: {len(expected)})")
    return 1 if bad else 0


def doc_sponsor(name, party=None):
    """A sponsor: surname as the Kamer writes it, party as written in brackets or None."""
    return {"name": name, "party": party}


def doc_motion(kst, sponsors=OMIT, cs=OMIT, rel=OMIT):
    d = {"kamerstuk": kst}
    for k, v in (("sponsors", sponsors), ("cs", cs), ("relation", rel)):
        if v is not OMIT:
            d[k] = v
    return d


def doc_commitment(actors, date, rel=OMIT, venue=OMIT, deadline=OMIT, refs=OMIT, about=None):
    d = {"actors": list(actors), "date": date}
    for k, v in (("venue", venue), ("deadline", deadline), ("refs", refs), ("relation", rel)):
        if v is not OMIT:
            d[k] = v
    if about:
        d["about"] = about
    return d


def write_doc(gen_dir, name, src, about, ref_date, kind, date, self_id, kst, hand, tk, mot, com):
    """gen_dir/SRC -> ../docs/NAME.txt ('{nb}' a no-break space, '{sh}' a
    soft hyphen) and ../docs/NAME.expected.json; a document key given as
    OMIT (kind, date, self_id) is left out, so not scored.  Returns the
    text and the record."""
    import json
    import os
    docs = os.path.join(gen_dir, "..", "docs")
    with open(os.path.join(gen_dir, src), encoding="utf-8") as f:
        text = f.read().replace("{nb}", "\u00a0").replace("{sh}", "\u00ad")
    with open(os.path.join(docs, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    exp = {"file": name + ".txt", "about": about, "reference_date": ref_date}
    for k, v in (("kind", kind), ("date", date), ("self_id", self_id)):
        if v is not OMIT:
            exp[k] = v
    exp.update({"kamerstukken": kst, "handelingen": hand, "tk_numbers": tk,
                "motions": mot, "commitments": com})
    with open(os.path.join(docs, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return text, exp
