"""Writes heldout34's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, M, OMIT, S, T, write

TZ = "toezegging"

# 001: a motion as a Kamerstuk
write("001_kamerstuk_motie_vws_begroting_ambulancezorg", "d1.txt",
      "A motion as officielebekendmakingen prints it: '36 600 XVI Vaststelling van de "
      "begrotingsstaten ...', 'Nr. 45 MOTIE VAN DE LEDEN BRUINSMA-VEGTER EN OUCHAN', 'Voorgesteld "
      "14 november 2026'.  kind motie, date the Voorgesteld date, self_id kst-36600-XVI-45 (not "
      "listed among the Kamerstukken; the footer's own number no reference); the motion itself "
      "listed with both sponsors from the header (party null, no c.s.), relation left out; the "
      "signature lines add no sponsors (heldout11/22/28).  A consideration names the motie-Kerkhof "
      "(Kamerstuk 29 247, nr. 438): cited.  A consideration recalls the minister's promise of the "
      "commissiedebat Acute zorg of 2 oktober 2026 'voor 1 maart 2027': cited, actor MVWS, dated to "
      "the debate, venue and deadline as named (heldout28 002).  The two 'verzoekt de regering' "
      "(one 'voor 1 april 2027 te informeren') are no commitments.  Look-alikes: 41 van de 112 "
      "ambulanceposten, 15 minuten, 10%, artikel 8 of the Tijdelijke wet, EUR 45 miljoen, EUR 8 "
      "miljoen, 0900-1515, ISSN 0921 - 7371, 's-Gravenhage 2026.",
      "2026-11-14", "motie", "2026-11-14", "kst-36600-XVI-45",
      [K("kst-29247-438")],
      [],
      [],
      [M("kst-36600-XVI-45", [S("Bruinsma-Vegter"), S("Ouchan")], False),
       M("kst-29247-438", [S("Kerkhof")], False, "cited")],
      [C(["MVWS"], "2026-10-02", rel="cited", venue="commissiedebat Acute zorg",
         deadline="voor 1 maart 2027", about="spreiding ambulanceposten; recalled in a consideration")])

# 002: a gewijzigde motie as a Kamerstuk
write("002_kamerstuk_gewijzigde_motie_ienw_cofinanciering_provinciale_wegen", "d2.txt",
      "A gewijzigde motie: '36 600 XII ...', 'Nr. 58 GEWIJZIGDE MOTIE VAN HET LID HAMSTRA TER "
      "VERVANGING VAN DIE GEDRUKT / ONDER NR. 31' (the header over two lines), 'Voorgesteld 19 "
      "november 2026'.  kind motie, date the Voorgesteld date, self_id kst-36600-XII-58; the motion "
      "itself listed with its sponsor (no relation, no c.s.).  'ter vervanging van die gedrukt onder "
      "nr. 31': Kamerstuk kst-36600-XII-31 and a motion without sponsors, cited (heldout22 003).  "
      "Cited: the Strategische Verkenning (Kamerstuk 29 398, nr. 1104, a Kamerstuk only) and the "
      "'eerder aangenomen motie-Heerema c.s. (Kamerstuk 29 398, nr. 1088)'.  No commitment: "
      "'verzoekt de regering tevens de Kamer bij de Voorjaarsnota 2027 te informeren'.  "
      "Look-alikes: 312 verkeersdoden, 80 km/u, EUR 500 miljoen, 50%, 25%, N381, N919, artikel "
      "14.02 of the begroting, ISSN, the footer.",
      "2026-11-19", "motie", "2026-11-19", "kst-36600-XII-58",
      [K("kst-36600-XII-31"), K("kst-29398-1104"), K("kst-29398-1088")],
      [],
      [],
      [M("kst-36600-XII-58", [S("Hamstra")], False),
       M("kst-36600-XII-31", OMIT, OMIT, "cited"),
       M("kst-29398-1088", [S("Heerema")], True, "cited")],
      [])

# 003: besluitenlijst of a procedurevergadering
write("003_besluitenlijst_procedurevergadering_vws", "d3.txt",
      "Besluitenlijst procedurevergadering of the vaste commissie voor VWS, woensdag 25 november "
      "2026: kind and date left out (as heldout25 001), self_id null.  Every 'Zaak: 2026Z...' and "
      "'document 2026D...' a Kamer number; TZ202606-031 a toezegging number.  Item 1: the griffie "
      "notes two promises the minister (MVWS, 'zij') makes in her letter of 18 november 2026: 'voor "
      "1 maart 2027' and 'voor de zomer van 2027', made, dated to that letter, venue key left out "
      "(as heldout28 003's listed promises).  Item 2: the promise of the commissiedebat "
      "Zorgverzekeringsstelsel of 4 juni 2026 'voor 1 november 2026' (TZ202606-031), 'De commissie "
      "beschouwt deze toezegging met de brief als voldaan': settled (heldout25 001).  Item 3: the "
      "motion in the letter's title (Kamerstuk 36 600 XVI, nr. 45, Bruinsma-Vegter and Ouchan) "
      "cited; item 6: motie-Zwaan (Kamerstuk 30 234, nr. 411) cited.  No commitment from 'De "
      "minister wordt verzocht om een reactie voor 1 december 2026' or the rondvraag request.  "
      "Look-alikes: 13.00 - 13.30 uur, COM(2026) 412, 070 318 24 77, dates.",
      "2026-11-25", OMIT, OMIT, None,
      [K("kst-29247-452"), K("kst-29689-1307"), K("kst-36600-XVI-45"), K("kst-30234-411")],
      [],
      [T("2026Z21345", "zaak"), T("2026D50123", "document"), T("2026Z21410", "zaak"),
       T("2026D50388", "document"), T("2026Z21502", "zaak"), T("2026D50610", "document"),
       T("2026Z21588", "zaak"), T("2026Z21603", "zaak"), T("2026D50712", "document"),
       T("TZ202606-031", TZ)],
      [M("kst-36600-XVI-45", [S("Bruinsma-Vegter"), S("Ouchan")], False, "cited"),
       M("kst-30234-411", [S("Zwaan")], False, "cited")],
      [C(["MVWS"], "2026-11-18", rel="made", deadline="voor 1 maart 2027",
         about="uitkomst regionale herindeling ambulanceposten (noted from the letter)"),
       C(["MVWS"], "2026-11-18", rel="made", deadline="voor de zomer van 2027",
         about="evaluatie meldkamer Noord (noted from the letter)"),
       C(["MVWS"], "2026-06-04", rel="settled", venue="commissiedebat Zorgverzekeringsstelsel",
         deadline="voor 1 november 2026", refs=["TZ202606-031"],
         about="polissen met beperkte vergoeding; 'als voldaan'")])

# 004: verslag van een schriftelijk overleg
write("004_verslag_schriftelijk_overleg_vws_gepast_gebruik_motie", "d4.txt",
      "Verslag van een schriftelijk overleg (29 689, nr. 1312, 'Vastgesteld 27 november 2026'): kind "
      "verslag, date the Vastgesteld date, self_id kst-29689-1312.  'ik' in the Reactie is the "
      "minister van VWS (MVWS).  The GroenLinks-PvdA inbreng quotes the motion of Dijkgraaf-Hulst "
      "and Van Oort (Kamerstuk 29 689, nr. 1276); the answer 'Daarmee is uitvoering gegeven aan de "
      "motie ...; ik beschouw deze motie als afgedaan': settled.  The motie-Hertzberger (nr. 1281) "
      "'verworpen': cited.  The CDA inbreng's promise of the commissiedebat Eigen risico of '17 "
      "september jl.', 'voor het einde van het jaar', 'kom ik met deze beantwoording na': one "
      "record, settled (heldout25 002).  'Wel zeg ik toe dat ik uw Kamer voor 1 juli 2027 informeer' "
      "made, date null.  No commitment: 'Kan de minister toezeggen', 'kan ik niet toezeggen'.  The "
      "letter under discussion (nr. 1298) a Kamerstuk.  Look-alikes: Stcrt. 2026, 41877, 27 "
      "aandoeningen, bijlage 2, EUR 385, 4,1%, 18 jaar, 9 juli 2026.",
      "2026-11-27", "verslag", "2026-11-27", "kst-29689-1312",
      [K("kst-29689-1298"), K("kst-29689-1276"), K("kst-29689-1281")],
      [],
      [],
      [M("kst-29689-1276", [S("Dijkgraaf-Hulst"), S("Van Oort")], False, "settled"),
       M("kst-29689-1281", [S("Hertzberger")], False, "cited")],
      [C(["MVWS"], "2026-09-17", rel="settled", venue="commissiedebat Eigen risico",
         deadline="voor het einde van het jaar", about="zorgmijding eigen risico; nagekomen"),
       C(["MVWS"], None, rel="made", deadline="voor 1 juli 2027",
         about="eerste ervaringen eenmalige machtiging")])

# 005: stemmingsuitslagen web page
write("005_stemmingsuitslagen_webpagina_begrotingen_vws_ienw", "d5.txt",
      "tweedekamer.nl's 'Stemmingsuitslagen' page copied as text, dinsdag 24 november 2026 (kind "
      "left out: a web page; date the day of the votes; self_id null; heldout17 007).  Motions "
      "titled 'Motie van het lid X ...' / 'van de leden X en Y' with the compact number on its own "
      "line; every voted, held or withdrawn motion cited; sponsors from the title, party null (the "
      "seat counts on 'Fracties voor/tegen' are no parties); 'c.s.' cs.  The gewijzigde moties' "
      "'(t.v.v. 36600-XVI-29)' and '(t.v.v. 36600-XII-31)' are motions without sponsors, cited.  "
      "'36600-XVI-47' named again in the closing note: the same record.  '(36 600 XVI)' and "
      "'(36 600 XII)' are bare dossiers, no Kamerstuk.  No commitments.  Look-alikes: 'Voor: 78  "
      "Tegen: 72' and the other counts, 'Voor: 150  Tegen: 0', seat counts, 15:02 / 15:26 uur, 2027.",
      "2026-11-24", OMIT, "2026-11-24", None,
      [K("kst-36600-XVI-45"), K("kst-36600-XVI-47"), K("kst-36600-XVI-29"), K("kst-36600-XVI-52"),
       K("kst-36600-XVI-53"), K("kst-36600-XII-31"), K("kst-36600-XII-58"), K("kst-36600-XII-61")],
      [],
      [],
      [M("kst-36600-XVI-45", [S("Bruinsma-Vegter"), S("Ouchan")], False, "cited"),
       M("kst-36600-XVI-47", [S("Kerkhof")], True, "cited"),
       M("kst-36600-XVI-52", [S("Zwaan")], False, "cited"),
       M("kst-36600-XVI-29", OMIT, OMIT, "cited"),
       M("kst-36600-XVI-53", [S("Dekker-Abdoel"), S("Hermsen")], False, "cited"),
       M("kst-36600-XII-58", [S("Hamstra")], False, "cited"),
       M("kst-36600-XII-31", OMIT, OMIT, "cited"),
       M("kst-36600-XII-61", [S("Van Oort")], False, "cited")],
      [])
