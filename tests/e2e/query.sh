#!/bin/sh
# query.sh - search, motion, commitments and table end to end, on the
# ingested corpus (corpus/pdf and corpus/txt), checked against the facts in
# corpus/CHAINS.md; plus a hostile letter whose motion subject holds
# "<script>" and a spreadsheet formula, which must stay inert in every
# table format; usage errors and their exit statuses.
. "${TOP:?}/tests/e2e/lib.sh"
export KAMERINDEX_NO_PROGRESS=1
unset KAMERINDEX_DB

# py FILE SCRIPT: python3 with the file's JSON Lines as `rows` (a list) and
# its text as `text`; the script prints what is wrong, nothing when right.
py() {
    python3 - "$1" "$2" <<'EOF'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
rows = []
for line in text.splitlines():
    line = line.strip()
    if line.startswith("{") or line.startswith("["):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            print("not JSON: %s: %s" % (e, line[:120]))
try:
    exec(sys.argv[2])
except Exception as e:
    print("check failed: %r" % (e,))
EOF
}
check() { # what, file, script
    out=$(py "$2" "$3")
    [ -z "$out" ] || { bad "$1: $out"; show "$2" 8; }
}
run() { # expected exit status, output file, command...
    want=$1 out=$2
    shift 2
    "$@" >"$out" 2>"$out.err"
    rc=$?
    [ "$rc" = "$want" ] || { bad "exit $rc, want $want: $*"; show "$out.err" 5; }
}

# ------------------------------------------------------------------ usage
DB=$T/index.db
run 2 "$T/u1" "$K" search --db "$T/none.db" motie
grep -q 'kamerindex: ' "$T/u1.err" || bad "missing index: no message"
run 2 "$T/u2" "$K" motion --db "$T/none.db" 29279-889
run 2 "$T/u3" "$K" table --db "$T/none.db" kst-29279-901
run 2 "$T/u4" "$K" commitments --db "$T/none.db"
run 2 "$T/u5" "$K" search
run 2 "$T/u6" "$K" table --format xlsx x
run 2 "$T/u7" "$K" search --sort size motie
run 2 "$T/u8" "$K" motion --sponsor A --party B

# help search: every field of the schema with an example (checked below)
run 0 "$T/help" "$K" help search
for f in kamerstuk dossier motie indiener partij bewindspersoon kind date; do
    grep -q "^  $f " "$T/help" || bad "help search does not list $f"
done

if ! implemented ingest --db "$T/probe.db" /dev/null; then
    echo "SKIP: ingest not implemented yet (usage checks done: $errors failures)"
    exit "$((errors > 0))"
fi

# ------------------------------------------------------------------ ingest
H=$T/hostile
mkdir -p "$H"
cat >"$H/2025-07-01-brief-hostile.txt" <<'EOF'
Tweede Kamer der Staten-Generaal
Den Haag, 1 juli 2025

Onderwerp: Afdoening motie <script>alert(1)</script>

Geachte voorzitter,

De motie van het lid Jansen (PVV) over =cmd|' /C calc'!A0 <script>alert(1)</script> (Kamerstukken II 2024/25, 29279, nr. 950) beschouw ik hiermee als afgedaan.

De minister van Justitie en Veiligheid,
EOF
run 0 "$T/ingest" "$K" ingest --db "$DB" "$TOP/corpus/pdf" "$TOP/corpus/txt" "$H"
[ -s "$DB/iamglass" ] || [ -d "$DB" ] || bad "no index after ingest"

# ------------------------------------------------------------------ motion
run 0 "$T/m1" "$K" motion --db "$DB" --json 29279-889
check "motion 29279-889" "$T/m1" '
r = rows[0]
m, ls = r["motion"], r["letters"]
assert m["id"] == "kst-29279-889", m["id"]
docs = [l["doc"] for l in ls]
if "kst-29279-901" not in docs: print("kst-29279-901 missing from", docs)
else:
    l = ls[docs.index("kst-29279-901")]
    if l["relation"] != "settled": print("901 relation", l["relation"])
    if l["date"] != "2025-06-20": print("901 date", l["date"])
    if not l["evidence"]: print("901 without evidence")
dates = [l["date"] for l in ls if l["date"]]
if dates != sorted(dates, reverse=True): print("letters not newest first:", dates)
if ls and ls[0]["date"] != "2025-06-20": print("newest letter is", ls[0]["doc"], ls[0]["date"])
if [l for l in ls[len(dates):] if l["date"]]: print("undated letters not last")
if "kst-28345-282" not in docs: print("progress letter 28345-282 missing")
if m["status"] != "settled": print("status", m["status"])
names = [s["name"] for s in m["sponsors"]]
if "Van der Heijde" not in names: print("sponsors", names)
# its own document (corpus/txt) is ingested: the dictum comes from its text
d = m.get("dictum") or ""
if not d.startswith("verzoekt de regering") or "handelingskader" not in d: print("dictum", repr(d))
'
for ref in kst-29279-889 "29279, nr. 889" "29 279 nr. 889" "Kamerstukken II 2023/24, 29279, nr. 889" \
    KST-29279-889; do
    run 0 "$T/m2" "$K" motion --db "$DB" --json "$ref"
    cmp -s "$T/m1" "$T/m2" || bad "motion '$ref' differs from motion 29279-889"
done
# the text form lists the same letters
run 0 "$T/m3" "$K" motion --db "$DB" 29279-889
grep -q 'kst-29279-901' "$T/m3" || bad "motion text output lacks kst-29279-901"

run 0 "$T/m4" "$K" motion --db "$DB" --json 36600-VI-45
check "motion 36600-VI-45" "$T/m4" '
ls = rows[0]["letters"]
if not any(l["doc"] == "kst-29279-912" and l["relation"] == "settled" for l in ls):
    print("not settled by kst-29279-912:", [(l["doc"], l["relation"]) for l in ls])
'
run 0 "$T/m5" "$K" motion --db "$DB" --json --sponsor "van der heijde"
check "motion --sponsor" "$T/m5" '
st = {r["motion"]["id"]: r["motion"]["status"] for r in rows}
if st.get("kst-29279-889") != "settled": print("889:", st.get("kst-29279-889"), st)
if "kst-29279-890" not in st: print("890 missing", st)
'
run 0 "$T/m6" "$K" motion --db "$DB" --json --party D66
grep -q '"kst-29279-889"' "$T/m6" || bad "motion --party D66 lacks 889"
run 2 "$T/m7" "$K" motion --db "$DB" nonsense

# ------------------------------------------------------------------ search
s() { # output file, query words...
    o=$1
    shift
    run 0 "$o" "$K" search --db "$DB" --json --limit 0 "$@"
}
s "$T/s1" kamerstuk:29279-889
check "kamerstuk:29279-889" "$T/s1" '
d = [r["doc"] for r in rows]
for want in ("kst-29279-901", "kst-28345-282"):
    if want not in d: print(want, "missing", d)
for r in rows:
    for k in ("doc", "file", "title", "kind", "date", "score", "snippet"):
        if k not in r: print("hit without", k)
'
s "$T/s2" kind:motie
check "kind:motie" "$T/s2" '
if len(rows) < 5: print("only", len(rows), "motions")
if [r for r in rows if r["kind"] != "motie"]: print("not all motie")
'
s "$T/s3" motie
s "$T/s4" moties
check "stemming motie/moties" "$T/s3" '
other = [json.loads(l) for l in open(sys.argv[1].replace("s3", "s4"))]
a, b = sorted(r["doc"] + r["file"] for r in rows), sorted(r["doc"] + r["file"] for r in other)
if a != b or not a: print("motie", len(a), "moties", len(b))
'
s "$T/s5" femicide date:2025-01-01..2025-12-31
check "date range" "$T/s5" '
if not rows: print("no hits")
if [r for r in rows if not (r["date"] and "2025-01-01" <= r["date"] <= "2025-12-31")]: print("outside 2025")
'
# snippets come from the stored body text, the matched word marked
check "snippet marks" "$T/s5" '
sn = {r["doc"]: r["snippet"] or "" for r in rows}
if "**femicide**" not in sn.get("kst-29279-901", "").lower(): print("901 snippet", sn.get("kst-29279-901"))
'
s "$T/s6" date:..2024-06-30
check "open date range" "$T/s6" '
if not rows: print("no hits")
if [r for r in rows if not (r["date"] and r["date"] <= "2024-06-30")]: print("after 2024-06-30")
'
s "$T/s7" 'indiener:"Van der Heijde"'
grep -q '"kst-29279-901"' "$T/s7" || bad "indiener:\"Van der Heijde\" lacks kst-29279-901"
s "$T/s8" partij:D66 dossier:29279
grep -q '"kst-29279-901"' "$T/s8" || bad "partij:D66 dossier:29279 lacks kst-29279-901"
s "$T/s9" bewindspersoon:SJenV
check "bewindspersoon:SJenV" "$T/s9" 'if not rows: print("no hits")'
s "$T/s10" femicide NOT kind:brief
check "NOT kind:brief" "$T/s10" '
if not rows: print("no hits")
if [r for r in rows if r["kind"] == "brief"]: print("a brief")
'
s "$T/s11" '"rode vlaggen"' OR stalkersregister
check "phrase OR word" "$T/s11" 'if len(rows) < 2: print(len(rows), "hits")'
run 0 "$T/s12" "$K" search --db "$DB" --json --sort date --limit 0 femicide
check "--sort date" "$T/s12" '
d = [r["date"] for r in rows if r["date"]]
if d != sorted(d, reverse=True) or len(d) < 3: print("not newest first", d)
'
run 0 "$T/p1" "$K" search --db "$DB" --json --sort date --limit 3 femicide
run 0 "$T/p2" "$K" search --db "$DB" --json --sort date --limit 3 --offset 3 femicide
run 0 "$T/p3" "$K" search --db "$DB" --json --sort date --limit 6 femicide
cat "$T/p1" "$T/p2" | cmp -s - "$T/p3" || bad "--limit/--offset pages do not add up"
# a filter applies before the limit: the one motion among many femicide hits
run 0 "$T/p4" "$K" search --db "$DB" --json --limit 1 femicide kind:motie
grep -q '"kind":"motie"' "$T/p4" || bad "filter after the cap: femicide kind:motie --limit 1"
# every example of the help runs
sed -n 's/^ *e\.g\. //p' "$T/help" >"$T/examples"
[ "$(wc -l <"$T/examples")" -ge 10 ] || bad "help search shows fewer than 10 examples"
while IFS= read -r ex; do
    "$K" search --db "$DB" --limit 1 "$ex" >/dev/null 2>"$T/ex.err" || {
        bad "help example '$ex' fails"
        show "$T/ex.err" 3
    }
done <"$T/examples"
run 2 "$T/s13" "$K" search --db "$DB" 'date:2025-13-45..x AND ('

# ------------------------------------------------------------------ table
L=kst-29279-901
run 0 "$T/t.md" "$K" table --db "$DB" "$L"
grep -q '^| Soort | Omschrijving | Indiener(s) / Bewindspersoon | Vindplaats | Datum | Stand van zaken |$' \
    "$T/t.md" || bad "md table header"
grep '29279, nr. 889' "$T/t.md" | grep -q 'Afgedaan' || bad "md: 889 not Afgedaan"
grep -q '(https://zoek.officielebekendmakingen.nl/kst-29279-889.html)' "$T/t.md" || bad "md: no link"
run 0 "$T/t2.md" "$K" table --db "$DB" "$TOP/corpus/pdf/2025-06-20-brief-jenv-29279-901-femicide.pdf"
cmp -s "$T/t.md" "$T/t2.md" || bad "table by path differs from table by id"
run 0 "$T/t.csv" "$K" table --db "$DB" --format csv "$L"
check "csv table" "$T/t.csv" '
import csv, io
r = list(csv.reader(io.StringIO(text)))
if r[0] != ["Soort", "Omschrijving", "Indiener(s) / Bewindspersoon", "Vindplaats", "Datum", "Stand van zaken"]: print(r[0])
if not [x for x in r[1:] if "29279, nr. 889" in x[3] and x[5] == "Afgedaan"]: print("no 889 Afgedaan row")
'
run 0 "$T/t.html" "$K" table --db "$DB" --format html "$L"
grep -q '<a href="https://zoek.officielebekendmakingen.nl/kst-29279-889.html">' "$T/t.html" ||
    bad "html: no link for 889"
run 0 "$T/t.json" "$K" table --db "$DB" --format json "$L"
check "json table" "$T/t.json" '
t = rows[0]
if t["doc"] != "kst-29279-901": print("doc", t["doc"])
if not [x for x in t["rows"] if x["id"] == "kst-29279-889" and x["stand"] == "Afgedaan" and x["relation"] == "settled"]: print("no 889 row")
'
run 0 "$T/t.dossier" "$K" table --db "$DB" --format json --dossier 29279
check "table --dossier 29279" "$T/t.dossier" '
st = {x["id"]: x["stand"] for x in rows[0]["rows"]}
if st.get("kst-29279-889") != "Afgedaan": print("889", st.get("kst-29279-889"))
h = {x["id"]: x["behandeld_in"] or "" for x in rows[0]["rows"]}
# CHAINS.md: 895 is open (912 reports "loopt"); whether the detector reads the
# 912 table right is eval/gold business, so only the letters are checked here
for d in ("kst-29279-912", "kst-28345-282"):
    if d not in h.get("kst-29279-895", ""): print("895 not handled in", d, h.get("kst-29279-895"))
'
run 2 "$T/t.none" "$K" table --db "$DB" kst-1-1

# hostile text stays inert in every format
HL=$H/2025-07-01-brief-hostile.txt
run 0 "$T/h.json" "$K" table --db "$DB" --format json "$HL"
grep -q 'kst-29279-950' "$T/h.json" || bad "hostile letter: motion 950 not in its table"
run 0 "$T/h.html" "$K" table --db "$DB" --format html "$HL"
grep -qi '<script' "$T/h.html" && bad "html table lets <script> through"
grep -q '&lt;script&gt;' "$T/h.html" || bad "html table lost the escaped <script>"
run 0 "$T/h.csv" "$K" table --db "$DB" --format csv "$HL"
check "csv formulas" "$T/h.csv" '
import csv, io
for row in csv.reader(io.StringIO(text)):
    for cell in row:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"): print("live formula cell:", cell)
'
run 0 "$T/h.md" "$K" table --db "$DB" "$HL"
grep -q '<script>' "$T/h.md" && bad "md table lets <script> through"
run 0 "$T/h.s" "$K" search --db "$DB" --json kamerstuk:29279-950
check "hostile search json" "$T/h.s" 'if not rows: print("no hit")'

# ------------------------------------------------------------ commitments
export KAMERINDEX_TODAY=2025-12-31
run 0 "$T/c1" "$K" commitments --db "$DB" --json
check "commitments" "$T/c1" '
if len(rows) < 4: print(len(rows), "commitments")
if not [r for r in rows if r["status"] == "settled" and r["handled_by"]]: print("none settled")
'
run 0 "$T/c2" "$K" commitments --db "$DB" --json --open
check "commitments --open" "$T/c2" '
if not rows: print("none open")
if [r for r in rows if r["status"] == "settled"]: print("a settled one")
'
run 0 "$T/c3" "$K" commitments --db "$DB" --json --overdue
check "commitments --overdue" "$T/c3" '
if not rows: print("none overdue (TZ202410-113 is)")
if [r for r in rows if not r["due"] or r["due"] >= "2025-12-31" or r["status"] == "settled"]: print("not overdue")
'
run 0 "$T/c4" "$K" commitments --db "$DB"
grep -q '^SJenV' "$T/c4" || bad "commitments text not grouped under SJenV"
unset KAMERINDEX_TODAY

finish "query e2e"
