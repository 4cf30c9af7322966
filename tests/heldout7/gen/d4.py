from lib import *

write("004_kabinetsreactie_moties_tweeminutendebat_mest", "d4.txt",
      "LVVN letter (margin form with the margin's 'Ons kenmerk' line spliced into the body) on the "
      "motions of a tweeminutendebat, 'mede namens' SIenW ('ik' is MLVVN).  Motions: 'de motie van het "
      "lid Van der Plas c.s.1' whose Kamerstuk is only in the footnote (settled), a compact "
      "'Kamerstuk 33037-597' (progress), a gewijzigde motie 'ter vervanging van die gedrukt onder nr. "
      "594' (settled; nr. 594 a Kamerstuk of the same dossier and a motion without sponsors, cited), "
      "SIenW's motion 'informeert hij u ... voor de zomer' (progress, no commitment), verworpen and "
      "aangehouden (cited).  Commitments: the tweeminutendebat's ('Tijdens het tweeminutendebat', "
      "named in the first paragraph) 'kom ik die toezegging na' (settled), a CD commitment 'd.d. 01/10' "
      "in preparation with 'in maart 2027' (progress; the promise stated no term), SIenW's 'In "
      "hetzelfde debat' pointed at ('verwijs ik naar': no relation), a new 'Ik zal uw Kamer uiterlijk 1 "
      "maart 2027 informeren' (made).  Look-alikes: artikel 33, lid 3, phone, postbus, kenmerk.",
      "2026-12-15", "brief", "2026-12-15", None,
      [K("kst-33037-596", "II", "2026-2027"), K("kst-33037-597"), K("kst-33037-601"), K("kst-33037-594"),
       K("kst-27625-698"), K("kst-33037-599"), K("kst-33037-600")],
      [H("h-tk-20262027-24-7")],
      [],
      [M("kst-33037-596", [S("Van der Plas")], True, "settled"),
       M("kst-33037-597", [S("Holman", "NSC"), S("Vedder", "CDA")], False, "progress"),
       M("kst-33037-601", [S("Grinwis", "ChristenUnie")], False, "settled"),
       M("kst-33037-594", rel="cited"),
       M("kst-27625-698", [S("Vedder")], True, "progress"),
       M("kst-33037-599", [S("Bromet", "GroenLinks-PvdA")], False, "cited"),
       M("kst-33037-600", [S("Kostić", "PvdD")], False, "cited")],
      [C(["MLVVN"], "2026-11-19", "settled", venue="tweeminutendebat Mestbeleid", deadline="voor de kerst",
         about="uitvoering overgangsregeling derogatie"),
       C(["MLVVN"], "2026-10-01", "progress", venue="commissiedebat Mestbeleid", deadline="in maart 2027",
         about="onafhankelijke toets mestprognoses"),
       C(["SIenW"], "2026-10-01", venue="commissiedebat Mestbeleid",
         about="grondwaterbeschermingsgebieden; 'In hetzelfde debat', only pointed at"),
       C(["MLVVN"], None, "made", deadline="uiterlijk 1 maart 2027", about="uitkomst gesprekken derogatie")])
