from lib import *

write("006_antwoord_rappel_ek_commissie_vro_toezeggingen", "d6.txt",
      "Answer of the minister van VRO (letterhead, self_id null, 'Datum 18 maart 2027') to a rappel of an "
      "Eerste Kamer commissie ('In uw brief van 23 februari 2027 (kenmerk 180234.02U)', the EK kenmerk is no "
      "Kamer number); one heading per T-number, the T-number in the heading.  T03455: 'Mijn ambtsvoorganger' "
      "(the office: MVRO), plenary EK 14 mei 2024, 'als voldaan' (settled; 'Wet be-\\ntaalbare huur' "
      "hyphenated; glued footnote 'huren1').  T03518: 'Op 3 juni 2026 heb ik ... toegezegd uw Kamer voor 1 "
      "januari 2027 te informeren', new term 'uiterlijk 1 juni 2027' (progress; deadline the promise's own "
      "term); the Aw's 'heeft toegezegd' is no commitment.  T03590: begroting debate, no date (null), "
      "'halfjaarlijkse monitor' (recurring: no deadline key), 'staat daarmee op voldaan' (settled).  T03602: "
      "SBZK's, 8 december 2026, 'Zij informeert uw commissie hierover in een afzonderlijke brief' "
      "(progress).  New: 'Ik zeg uw commissie toe dat ik de lijst ... voortaan elk halfjaar ... doorneem' "
      "(made, recurring).  Motions: EK 'motie-Kemperman c.s.' ('Kamerstukken I 2025/26, 36 512, G', "
      "sentence broken over the page foot and the page-2 head) 'ik zie die motie als uitgevoerd' (settled); "
      "the TK motion Beckerman (SP) 'ik ga er in deze brief niet verder op in' (cited).  EK letters "
      "'36 512, D', '36 410, E', '37 000 XXII, A' (footnote 'VRO2'); Handelingen I in text and footnote; "
      "a bare '(36 512)' is no Kamerstuk; '2027D10544' for the afschrift.",
      "2027-03-18", "brief", "2027-03-18", None,
      [K("kst-36512-D", "I", "2026-2027"), K("kst-36512-G", "I", "2025-2026"), K("kst-32847-1190"),
       K("kst-36410-E", "I", "2023-2024"), K("kst-37000-XXII-A", "I", "2026-2027")],
      [H("h-ek-20262027-11-6"), H("h-ek-20232024-30-8")],
      [T("T03455", "toezegging"), T("T03518", "toezegging"), T("T03590", "toezegging"),
       T("T03602", "toezegging"), T("2027D10544", "document")],
      [M("kst-36512-G", [S("Kemperman")], True, "settled"),
       M("kst-32847-1190", [S("Beckerman", "SP")], False, "cited")],
      [C(["MVRO"], "2024-05-14", "settled", refs=["T03455"], about="huurtoeslag studenten"),
       C(["MVRO"], "2026-06-03", "progress", deadline="voor 1 januari 2027", refs=["T03518"],
         about="normhuurverhoging, now uiterlijk 1 juni 2027"),
       C(["MVRO"], None, "settled", refs=["T03590"], about="halfjaarlijkse monitor woningbouw"),
       C(["SBZK"], "2026-12-08", "progress", refs=["T03602"], about="Omgevingswet en woningbouw"),
       C(["MVRO"], None, "made", about="openstaande toezeggingen elk halfjaar doornemen")])
