from lib import *

write("003_brief_minister_president_informatievoorziening", "d3.txt",
      "Kamerbrief of the minister-president (Algemene Zaken), 'Mede namens de minister van BZK' ('ik' = MP, "
      "signature 'De minister-president, Minister van Algemene Zaken'); margin column beside the header "
      "('Ons kenmerk' / '4821093' on the Betreft lines) and repeated on page 2 in the middle of a sentence.  "
      "Commitments: MP's 'In het debat over de Europese Raad van 21 mei jongstleden heb ik toegezegd ... Met "
      "deze brief kom ik die toezegging na' (settled); MBZK's 'commissiedebat Informatiehuishouding (d.d. "
      "07/10)' in preparation, the time from the status (progress); MP's EK promise '(T03690)' nagekomen "
      "(settled); 'de toezegging uit het debat over de Europese top van 10 december jl.', no actor named, "
      "only pointed at ('verwijs ik naar ... Daarin is ... uitgewerkt': relation left out); new 'Ik zal uw "
      "Kamer voor 1 mei 2027 ... sturen' (made).  Motions: 'c.s.2' number only in the footnote (settled), "
      "'Kamerstukken 11 2025/26' OCR (II; progress), 'De moties-Eerdmans ... nrs. 61 en 63' verworpen "
      "(cited, one name for two).  'Kamerstuk 21501-20-2140', 'TK 2008-2009, 31 473, nummer 25'.  "
      "Look-alikes: artikel 68 Grondwet, artikel 5.1, rapport 2026/041, W01.26.00098/III, phone.",
      "2026-12-14", "brief", "2026-12-14", None,
      [K("kst-28362-58", "II", "2025-2026"), K("kst-28362-61"), K("kst-28362-63"),
       K("kst-21501-20-2140"), K("kst-31473-25", "II", "2008-2009"), K("kst-28362-55"),
       K("kst-28362-57", "II", "2025-2026")],
      [H("h-tk-20262027-33-4")],
      [T("T03690", "toezegging")],
      [M("kst-28362-57", [S("Bontenbal", "CDA")], True, "settled"),
       M("kst-28362-58", [S("Koekkoek"), S("Stoffer")], False, "progress"),
       M("kst-28362-61", [S("Eerdmans")], False, "cited"),
       M("kst-28362-63", [S("Eerdmans")], False, "cited")],
      [C(["MP"], "2026-05-21", "settled", venue="debat over de Europese Raad",
         deadline="voor het einde van het jaar", about="actieve openbaarmaking beslisnota's"),
       C(["MBZK"], "2026-10-07", "progress", venue="commissiedebat Informatiehuishouding",
         deadline="in het eerste kwartaal van 2027", about="handreiking informatie aan individuele Kamerleden"),
       C(["MP"], "2026-03-03", "settled", deadline=None, refs=["T03690"],
         about="EK: gelijktijdig informeren; venue (Eerste Kamer) left out"),
       C([], "2026-12-10", venue="debat over de Europese top", deadline=None,
         about="no actor named; only pointed at the geannoteerde agenda"),
       C(["MP"], None, "made", deadline="voor 1 mei 2027", about="evaluatie werkwijze beslisnota's")])
