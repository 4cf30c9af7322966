from lib import *

write("007_verzamelbrief_mbho_moties_toezeggingen_abc", "d7.txt",
      "Verzamelbrief of the minister VOOR Buitenlandse Handel en Ontwikkelingshulp, 'mede namens de "
      "minister van Buitenlandse Zaken' ('ik' = MBHO); margin form ('Onze referentie BZ2612345' repeated "
      "on page 2); items per motion and per toezegging numbered 'a.', 'b.', ... each with its heading line "
      "and a status paragraph.  The previous verzamelbrief 'Kamerstuk 34 952, nrs. 520 en 548' (broken "
      "over lines; two).  Motions: c.s. 'uitgevoerd' (settled); 'Kamerstuk 21501-02-3011' afgedaan "
      "(settled; the Raad's verslag only in the glued footnote '6Kamerstukken II 2026/27, 21 501-02, nr. "
      "3020'); a 'Nader gewijzigde motie ... (Kamerstuk 36 180, nr. 97, was nr. 95)' in progress (the old "
      "number a motion without sponsors, cited); 'De motie wordt uitgevoerd' (progress), with the "
      "goedkeuringswet 'Kamerstukken 36 412 (R2197), nrs. 1-3' (three, rijkswet); a verworpen gewijzigde "
      "motie 'nr. 86, t.v.v. 36180-81' (cited; 81 cited without sponsors).  Commitments: MBHO's CD "
      "promise 'op 9 oktober jl.' afgedaan (settled); MBuZa's 'op 12 november jl. in het commissiedebat "
      "Raad Buitenlandse Zaken', 'hij informeert u voor 1 februari 2027' (progress; the promise stated no "
      "term); MBHO's promise in his answers 'van 3 juli jl.' (footnote Aanhangsel) done (settled); a new "
      "one 'ik zeg u toe dat ik voor de zomer van 2027 ...' (made).  'ik informeer u ... zodra de Raad een "
      "besluit heeft genomen' about motion c. is its progress, no commitment.  Look-alikes: postcode, "
      "BNC-fiche 22112-4102 (a Kamerstuk, no motion), 'minder dan 50 werknemers'.",
      "2026-12-07", "brief", "2026-12-07", None,
      [K("kst-34952-520"), K("kst-34952-548"), K("kst-36180-92"), K("kst-21501-02-3011"),
       K("kst-36180-97"), K("kst-36180-95"), K("kst-36180-99"),
       K("kst-36412-1", rijkswet="R2197"), K("kst-36412-2", rijkswet="R2197"), K("kst-36412-3", rijkswet="R2197"),
       K("kst-36180-86"), K("kst-36180-81"), K("kst-22112-4102"), K("kst-34952-560"),
       K("kst-21501-02-3020", "II", "2026-2027")],
      [H("ah-tk-20252026-1902")],
      [],
      [M("kst-36180-92", [S("Kamminga")], True, "settled"),
       M("kst-21501-02-3011", [S("Boswijk"), S("Dobbe")], False, "settled"),
       M("kst-36180-97", [S("Teunissen")], True, "progress"),
       M("kst-36180-95", rel="cited"),
       M("kst-36180-99", [S("Van der Burg", "VVD")], False, "progress"),
       M("kst-36180-86", [S("Paternotte"), S("Hammelburg")], False, "cited"),
       M("kst-36180-81", rel="cited")],
      [C(["MBHO"], "2026-10-09", "settled", venue="commissiedebat Handelsbeleid",
         deadline="voor het einde van het jaar", about="gevolgen Amerikaanse importheffingen"),
       C(["MBuZa"], "2026-11-12", "progress", venue="commissiedebat Raad Buitenlandse Zaken",
         deadline="voor 1 februari 2027", about="sanctiepakket Belarus"),
       C(["MBHO"], "2026-07-03", "settled", deadline=None,
         about="rondetafelgesprek MVO, promised in answers to Kamervragen; venue left out"),
       C(["MBHO"], None, "made", deadline="voor de zomer van 2027", about="evaluatie Dutch Good Growth Fund")])
