from lib import *

X = "kst-36600-XVI-"
write("006_lijst_vragen_antwoorden_jaarverslag_vws", "d6.txt",
      "Lijst van vragen en antwoorden on a jaarverslag, Kamerstuk print 37 160 XVI, nr. 7 (kind verslag, "
      "date 'Vastgesteld', self_id its own number, as tests/heldout and heldout6 did; the own number in the "
      "running foot not listed).  'Vraag N' / 'Antwoord' blocks; 'ik' is the minister van VWS named in the "
      "opening.  Motions: Tielen 'uitgevoerd' (settled), Paulusma/Dobbe 'De uitvoering ... loopt' "
      "(progress), 'motie-Krul (CDA)' 'aangehouden' (cited).  Commitments: 'Ik zal uw Kamer voor 1 oktober "
      "2027 informeren' (made), 'Ja. Ik zeg toe dat ik uw Kamer daarover jaarlijks ... informeer' (made, "
      "recurring: no deadline key), the CD Acute zorg promise 'Die toezegging is nagekomen' (settled), SVWS's "
      "WGO promise 'De doorlichting loopt' (progress; a status time 'in het najaar': deadline left out).  "
      "The Zorginstituut's 'toegezegd' is no commitment.  Look-alikes: '€ 29.279 duizend', 'artikel 4', "
      "'0800-1351', '36 600 mensen', '21 501 van hen', 'Postbus 20350, 2500 EJ', '3 247 fte'.  An Aanhangsel "
      "reference broken over two lines.",
      "2027-06-09", "verslag", "2027-06-09", "kst-37160-XVI-7",
      [K("kst-37160-XVI-1"), K(X + "52"), K("kst-25424-712"), K("kst-29247-455"), K(X + "71"), K(X + "39")],
      [H("ah-tk-20262027-1577")],
      [],
      [M(X + "52", [S("Tielen", "VVD")], False, "settled"),
       M(X + "71", [S("Paulusma", "D66"), S("Dobbe", "SP")], False, "progress"),
       M(X + "39", [S("Krul", "CDA")], False, "cited")],
      [C(["MVWS"], None, "made", deadline="voor 1 oktober 2027", about="nieuwe verdeelsleutel artikel 4"),
       C(["MVWS"], "2026-12-02", "settled", venue="commissiedebat Acute zorg", about="evaluatie seh"),
       C(["MVWS"], None, "made", about="jaarlijks aantal opgeleide zorgverleners (recurring)"),
       C(["SVWS"], "2026-11-23", "progress", venue="wetgevingsoverleg Sport en bewegen",
         about="doorlichting sportakkoordgelden")])
