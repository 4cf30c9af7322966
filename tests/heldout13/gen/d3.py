from lib import *

write("003_nota_naar_aanleiding_van_verslag_jenv_snelrecht", "d3.txt",
      "Nota naar aanleiding van het verslag on the bill 36 721 (Wet snelrecht), nr. 6, 'Ontvangen 18 november "
      "2026', signed by the minister van Justitie en Veiligheid (MJenV).  Kind left out, date the 'Ontvangen' "
      "date, self_id its own number (heldout7).  The verslag 'Kamerstuk 36 721, nr. 5'; 'Kamerstukken II "
      "2022/23, 36 327, nr. 2'; Eerste Kamer letters as numbers 'Kamerstukken I 2024/25, 36 327, F' and '..., "
      "H' (chamber I); the bill of an earlier law named by dossier only '(34 086)' and then 'het "
      "amendement-Van Toorenburg (nr. 12)' (dossier from that context, chamber and year null) and 'het "
      "gewijzigde amendement-Van Oosten (Kamerstuk 34 086, nr. 17)' (amendments: Kamerstukken, no "
      "motions); the begroting 'Kamerstuk 36 800 VI, nr. 2, artikel 33.2'.  Motions: Ellian c.s. 'wordt aan "
      "die motie uitvoering gegeven ... daarmee uitgevoerd' (settled); Mutluer 'wordt betrokken bij de "
      "herziening' (progress); the EK motion-Dittrich c.s. (36 327, F) 'het capaciteitsprogramma loopt nog' "
      "(progress).  Commitments: the EK promise '(T03702)' 'jaarlijks', 'de tweede rapportage volgt' (MJenV, "
      "undated: 'in dat debat' has no day; plenary: no venue key; recurring: no deadline key; progress); 'Ik "
      "zeg toe dat ik de Kamer binnen drie jaar na de inwerkingtreding een evaluatie ... stuur' (made).  "
      "Look-alikes: 'artikel 257a, lid 5', '17 dagen', 'artikel III', '30 dagen', 'artikel 6:1:1, eerste "
      "lid', 'Stb. 2019, 354', '€ 14,2 miljoen', '9 300', '14 000', '0900-0101'.",
      "2026-11-18", OMIT, "2026-11-18", "kst-36721-6",
      [K("kst-36721-5"), K("kst-36600-VI-41"), K("kst-36410-VI-88"), K("kst-36327-2", "II", "2022-2023"),
       K("kst-36327-F", "I", "2024-2025"), K("kst-36327-H", "I", "2024-2025"), K("kst-34086-12"),
       K("kst-34086-17"), K("kst-36800-VI-2")],
      [],
      [T("T03702", "toezegging")],
      [M("kst-36600-VI-41", [S("Ellian")], True, "settled"),
       M("kst-36410-VI-88", [S("Mutluer")], False, "progress"),
       M("kst-36327-F", [S("Dittrich")], True, "progress")],
      [C(["MJenV"], None, "progress", about="EK: jaarlijkse rapportage capaciteit strafrechtketen (T03702)"),
       C(["MJenV"], None, "made", deadline="binnen drie jaar na de inwerkingtreding",
         about="evaluatie Wet snelrecht")])
