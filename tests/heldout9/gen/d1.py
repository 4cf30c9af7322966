from lib import *

write("001_brief_mocw_reactie_commissieverzoek_lesuitval", "d1.txt",
      "Minister's letter on ministry letterhead (not yet a Kamerstuk: self_id null) answering a "
      "commissiebrief ('Bij brief van 8 december 2026 (kenmerk 2026Z21450)', also 'Uw referentie' in the "
      "margin column); the margin's 'Datum / 14 januari 2027' merged into two body lines on page 2.  "
      "Three promises in one paragraph by 'ik' (MOCW), all made, dated null: 'Ik zal uw Kamer voor de zomer "
      "een plan sturen' (deadline 'voor de zomer'), 'Daarnaast zeg ik toe dat ik de Inspectie vraag ... "
      "vanaf het schooljaar 2027-2028' (a start, no term: deadline left out), 'Tot slot zal ik uiterlijk 1 "
      "oktober 2027 ... bespreken en u daarover berichten'.  The sectorraad's 'toegezegd' is no commitment.  "
      "CD promise of 5 oktober 2026 'daarmee is die toezegging afgedaan' (settled).  SOCW's WGO promise of "
      "18 november 2026 'Zij werkt die brief op dit moment uit' (progress; venue a bare 'wetgevingsoverleg': "
      "left out).  Motions: Westerveld (GroenLinks-PvdA) 'Ik ben met het opstellen daarvan gestart' "
      "(progress); Soepboer (NSC) and Van der Molen (CDA) 'noem ik hier alleen volledigheidshalve' (cited).  "
      "'Ka-\\nmerstuk 31 293, nr. 802' hyphenated; 'Kamerstukken II 2025/26, 31 497, nrs. 470 en 472'; "
      "glued footnote digits 'verzameld1', 'verwijst2'.",
      "2027-01-14", "brief", "2027-01-14", None,
      [K("kst-31497-481"), K("kst-31293-802"), K("kst-31497-476"),
       K("kst-31497-470", "II", "2025-2026"), K("kst-31497-472", "II", "2025-2026"), K("kst-31497-478")],
      [],
      [T("2026Z21450", "zaak"), T("2026D45127", "document")],
      [M("kst-31497-481", [S("Westerveld", "GroenLinks-PvdA")], False, "progress"),
       M("kst-31497-476", [S("Soepboer", "NSC"), S("Van der Molen", "CDA")], False, "cited")],
      [C(["MOCW"], None, "made", deadline="voor de zomer", about="plan regionale invalpool"),
       C(["MOCW"], None, "made", about="Inspectie: lesuitval per school vanaf 2027-2028"),
       C(["MOCW"], None, "made", deadline="uiterlijk 1 oktober 2027", about="uitkomsten pilots bespreken"),
       C(["MOCW"], "2026-10-05", "settled", venue="commissiedebat Passend onderwijs",
         about="aantal thuiszitters"),
       C(["SOCW"], "2026-11-18", "progress", deadline="voor 1 april 2027", about="onderwijstijd")])
