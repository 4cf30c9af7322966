"""Checks every heldout5 docs/*.expected.json against its text: id shapes
(tests/annotation.py), each Kamerstuk's dossier and number, Handelingen
numbers, Kamer numbers, sponsors, parties, venues, deadlines and refs present
in the text, consecutive vergaderjaren, actors known, relations allowed, ISO
dates, each motion's Kamerstuk listed (or the own id), no id listed twice,
and 60-150 lines.  Exit 1 on any problem."""
import datetime, glob, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from annotation import HAND, RELC, RELM, TK  # noqa: E402

ACT = set("MJenV SJenV MBZK SBZK MVWS SVWS SLMZ SJSP MOCW SOCW SRb MFin SFin MEZK MKGG MIenW SIenW "
          "MSZW SSZW MDef SDef MBuZa MBHO MLVVN MAenM MVRO MP u".split())
bad = 0


def err(name, msg):
    global bad
    bad += 1
    print(f"{name}: {msg}")


def flat(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).lower()


here = os.path.dirname(os.path.abspath(__file__))
files = sorted(glob.glob(os.path.join(here, "..", "docs", "*.expected.json")))
if len(files) != 8:
    err("docs", f"{len(files)} documents")
for jp in files:
    name = os.path.basename(jp)
    e = json.load(open(jp, encoding="utf-8"))
    text = open(jp.replace(".expected.json", ".txt"), encoding="utf-8").read()
    ft = flat(text) + " | " + flat(text.replace("-\n", "-"))  # a hyphen at a line end joins
    digits = re.sub(r"[\s\u00a0\u00ad]", "", text)
    n = text.count("\n")
    if not 60 <= n <= 150:
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
            if c.get(k) and flat(c[k]) not in ft:
                err(name, f"{k} not in text: {c[k]}")
        for r in c.get("refs", []):
            if r.lower() not in ft and r not in ids:
                err(name, "ref " + r)
        if "relation" in c and c["relation"] not in RELC:
            err(name, "relation " + c["relation"])
print("checked", len(files), "documents;", bad, "problems")
sys.exit(1 if bad else 0)
