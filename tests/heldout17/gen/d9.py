from lib import *

DAY = "2026-11-12"
V = "kst-36950-V-"
write("009_brief_buza_bho_appreciatie_moties_toezeggingen_begroting", "d9.txt",
      "Kamerbrief of the minister van Buitenlandse Zaken (MBuZa, signature), 'mede namens de minister voor "
      "Buitenlandse Handel en Ontwikkelingshulp' (MBHO), 19 november 2026: the appreciation of the motions "
      "of the begrotingsbehandeling of 12 november 2026 and the list of promises made in it.  Motions of the "
      "debate ('ontraden', 'oordeel Kamer', 'overbodig', 'aan te houden'): cited (this set's decision, as "
      "003); 'Motie 36950-V-14' compact, '(36 950 V, nr. 15)', an XVII number; sponsors and parties as "
      "written.  An older motion Van Meurs c.s. (36 600 V, nr. 42) 'is uitgevoerd; zie de brief' (settled).  "
      "Promises listed with a 'Stand:' line: dated to the debate, no venue key (a begrotingsbehandeling), "
      "deadline the term of the promise, relation from the stand ('in voorbereiding', 'wordt meegenomen' "
      "progress; 'afgedaan' settled); item 4 'Beide ministers' is one record of MBuZa+MBHO; item 5 has no "
      "term.  New: 'Daarnaast zeg ik u toe dat ik uw Kamer vóór de Raad Buitenlandse Zaken van januari "
      "informeer' (MBuZa made).  Look-alikes: referentie BZ2614538, postcodes, 'twaalfde sanctiepakket'.",
      "2026-11-19", "brief", "2026-11-19", None,
      [K(V + "14"), K(V + "15"), K(V + "16"), K("kst-36950-XVII-9"), K(V + "18"), K("kst-36600-V-42"),
       K("kst-36600-V-88")],
      [],
      [],
      [M(V + "14", [S("Talsma", "PVV")], False, "cited"),
       M(V + "15", [S("Van Meurs", "VVD"), S("De Jong-Aydin", "D66")], False, "cited"),
       M(V + "16", [S("Kranenburg")], True, "cited"),
       M("kst-36950-XVII-9", [S("Post-Verhoef")], False, "cited"),
       M(V + "18", [S("Demirci")], False, "cited"),
       M("kst-36600-V-42", [S("Van Meurs")], True, "settled")],
      [C(["MBuZa"], DAY, "progress", deadline="voor 1 maart 2027", about="herziening EU-sanctiebeleid"),
       C(["MBHO"], DAY, "settled", deadline="binnen zes weken", about="brief exportkredietverzekeringen fossiel"),
       C(["MBuZa"], DAY, "progress", deadline="bij de Voorjaarsnota", about="financiering postennetwerk"),
       C(["MBuZa", "MBHO"], DAY, "progress", deadline="voor het zomerreces", about="Afrikastrategie"),
       C(["MBHO"], DAY, "settled", about="gesprek bedrijfsleven handelsmissie, afgedaan"),
       C(["MBuZa"], None, "made", deadline="vóór de Raad Buitenlandse Zaken van januari",
         about="stand onderhandelingen sanctiepakket")])
