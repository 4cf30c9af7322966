from lib import *

write("006_woo_beslisnota_bzk_digitale_overheid", "d6.txt",
      "Woo-published beslisnota to the staatssecretaris BZK (Digitalisering) ('u'), with the Woo "
      "document header, redactions '5.1.2e' in the margin and body, and a 'Toezeggingen' paragraph: "
      "the addressee's CD commitment 'doet u deze toezegging gestand' (settled, TZ number), the "
      "predecessor's WGO commitment (office SBZK) in progress with a status time (the promise stated "
      "none: its deadline), 'In de brief zegt u bovendien toe ...' (made by u, as common.md), MJenV's "
      "commitment only mentioned (cited).  Logius's promise is no commitment.  Motions settled "
      "('wordt met de brief afgedaan') and aangehouden (cited).  The Kamerstuk of 'februari jl.1' is "
      "in the footnote.  Look-alikes: Woo-besluit and kenmerk numbers, 212 van de 342, artikel 6.3, "
      "artikel 5.1, tweede lid, onder e.",
      "2026-11-12", "beslisnota", "2026-11-12", None,
      [K("kst-26643-1180"), K("kst-26643-1175"), K("kst-26643-1149", "II", "2025-2026")],
      [],
      [T("TZ202609-077", "toezegging")],
      [M("kst-26643-1180", [S("Six Dijkstra"), S("Van Baarle")], False, "settled"),
       M("kst-26643-1175", [S("Kathmann")], False, "cited")],
      [C(["u"], "2026-09-19", "settled", venue="commissiedebat Digitale overheid",
         deadline="voor het einde van het jaar", refs=["TZ202609-077"], about="voortgang Wet digitale overheid"),
       C(["SBZK"], "2026-02-07", "progress", venue="WGO Digitale zaken",
         deadline="in het tweede kwartaal van 2027", about="evaluatie DigiD Machtigen (ambtsvoorganger)"),
       C(["u"], None, "made", deadline="voor 1 juli 2027", about="toegankelijkheid overheidswebsites"),
       C(["MJenV"], "2026-10-10", "cited", venue="commissiedebat Cybersecurity",
         about="beveiliging inlogmiddelen; 'de brief noemt haar alleen'")])
