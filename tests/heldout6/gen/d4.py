from lib import *

write("004_handelingen_ek_rekenkamers", "d4.txt",
      "Eerste Kamer Handelingen item (2026/27 nr. 11, item 5): tweede termijn of a wetsvoorstel (36 702) "
      "with MBZK welcomed by the chair (turns headed 'Minister De Witte-Sahin:').  An EK motion read out "
      "by the chair ('Door de leden Lagas, Ten Broeke en Veldhoen', 'Zij krijgt letter F (36 702)': "
      "submitted, no relation; parties only in speaker headings, so null), an earlier EK motion "
      "(36 410-VII, letter M) 'in uitvoering' (progress); 'Is de minister bereid toe te zeggen ...?' "
      "answered 'Dat zeg ik toe. Voor 1 juli 2027 ontvangt uw Kamer ...' (made), 'Ik zeg de heer "
      "Kroeze bovendien toe ...' (made), the predecessor's TK commitment 'uitgevoerd' (settled).  The "
      "dossier '(36 702)' alone and '€ 36 702 duizend' are no Kamerstukken; the running footer "
      "'11-5-4' is a page.  Its T-numbers appear later in 006.",
      "2026-12-15", "handelingen", "2026-12-15", "h-ek-20262027-11-5",
      [K("kst-36702-F"), K("kst-36410-VII-M"), K("kst-36702-3", "II", "2025-2026")],
      [],
      [],
      [M("kst-36702-F", [S("Lagas"), S("Ten Broeke"), S("Veldhoen")], False),
       M("kst-36410-VII-M", [S("Veldhoen")], False, "progress")],
      [C(["MBZK"], "2026-12-15", "made", deadline="voor 1 juli 2027", about="kosten rekenkamer per gemeente"),
       C(["MBZK"], "2026-12-15", "made", deadline="binnen drie jaar na inwerkingtreding", about="evaluatie wet"),
       C(["MBZK"], "2025-06-03", "settled", venue="commissiedebat Decentrale overheden",
         about="handreiking gemeenschappelijke regelingen (the predecessor's, in the Tweede Kamer)")])
