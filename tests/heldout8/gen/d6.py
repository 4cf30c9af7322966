from lib import *

write("006_ek_lijst_openstaande_toezeggingen_jenv", "d6.txt",
      "The Eerste Kamer's export 'Overzicht openstaande toezeggingen' of the commissie J&V ('Datum "
      "overzicht: 1 december 2026'): per T-number a title with the dossier '(36.123)', 'Kamerstuknummer:' "
      "(dossiers only, also the Roman 'CXLVI': no Kamerstukken), 'Toezegging:' text naming the "
      "bewindspersoon, 'Kamerleden:' (no sponsors), 'Kabinetsleden:', 'Datum toezegging:' (the date made), "
      "'Deadline:' (the deadline as written; '-' none), 'Status:'.  'openstaand' alone: relation left out "
      "(a bare list item); 'deels voldaan' with a Toelichting, or a Toelichting that reports a new time: "
      "progress.  Venues are not named (left out).  Motions named inside a promise: 'motie-Van "
      "Bijsterveld c.s. (36 123, H)' and 'motie-Dittrich (Kamerstukken I 2025/26, 32 317, AM)' (cited).  "
      "Kind left out (an overview, none of the kinds); date the 'Datum overzicht'.  Look-alikes: "
      "'(29 911 / 36 300 VI)', 'rapportnummer 3412A', 'Aantal toezeggingen ...: 6', page lines, URL.",
      "2026-12-01", OMIT, "2026-12-01", None,
      [K("kst-36123-H"), K("kst-36123-K", "I", "2026-2027"), K("kst-36214-N", "I", "2026-2027"),
       K("kst-32317-AM", "I", "2025-2026")],
      [],
      [T(t, "toezegging") for t in ("T03612", "T03655", "T03701", "T03733", "T03769", "T03781")],
      [M("kst-36123-H", [S("Van Bijsterveld")], True, "cited"),
       M("kst-32317-AM", [S("Dittrich")], False, "cited")],
      [C(["MJenV"], "2026-03-14", deadline="1 juli 2030", refs=["T03612"], about="evaluatie Wetboek van Strafvordering"),
       C(["SRb"], "2026-04-21", "progress", deadline="31 december 2026", refs=["T03655"],
         about="digitaliseringsagenda strafrechtketen; deels voldaan"),
       C(["MAenM"], "2026-06-30", "progress", deadline="1 januari 2027", refs=["T03701"],
         about="duur terugkeerprocedure; Toelichting: cijfers in maart 2027"),
       C(["SJenV"], "2026-09-15", deadline=None, refs=["T03733"], about="gesprek Slachtofferhulp; Deadline '-'"),
       C(["MJenV", "MBZK"], "2026-10-06", deadline="1 oktober 2027", refs=["T03769"],
         about="gezamenlijke reactie WODC-rapport ondermijning"),
       C(["MJenV"], "2026-11-10", deadline="1 maart 2027", refs=["T03781"], about="e-evidenceverordening")])
