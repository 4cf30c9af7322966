from lib import *

D = "kst-30597-"
AO = "2010-12-07"
write("006_brief_vws_2011_oude_vormen_ao_jongstleden", "d6.txt",
      "Letter of the staatssecretaris van Volksgezondheid, Welzijn en Sport (SVWS), 30 juni 2011, in the "
      "2011 rijkshuisstijl (label column: Kenmerk, Datum, Betreft), with old citation forms: 'TK 2009-2010, "
      "30597, nummer 118' (dossier without its space, 'nummer'), 'Kamerstuk 30597, nr. 176', 'TK 30 597, nrs. "
      "180 t/m 182' (three, chamber II, year null), 'Kamerstukken II 2010/11, 30 597, nr. 187', 'Handelingen "
      "II 2010/11, nr. 71, item 15' and one hyphenated at the line end 'Hande-\\nlingen II 2010/11, nr. 82, "
      "item 9'.  '(AO d.d. 07/12)' is 7 December 2010 (the latest not after the letter, tests/gold); '17 mei "
      "jongstleden' 2011-05-17.  Commitments: the AO's pgb promise 'voor 1 juni\\n2011' settled ('Met deze "
      "brief is aan de toezegging voldaan', late); the AO's dagbesteding promise 'in hetzelfde overleg' "
      "progress ('nog niet afgerond'; venue left out: the text names it only by 'hetzelfde overleg'); the "
      "plenary promise of 17 mei progress ('zal uw Kamer na de zomer nader berichten': a status time, no "
      "deadline, heldout9/12 over tests/gold; plenary: no venue key); 'Ik zeg u toe dat ik uw Kamer voor 1 "
      "november 2011 informeer' made (an explicit promise, tests/gold).  Motions: Hoogland c.s. settled "
      "('heb ik aan deze motie uitvoering gegeven'), Van der Veen progress ('onderzoek is in mei gestart').  "
      "Not commitments: 'kan ik niet toezeggen', the CIZ's 'heeft toegezegd', the intro's 'een aantal "
      "toezeggingen gedaan'.  Look-alikes: 'Staatscourant 2010, nr. 19862', EUR 2.500, 27.000, 'artikel 3.2, "
      "eerste lid', kenmerk DLZ/KZ-U-3061844, phone, postcodes, '1\\napril 2010'.",
      "2011-06-30", "brief", "2011-06-30", None,
      [K(D + "176"), K(D + "180", "II"), K(D + "181", "II"), K(D + "182", "II"),
       K(D + "118", "II", "2009-2010"), K(D + "187", "II", "2010-2011")],
      [H("h-tk-20102011-82-9"), H("h-tk-20102011-71-15")],
      [],
      [M(D + "118", [S("Hoogland")], True, "settled"),
       M(D + "187", [S("Van der Veen")], False, "progress")],
      [C(["SVWS"], AO, "settled", venue="algemeen overleg over de AWBZ", deadline="voor 1 juni 2011",
         about="fraude pgb"),
       C(["SVWS"], AO, "progress", deadline=None, about="gesprek branche dagbesteding"),
       C(["SVWS"], "2011-05-17", "progress", about="pakketmaatregel begeleiding LVB"),
       C(["SVWS"], None, "made", deadline="voor 1 november 2011", about="overleg branche, overgangsregeling")])
