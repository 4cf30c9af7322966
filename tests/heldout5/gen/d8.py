from lib import *

write("008_brief_buza_oude_vormen", "d8.txt",
      "Margin-form letter signed by MBuZa (dated 12 januari 2027: '16 december jl.' and '3 november "
      "jl.' resolve into 2026) citing Kamerstukken in older forms: 'Kamerstukken II 1998/99', 'Tweede "
      "Kamer, vergaderjaar 2004–2005, 29 800 V, nr. 85', 'TK 2012-2013, 33 400 V, nr. 41' (footnote "
      "of a glued 'c.s.1'), 'TK 2009–2010, 32 123 V, nummer 14, blz. 7', a sub-dossier broken at its "
      "hyphen ('32 500-\\nV'), compact 'Kamerstuk 21501-02-2451', a rijkswet '36 311 (R 2188), nr. 3', "
      "Aanhangsel Handelingen II, Handelingen II and I (the EK one broken after 'nr.').  The letter "
      "settles its own CD commitment ('in januari') and a motion ('voldaan'); a predecessor's "
      "commitment of 14 maart 2012 settled by a 2012 letter; MBHO's CD commitment addressed ('Op die "
      "toezegging ga ik ... in'); a motion in progress, a 2009 motion cited; a new commitment.",
      "2027-01-12", "brief", "2027-01-12", None,
      [K("kst-26150-8", "II", "1998-1999"), K("kst-29800-V-85", "II", "2004-2005"), K("kst-32500-V-71"),
       K("kst-21501-02-2451"), K("kst-36311-3", "II", "2023-2024", rijkswet="R2188"),
       K("kst-36600-V-27"), K("kst-33400-V-41", "II", "2012-2013"), K("kst-32123-V-14", "II", "2009-2010")],
      [H("ah-tk-20102011-2417"), H("h-tk-20112012-64-9"), H("h-ek-20132014-21-5")],
      [],
      [M("kst-33400-V-41", [S("Ferrier")], True, "settled"),
       M("kst-32500-V-71", [S("Van Bommel"), S("Voordewind")], False, "cited"),
       M("kst-36600-V-27", [S("Sjoerdsma", "D66")], False, "progress")],
      [C(["MBuZa"], "2026-12-16", "settled", venue="commissiedebat Raad Buitenlandse Zaken",
         deadline="in januari", about="beleidsreactie IOB-evaluatie (this letter)"),
       C(["MBuZa"], "2012-03-14", "settled", venue="debat over de Staat van de Unie",
         about="handhaving sancties door de Douane (ambtsvoorganger)"),
       C(["MBHO"], "2026-11-03", "addressed", venue="commissiedebat Exportcontrole",
         about="aanbeveling dual-use-goederen"),
       C(["MBuZa"], None, "made", deadline="voor de zomer van 2027", about="centrale toezichthouder")])
