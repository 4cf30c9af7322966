from lib import *

write("002_nota_naar_aanleiding_van_verslag_waterkeringen", "d2.txt",
      "Nota naar aanleiding van het verslag on a wetsvoorstel (36 847, nr. 6, 'Ontvangen 3 februari "
      "2027'), signed by MIenW 'mede namens' MVRO ('ik' is the signer).  Kind left out (none of the "
      "listed kinds for certain), date the 'Ontvangen' date.  A motion partly carried out by the bill "
      "(progress: 'nog niet afgerond'), an aangehouden motion (cited), a verworpen motion (cited).  "
      "Commitments: 'Ik zeg toe dat de wet binnen vijf jaar na inwerkingtreding wordt geëvalueerd' "
      "(made), the WGO commitment 'd.d. 30/11' 'Op die toezegging ga ik hieronder in' (addressed), "
      "MVRO's CD commitment nagekomen (settled), 'Ik zal de Kamer voor de zomer van 2027 een "
      "overzicht sturen' (made).  The Unie van Waterschappen's and a waterschap's promises are no "
      "commitments.  Look-alikes: '€ 27 625 duizend', RvS number, artikel/lid, a postbus and postcode; "
      "'Kamer-\\nstuk' broken at its hyphen; 'p. 14' is a page.",
      "2027-02-03", OMIT, "2027-02-03", "kst-36847-6",
      [K("kst-36847-5"), K("kst-27625-712"), K("kst-27625-705"), K("kst-36847-3"), K("kst-36847-4"),
       K("kst-34682-215"), K("kst-36600-XII-61"), K("kst-27625-720", "II", "2026-2027")],
      [],
      [],
      [M("kst-27625-712", [S("Kops"), S("Grinwis")], False, "progress"),
       M("kst-27625-705", [S("Bamenga", "D66")], False, "cited"),
       M("kst-36600-XII-61", [S("Kops")], False, "cited")],
      [C(["MIenW"], None, "made", deadline="binnen vijf jaar na inwerkingtreding", about="evaluatie van de wet"),
       C(["MIenW"], "2026-11-30", "addressed", venue="WGO Water",
         deadline="voor de plenaire behandeling van dit wetsvoorstel",
         about="rol waterschappen bij keringen buiten de legger ('ga ik hieronder ... in')"),
       C(["MVRO"], "2026-10-14", "settled", venue="commissiedebat Ruimtelijke ordening", deadline=None,
         about="ruimte voor waterveiligheid in de NOVI ('nagekomen')"),
       C(["MIenW"], None, "made", deadline="voor de zomer van 2027", about="overzicht keringen onder de norm")])
