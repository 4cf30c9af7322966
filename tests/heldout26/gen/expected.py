"""Writes heldout26's docs/NAME.txt (from gen/dN.txt) and
docs/NAME.expected.json, annotated by hand from the texts before any run of
kamerindex on them.  Run: python3 gen/expected.py"""
from lib import C, K, H, M, OMIT, S, T, write

TZ = "toezegging"

# 001: nader rapport (advice of the Raad van State and the government's reply)
write("001_nader_rapport_jenv_slachtofferdossier_moties_toezegging", "d1.txt",
      "Advies Afdeling advisering Raad van State en nader rapport (36 947, nr. 4), signed by the "
      "minister van JenV (MJenV): kind and date left out (as a memorie van toelichting, heldout8/25), "
      "self_id kst-36947-4; reference_date the nader rapport's date 9 maart 2026.  Motions: "
      "Verbeek-Sanders c.s. 'wordt uitvoering gegeven' (settled); Ruigrok and El Idrissi 'krijgt ... "
      "volledig invulling; daarmee is deze motie afgedaan' (settled); Dekkers (PVV) 'uitvoering ... "
      "via een wijziging van het Besluit ... in voorbereiding' (progress); the verworpen "
      "motie-Van Lingen (cited).  Commitments: 'mijn ambtsvoorganger' in the commissiedebat "
      "Slachtofferbeleid of 24 september 2025, 'voor het einde van 2025', 'nagekomen' (the office "
      "MJenV, settled); 'Wel zeg ik toe de Kamer binnen twee jaar na inwerkingtreding te informeren' "
      "(made).  Not promises: 'kan ik op dit moment niet toezeggen', the Afdeling's 'adviseert'.  "
      "Look-alikes: nr. 2025002714, W16.25.00318/II, artikel 51ac, vierde lid, EUR 6,8 miljoen, "
      "14.300, Stb. 2024, 212, 'Wet van 14 juni 2024'.",
      "2026-03-09", OMIT, OMIT, "kst-36947-4",
      [K("kst-33552-131"), K("kst-36600-VI-57"), K("kst-36600-VI-63"), K("kst-33552-129")],
      [],
      [],
      [M("kst-33552-131", [S("Verbeek-Sanders")], True, "settled"),
       M("kst-36600-VI-57", [S("Ruigrok"), S("El Idrissi")], False, "settled"),
       M("kst-36600-VI-63", [S("Dekkers", "PVV")], False, "progress"),
       M("kst-33552-129", [S("Van Lingen")], False, "cited")],
      [C(["MJenV"], "2025-09-24", rel="settled", venue="commissiedebat Slachtofferbeleid",
         deadline="voor het einde van 2025", about="wetsvoorstel voor advies aan de Afdeling; nagekomen"),
       C(["MJenV"], None, rel="made", deadline="binnen twee jaar na inwerkingtreding",
         about="gebruik van het digitale slachtofferdossier")])

# 002: Handelingen of the Eerste Kamer, a wetsvoorstel debate
write("002_handelingen_ek_wetsvoorstel_toezicht_onderwijs_toezeggingen", "d2.txt",
      "Handelingen I 2025-2026 nr. 21, item 5, 'Vergadering van dinsdag 10 februari 2026': kind "
      "handelingen, self_id h-ek-20252026-21-5.  The minister van OCW (MOCW): 'Ik zeg de heer "
      "Vermeulen-Aarts toe dat ik de Kamer voor 1 oktober 2026 informeer' (made, dated to the debate, "
      "no venue key; the voorzitter registers it as T03891, refs that number); 'Dat zeg ik toe: de "
      "evaluatie gaat in 2029 naar beide Kamers' (made, 'in 2029'); 'Bij de begrotingsbehandeling "
      "van 3 december 2025 heb ik toegezegd (T03862) u voor het kerstreces te schrijven ... daarmee is "
      "die toezegging voldaan' (settled, venue key left out for a plenary behandeling).  The "
      "voorzitter's 'Ik constateer ... een toezegging' adds no record.  Motion: 'de motie-Van Rooijen "
      "c.s. (Kamerstukken I 2025/26, 36 600, C)', 'De uitvoering daarvan is begonnen' (progress).  "
      "'(36 915)' is a dossier, no Kamerstuk.  Not promises: 'kan ik niet toezeggen', 'zal ik "
      "bezien'.  Look-alikes: 1.840 scholen, artikel 10a, derde lid, EUR 112 miljoen, '41 stemmen "
      "voor en 34 tegen', 15.20 uur, '17 februari'.",
      "2026-02-10", "handelingen", "2026-02-10", "h-ek-20252026-21-5",
      [K("kst-36915-C", "I", "2025-2026"), K("kst-36600-C", "I", "2025-2026"),
       K("kst-36800-VIII-F", "I", "2025-2026")],
      [],
      [T("T03862", TZ), T("T03891", TZ)],
      [M("kst-36600-C", [S("Van Rooijen")], True, "progress")],
      [C(["MOCW"], "2026-02-10", rel="made", deadline="voor 1 oktober 2026", refs=["T03891"],
         about="uitkomst pilot onaangekondigde bezoeken"),
       C(["MOCW"], "2026-02-10", rel="made", deadline="in 2029",
         about="evaluatie naar beide Kamers ('Dat zeg ik toe:')"),
       C(["MOCW"], "2025-12-03", rel="settled", deadline="voor het kerstreces", refs=["T03862"],
         about="brief lerarentekort grote steden; voldaan")])

# 003: kabinetsreactie on an inspection report, signed by two bewindspersonen
write("003_kabinetsreactie_ienw_ilt_rapport_bruggen_sluizen", "d3.txt",
      "Letter 'Datum 14 april 2026', kabinetsreactie on an ILT report, signed by the minister and the "
      "staatssecretaris van IenW: kind brief, self_id null; 'wij' and 'het kabinet' are both signers "
      "(MIenW + SIenW); 'De staatssecretaris informeert' is SIenW alone.  Commitments: the minister's "
      "promise of the commissiedebat Bruggen en sluizen of '29 januari jl.', 'voor 1 mei 2026', 'met "
      "deze brief ... nagekomen' (MIenW, settled); 'Wij informeren uw Kamer voor 1 december 2026' "
      "(made); 'Het kabinet komt voor de zomer met een voorstel' (made); 'De staatssecretaris "
      "informeert uw Kamer daarnaast in het najaar' (SIenW, made).  'Wij nemen die aanbeveling over' "
      "no promise to the Kamer.  Motions: Van Dalen/Koerts 'hiermee is de motie uitgevoerd' "
      "(settled); Brinkhorst (D66) 'beschouwen wij ... als afgedaan' (settled); Koerts c.s. 'wordt "
      "gewerkt' (progress).  Look-alikes: Postbus 20901, 2500 EX, IENW/BSK-2026/48211, 1.214, 87, "
      "N201, postcode 4811, EUR 1,3 miljard, 60 monteurs, 0800-8002.",
      "2026-04-14", "brief", "2026-04-14", None,
      [K("kst-29984-1201"), K("kst-36800-XII-33"), K("kst-29984-1215")],
      [],
      [],
      [M("kst-29984-1201", [S("Van Dalen"), S("Koerts")], False, "settled"),
       M("kst-36800-XII-33", [S("Brinkhorst", "D66")], False, "settled"),
       M("kst-29984-1215", [S("Koerts")], True, "progress")],
      [C(["MIenW"], "2026-01-29", rel="settled", venue="commissiedebat Bruggen en sluizen",
         deadline="voor 1 mei 2026", about="kabinetsreactie ILT-rapport; nagekomen met deze brief"),
       C(["MIenW", "SIenW"], None, rel="made", deadline="voor 1 december 2026",
         about="voortgang herstelwerkzaamheden ('Wij informeren uw Kamer')"),
       C(["MIenW", "SIenW"], None, rel="made", deadline="voor de zomer",
         about="voorstel vaste risicoclassificatie ('Het kabinet komt ... met')"),
       C(["SIenW"], None, rel="made", deadline="in het najaar",
         about="gevolgen voor de scheepvaart")])

# 004: letter of a staatssecretaris answering a commissie's request on three toezeggingen
write("004_brief_sjsp_commissieverzoek_drie_toezeggingen_jeugdzorg", "d4.txt",
      "Letter of the staatssecretaris van Jeugd, Preventie en Sport (SJSP), 'Datum 22 april 2026', "
      "answering the commissie's letter of 3 maart 2026 (kenmerk 2026Z03874, a zaak number, also as "
      "'Uw kenmerk'): kind brief, self_id null.  Three toezeggingen with TZ numbers in running text: "
      "TZ202510-112 (commissiedebat Jeugdzorg, 8 oktober 2025, 'voor 1 februari 2026', 'voldaan': "
      "settled); TZ202511-045 (wetgevingsoverleg Jeugd, 17 november 2025, 'voor de zomer van 2026', "
      "'in bewerking': progress); TZ202512-019 (tweeminutendebat Jeugdbescherming, 10 december 2025, "
      "'voor 1 april 2026', 'beschouw ik ... als vervallen' with a reason: addressed, heldout11/14).  "
      "'ik stuur u voor het zomerreces een overzicht' (made).  The commissie's request is no "
      "commitment.  Motion Peters 'raakt aan dit onderwerp' (cited).  Look-alikes: Postbus 20350, "
      "2500 EJ, 2500 EA, kenmerk 4193027-1082345-J, 42 regio's, 12 gemeenten, 8000-8099, EUR 250, "
      "artikel 2.9 Jeugdwet, 070 340 79 11.",
      "2026-04-22", "brief", "2026-04-22", None,
      [K("kst-31839-1072"), K("kst-31839-1049")],
      [],
      [T("2026Z03874", "zaak"), T("TZ202510-112", TZ), T("TZ202511-045", TZ),
       T("TZ202512-019", TZ)],
      [M("kst-31839-1049", [S("Peters")], False, "cited")],
      [C(["SJSP"], "2025-10-08", rel="settled", venue="commissiedebat Jeugdzorg",
         deadline="voor 1 februari 2026", refs=["TZ202510-112"], about="wachttijden; voldaan"),
       C(["SJSP"], "2025-11-17", rel="progress", venue="wetgevingsoverleg Jeugd",
         deadline="voor de zomer van 2026", refs=["TZ202511-045"],
         about="voorstel maximale reistijd gesloten jeugdhulp; in bewerking"),
       C(["SJSP"], "2025-12-10", rel="addressed", venue="tweeminutendebat Jeugdbescherming",
         deadline="voor 1 april 2026", refs=["TZ202512-019"], about="pilot; vervallen met reden"),
       C(["SJSP"], None, rel="made", deadline="voor het zomerreces",
         about="overzicht open toezeggingen jeugd")])

# 005: jaarverslag annex, a Markdown pipe table of motions
write("005_jaarverslag_lvvn_bijlage_moties_pipetabel", "d5.txt",
      "Jaarverslag LVVN 2025 (36 960 XIV, nr. 1), Bijlage 4, a Markdown pipe table 'Motie | "
      "Indiener(s) | Kamerstuk | Stand van zaken': kind and date left out, self_id kst-36960-XIV-1 "
      "(heldout8/13); reference_date Verantwoordingsdag 20 mei 2026.  Each row one motion, sponsors "
      "from the Indiener(s) cell, party from its brackets: Vedder (CDA) 'Uitgevoerd; afgedaan' "
      "(settled); Van Campen c.s. 'In uitvoering' (progress); Bisschop en Grinwis 'Afgedaan met "
      "Kamerstuk 29 664, nr. 228' (settled; nr. 228 a Kamerstuk only); Podt (D66) 'Doorlopend' "
      "(progress); Vestering 'Wordt betrokken bij ... verwacht medio 2026' and 'De verkenning ... "
      "loopt' (progress); Holman c.s. 'Uitgevoerd en kan als afgedaan worden beschouwd' (settled).  "
      "No commitments: 'de eerste resultaten verwacht de minister in het najaar van 2026' a status "
      "time, 'Het volgende overzicht ontvangt u zoals gebruikelijk'.  Look-alikes: artikel 21, "
      "artikel 22, EUR 14,5 miljoen, 2.350 controles, Verordening (EU) 2021/1139, artikel 24, EUR 44 "
      "miljoen, 96/71 vissers, postcode 8321, '78 stemmen voor en 72 tegen', Postbus 20401, 2500 EK, "
      "070 379 8911.",
      "2026-05-20", OMIT, OMIT, "kst-36960-XIV-1",
      [K("kst-36600-XIV-52"), K("kst-33037-541"), K("kst-29664-221"), K("kst-29664-228"),
       K("kst-36600-XIV-67"), K("kst-21501-32-1633"), K("kst-28807-302"), K("kst-36740-XIV-1")],
      [H("h-tk-20242025-87-11")],
      [],
      [M("kst-36600-XIV-52", [S("Vedder", "CDA")], False, "settled"),
       M("kst-33037-541", [S("Van Campen")], True, "progress"),
       M("kst-29664-221", [S("Bisschop"), S("Grinwis")], False, "settled"),
       M("kst-36600-XIV-67", [S("Podt", "D66")], False, "progress"),
       M("kst-21501-32-1633", [S("Vestering")], False, "progress"),
       M("kst-28807-302", [S("Holman")], True, "settled")],
      [])
