"""Check every docs/*.expected.json of heldout4 against its text: id shapes,
dossiers and numbers present, sponsors, venues, deadlines and Kamer numbers
present, actors known, relations allowed, dates valid, each motion's
Kamerstuk listed, at least 60 and at most 200 lines."""
import datetime, glob, json, os, re, sys

ACT = set("MJenV SJenV MBZK SBZK MVWS SVWS SLMZ SJSP MOCW SOCW SRb MFin SFin MEZK MKGG MIenW SIenW "
          "MSZW SSZW MDef SDef MBuZa MBHO MLVVN MAenM MVRO MP u".split())
REL = {"settled", "progress", "addressed", "cited"}
bad = 0


def err(name, msg):
    global bad
    bad += 1
    print(f"{name}: {msg}")


def flat(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


for jp in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "docs", "*.expected.json"))):
    name = os.path.basename(jp)
    e = json.load(open(jp, encoding="utf-8"))
    text = open(jp.replace(".expected.json", ".txt"), encoding="utf-8").read()
    ft = flat(text)
    digits = re.sub(r"[\s\u00a0]", "", text)
    n = text.count("\n")
    if not 60 <= n <= 200:
        err(name, f"{n} lines")
    for d in (e["reference_date"], e["date"]):
        datetime.date.fromisoformat(d)
    ids = set()
    for k in e["kamerstukken"]:
        m = re.fullmatch(r"kst-(\d+)(?:-([A-Z]+|\d\d))?-(\d+|[A-Z]+)", k["id"])
        if not m:
            err(name, "bad id " + k["id"])
            continue
        ids.add(k["id"])
        if m.group(1) not in digits or m.group(3) not in digits:
            err(name, "not in text " + k["id"])
        y = k.get("year")
        if y and (int(y[5:]) != int(y[:4]) + 1):
            err(name, "year " + y)
    for h in e["handelingen"]:
        if not re.fullmatch(r"(h-tk|h-ek|ah-tk)-(\d{4})(\d{4})-\d+(-\d+)?", h["id"]):
            err(name, "bad handelingen id " + h["id"])
    for t in e["tk_numbers"]:
        if t["id"].lower() not in ft:
            err(name, "tk not in text " + t["id"])
    for m in e["motions"]:
        if m["kamerstuk"] not in ids and m["kamerstuk"] != e["self_id"]:
            err(name, "motion kst not listed " + m["kamerstuk"])
        for s in m.get("sponsors", []):
            if s["name"].lower() not in ft:
                err(name, "sponsor " + s["name"])
            if s["party"] and "(" + s["party"].lower() + ")" not in ft:
                err(name, "party " + s["party"])
        if "relation" in m and m["relation"] not in REL:
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
            if r.lower() not in ft:
                err(name, "ref " + r)
        if "relation" in c and c["relation"] not in REL | {"made"}:
            err(name, "relation " + c["relation"])
print("checked;", bad, "problems")
sys.exit(1 if bad else 0)
