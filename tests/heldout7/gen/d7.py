from lib import *

write("007_brief_ienw_reactie_provincie_lookalikes", "d7.txt",
      "SIenW letter (all-caps signature wrapped over two lines) answering a letter of Gedeputeerde "
      "Staten of Fryslân: the provincie's, Provinciale Staten's and the RDW's promises and a "
      "Provinciale Staten motion are no commitments or Kamer motions.  The Kamer motion 'Ik ga daarbij "
      "ook in op' (addressed) and later 'De motie is daarmee uitgevoerd' (the body's specific "
      "sentence: settled); an older 'motie-Van Dijk' verworpen (cited; its Kamerstuk and Handelingen "
      "in a footnote glued to '20252').  Commitments: SIenW's CD commitment 'd.d. 06/11' 'kom ik die "
      "toezegging na' (settled), MIenW's Eerste Kamer commitment '(T03812)1' in progress with 'in het "
      "najaar van 2027' (the promise stated none: its deadline; venue left out), 'Ik zeg toe dat ik uw "
      "Kamer voor het zomerreces van 2027 informeer' (made).  Look-alikes: kenmerken, Provinciaal "
      "blad, artikel 2.5, lid 2, '€ 31 409 per vaartdag', postbus/postcode, phone.",
      "2027-01-20", "brief", "2027-01-20", None,
      [K("kst-31409-437"), K("kst-36800-XII-14", "II", "2026-2027"), K("kst-31409-421", "II", "2024-2025")],
      [H("h-ek-20242025-34-6"), H("h-tk-20242025-52-18")],
      [T("T03812", "toezegging")],
      [M("kst-31409-437", [S("Olger van Dijk", "NSC"), S("De Hoop", "GroenLinks-PvdA")], False, "settled"),
       M("kst-31409-421", [S("Van Dijk")], False, "cited")],
      [C(["SIenW"], "2026-11-06", "settled", venue="commissiedebat Scheepvaart", deadline=None,
         about="gesprekken provincie verduurzaming veerboten"),
       C(["MIenW"], "2025-06-10", "progress", deadline="in het najaar van 2027", refs=["T03812"],
         about="veerdiensten in evaluatie Wp2000 (Eerste Kamer)"),
       C(["SIenW"], None, "made", deadline="voor het zomerreces van 2027", about="aanbesteding en rol Rijk")])
