#!/usr/bin/env python3
"""Writes ../snippets.jsonl from s*.py and checks every snippet and document:
unique ids and id prefixes, id shapes, consecutive vergaderjaren, ISO dates,
actors in the abbreviation list, relations in the allowed sets, each motion's
Kamerstuk listed (or the document's own), each sponsor, venue, deadline and
Kamer number present in the text, document sizes and top-level keys."""
import datetime, glob, json, os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
import s1_refs, s2_mot, s3_tz, s4_rest, s5_neg  # noqa: E402

ACTORS = set("MJenV SJenV MBZK SBZK MVWS SVWS SLMZ SJSP MOCW SOCW SRb MFin SFin MEZK "
             "MKGG MIenW SIenW MSZW SSZW MDef SDef MBuZa MBHO MLVVN MAenM MVRO MP u".split())
KST = re.compile(r"^kst-\d{5}(-([IVXLC]+|[A-Z]{1,2}|\d{2}))?(-[IVXLC]+)?-(\d+|[A-Z]{1,3})$")
from annotation import HAND, TK, RELM, RELC, report  # noqa: E402  (the id shapes and relations)
PREFIX = {"kst", "hand", "ah", "tk", "mot", "tz", "date", "rel", "neg", "doc"}
DOCKEYS = {"reference_date", "kind", "date", "self_id", "kamerstukken", "handelingen",
           "tk_numbers", "motions", "commitments"}
KINDS = {"brief", "beslisnota", "motie", "antwoord", "verslag", "handelingen", "other"}


def isodate(s):
    if s is not None:
        datetime.date.fromisoformat(s)


def flat(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).lower()


def check(rec, text, where, errs):
    def e(m):
        errs.append(f"{where}: {m}")
    squash = re.sub(r"[\s\u00ad.]", "", text)
    for k in rec.get("kamerstukken", []):
        if not KST.match(k["id"]):
            e("bad kst id " + k["id"])
        if k["id"].split("-")[1] not in squash:
            e("dossier not in text " + k["id"])
        if k.get("chamber") not in (None, "I", "II"):
            e("chamber " + str(k.get("chamber")))
        if k.get("year"):
            a, b = k["year"].split("-")
            if int(b) != int(a) + 1:
                e("year " + k["year"])
    for h in rec.get("handelingen", []):
        m = HAND.match(h["id"])
        if not m:
            e("bad hand id " + h["id"])
            continue
        ys = [g for g in m.groups() if g and g.isdigit() and len(g) == 4]
        if int(ys[1]) != int(ys[0]) + 1:
            e("year " + h["id"])
    for t in rec.get("tk_numbers", []):
        if not TK[t["kind"]].match(t["id"]):
            e("bad tk " + t["id"])
        if t["id"] not in text:
            e("tk not in text " + t["id"])
    kids = {k["id"] for k in rec.get("kamerstukken", [])}
    selfid = (rec.get("doc") or {}).get("self_id") or rec.get("self_id")
    seen = set()
    for m in rec.get("motions", []):
        if m["kamerstuk"]:
            if m["kamerstuk"] not in kids and m["kamerstuk"] != selfid:
                e("motion kst not listed " + m["kamerstuk"])
            if m["kamerstuk"] in seen:
                e("motion twice " + m["kamerstuk"])
            seen.add(m["kamerstuk"])
        elif not m.get("sponsors"):
            e("motion without kamerstuk and sponsor")
        if "relation" in m and m["relation"] not in RELM:
            e("motion rel " + m["relation"])
        for s in m.get("sponsors", []):
            if s["name"].lower() not in text.lower():
                e("sponsor not in text " + s["name"])
            if s["party"] and s["party"].lower() not in text.lower():
                e("party not in text " + s["party"])
    hids = {h["id"] for h in rec.get("handelingen", [])}
    for c in rec.get("commitments", []):
        for a in c["actors"]:
            if a not in ACTORS:
                e("actor " + a)
        isodate(c["date"])
        if "relation" in c and c["relation"] not in RELC:
            e("com rel " + c["relation"])
        for r in c.get("refs", []):
            if not (r in text or r in kids or r in hids):
                e("ref " + r)
        for f in ("venue", "deadline"):
            v = c.get(f)
            if v and flat(v) not in flat(text):
                e(f + " not in text: " + v)
    d = rec.get("doc")
    if d:
        if d.get("kind") and d["kind"] not in KINDS:
            e("doc kind " + d["kind"])
        isodate(d.get("date"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    errs, ids, out = [], set(), []
    for mod in (s1_refs, s2_mot, s3_tz, s4_rest, s5_neg):
        for s in mod.SNIPPETS:
            if s["id"] in ids:
                errs.append("dup " + s["id"])
            ids.add(s["id"])
            if s["id"].split("-")[0] not in PREFIX:
                errs.append("prefix " + s["id"])
            isodate(s["date"])
            check(s, s["text"], s["id"], errs)
            if s["id"].startswith("neg-") and any(k in s for k in
                    ("kamerstukken", "handelingen", "tk_numbers", "motions", "commitments")):
                errs.append("negative with findings " + s["id"])
            out.append(s)
    with open(os.path.join(here, "..", "snippets.jsonl"), "w") as f:
        for s in out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    nd = 0
    for j in sorted(glob.glob(os.path.join(here, "..", "docs", "*.expected.json"))):
        g = json.load(open(j))
        t = open(j.replace(".expected.json", ".txt")).read()
        name = os.path.basename(j)
        missing = DOCKEYS - set(g)
        if missing:
            errs.append(f"{name}: missing {sorted(missing)}")
        if g.get("kind") not in KINDS:
            errs.append(f"{name}: kind {g.get('kind')}")
        isodate(g.get("reference_date"))
        isodate(g.get("date"))
        check(g, t, name, errs)
        n = len(t.encode())
        if not 2000 <= n <= 5200:
            errs.append(f"{name}: size {n}")
        nd += 1
    report(out, nd, errs)
    return 1 if errs else 0


sys.exit(main())
