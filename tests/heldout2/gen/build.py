#!/usr/bin/env python3
"""Writes ../snippets.jsonl from s*.py and checks the annotations:
unique ids, id patterns, ISO dates, actors, relations, each motion's
Kamerstuk listed, each annotated number present in the text."""
import datetime, json, re, sys, os, glob
sys.path.insert(0, os.path.dirname(__file__))
import s1_refs, s2_mot, s3_tz, s4_rest, s5_extra

ACTORS = set("MJenV SJenV MBZK SBZK MVWS SVWS SLMZ SJSP MOCW SOCW SRb MFin SFin MEZK SEZK MKGG MIenW SIenW MSZW SSZW MDef SDef MBuZa MBHO MLVVN MAenM MVRO MP u".split())
KST = re.compile(r"^kst-\d{4,6}(-([IVXLC]+|[A-Z]{1,2}|\d{2}))?(-[IVXLC]+)?-(\d+|[A-Z]{1,3})$")
from annotation import HAND, TK, RELM, RELC, report  # noqa: E402  (the id shapes and relations)

def isodate(s):
    if s is None: return True
    datetime.date.fromisoformat(s); return True

def digits(s): return re.sub(r"\D", "", s)

def check(rec, text, where, errs):
    def e(m): errs.append(f"{where}: {m}")
    squash = re.sub(r"\s", "", text)
    for k in rec.get("kamerstukken", []):
        if not KST.match(k["id"]): e("bad kst id " + k["id"])
        dossier = k["id"].split("-")[1]
        if dossier not in squash: e("dossier not in text " + k["id"])
        if k.get("year"):
            a, b = k["year"].split("-")
            if int(b) != int(a) + 1: e("year " + k["year"])
    for h in rec.get("handelingen", []):
        m = HAND.match(h["id"])
        if not m: e("bad hand id " + h["id"]); continue
        ys = [g for g in m.groups() if g and g.isdigit() and len(g) == 4]
        if int(ys[1]) != int(ys[0]) + 1: e("year " + h["id"])
    for t in rec.get("tk_numbers", []):
        if not TK[t["kind"]].match(t["id"]): e("bad tk " + t["id"])
        if t["id"] not in text: e("tk not in text " + t["id"])
    kids = {k["id"] for k in rec.get("kamerstukken", [])}
    selfid = (rec.get("doc") or {}).get("self_id") or rec.get("self_id")
    for m in rec.get("motions", []):
        if m["kamerstuk"] and m["kamerstuk"] not in kids and m["kamerstuk"] != selfid:
            e("motion kst not listed " + m["kamerstuk"])
        if "relation" in m and m["relation"] not in RELM: e("motion rel " + m["relation"])
        for s in m.get("sponsors", []):
            if s["name"].lower() not in text.lower(): e("sponsor not in text " + s["name"])
    for c in rec.get("commitments", []):
        for a in c["actors"]:
            if a not in ACTORS: e("actor " + a)
        isodate(c["date"])
        if "relation" in c and c["relation"] not in RELC: e("com rel " + c["relation"])
        for r in c.get("refs", []):
            ok = r in text or r in kids or r in {h["id"] for h in rec.get("handelingen", [])}
            if not ok: e("ref " + r)
        for f in ("venue", "deadline"):
            v = c.get(f)
            if v and v.lower() not in re.sub(r"\s+", " ", text.lower()): e(f + " not in text: " + v)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errs, ids, out = [], set(), []
    for mod in (s1_refs, s2_mot, s3_tz, s4_rest, s5_extra):
        for s in mod.SNIPPETS:
            if s["id"] in ids: errs.append("dup " + s["id"])
            ids.add(s["id"])
            isodate(s["date"])
            check(s, s["text"], s["id"], errs)
            out.append(s)
    with open(os.path.join(here, "..", "snippets.jsonl"), "w") as f:
        for s in out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    docs = os.path.join(here, "..", "docs")
    nd = 0
    for j in sorted(glob.glob(os.path.join(docs, "*.expected.json"))):
        g = json.load(open(j))
        t = open(j.replace(".expected.json", ".txt")).read()
        isodate(g.get("reference_date")); isodate(g.get("date"))
        check(g, t, os.path.basename(j), errs)
        n = len(t.encode())
        if not 2000 <= n <= 6500: errs.append(f"{j}: size {n}")
        nd += 1
    report(out, nd, errs)
    return 1 if errs else 0

sys.exit(main())
