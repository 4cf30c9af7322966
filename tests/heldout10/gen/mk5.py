# lays out d5's table the way pdftotext -layout prints a four-column table
import itertools
rows = [
 (["TZ202609-112"],
  ["De minister informeert de Kamer", "over de werving van reservisten", "voor de nationale reserve en de", "opkomst bij de eerste lichting."],
  ["Commissiedebat Personeel", "Defensie, 24 september 2026"],
  ["Afgedaan met de brief van 12", "mei 2027 (Kamerstuk 36{nb}592,", "nr.{nb}31)."]),
 (["TZ202610-045"],
  ["De staatssecretaris stuurt de", "Kamer een overzicht van de ver-", "traagde vastgoedprojecten per", "kazerne."],
  ["Commissiedebat Vastgoed", "Defensie, 7 oktober 2026"],
  ["Loopt. Het overzicht volgt met", "de tweede voortgangsrapportage", "vastgoed."]),
 (["TZ202611-201"],
  ["De minister zegt toe de Kamer", "jaarlijks te informeren over de", "munitievoorraden, in een ge-", "rubriceerde bijlage."],
  ["Begrotingsbehandeling", "Defensie, 19 november 2026", "(Handelingen II 2026/27,", "nr.{nb}27, item{nb}9)"],
  ["Doorlopend. De eerste rappor-", "tage is op 15 april 2027 ver-", "stuurd (Kamerstuk 36{nb}600-X,", "nr.{nb}104)."]),
]
rows2 = [
 (["TZ202612-019"],
  ["De staatssecretaris informeert", "de Kamer voor de zomer van 2027", "over de aanbesteding van de", "nieuwe gevechtslaarzen."],
  ["Schriftelijk overleg Mate-", "rieel, antwoorden van", "8 december 2026 (Kamerstuk", "27{nb}830, nr.{nb}455)"],
  ["Afgedaan. Zie de brief van 20", "mei 2027 (Kamerstuk 27{nb}830,", "nr.{nb}461)."]),
 (["T03745"],
  ["De minister gaat na of de Wet", "defensiegereedheid gevolgen", "heeft voor vrijwilligers bij de", "brandweer."],
  ["Eerste Kamer, plenaire be-", "handeling, 19 januari 2027"],
  ["In behandeling. De Raad van", "State is om voorlichting ge-", "vraagd."]),
 (["TZ202702-033"],
  ["De minister gaat in gesprek met", "de veiligheidsregio's over de", "inzet van militairen bij", "hoogwater en informeert de", "Kamer over de uitkomst."],
  ["Commissiedebat Nationale", "veiligheid, 11 februari 2027"],
  ["Open."]),
]
W = [14, 36, 30]
def lay(rs):
    out = []
    for r in rs:
        n = max(len(c) for c in r)
        for i in range(n):
            cells = [c[i] if i < len(c) else "" for c in r]
            pad = lambda s, w: s + " " * (w - len(s.replace("{nb}", "x")))
            ln = pad(cells[0], W[0]) + pad(cells[1], W[1]) + pad(cells[2], W[2]) + cells[3]
            # measure widths with {nb} counted as one char
            out.append(ln.rstrip())
        out.append("")
    return out
hdr = "Nr.".ljust(W[0]) + "Toezegging".ljust(W[1]) + "Vindplaats".ljust(W[2]) + "Stand van zaken"
import sys
print(hdr); print()
print("\n".join(lay(rows)))
print("@@PAGE@@")
print(hdr); print()
print("\n".join(lay(rows2)))
