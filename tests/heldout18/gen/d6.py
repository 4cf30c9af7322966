from lib import *

D = "2026-11-26"
write("006_handelingen_tweeminutendebat_jenv_moties_appreciatie", "d6.txt",
      "Handelingen II, tweeminutendebat Gevangeniswezen en tbs, item 14 of sitting 28 (running header "
      "'Gevangeniswezen en tbs  26 november 2026' / 'TK 28  28-14-1'), the staatssecretaris van Justitie en "
      "Veiligheid (SJenV, 'Staatssecretaris Mertens-Ouali:', welcomed by the chair).  Four motions submitted: "
      "nrs. 1102-1104 read out with the names under them ('Zij krijgt nr. 1103 (24 587).' with a space), nr. "
      "1105 announced by Pauwels without its text; sponsors the names under the text (the announcing member for "
      "1105), party null (heldout15/17); all four given the staatssecretaris's appreciation ('oordeel Kamer', "
      "'ontraad ik', 'met de interpretatie', 'vraag ik aan te houden') and 1105 held: cited (heldout17 003).  "
      "The older motie-Hofstede (24 587, nr. 1050) 'met mijn brief van 2 oktober uitgevoerd; ik beschouw haar "
      "als afgedaan' (settled; a member's 'volgens het kabinet uitgevoerd' is no other motion).  Promises "
      "dated to the sitting, no venue key: 'Ik stuur de Kamer in juni de voortgangsbrief gevangeniswezen en "
      "neem dat aantal daarin op'; 'Ik kom daar voor de zomer in een brief op terug'.  Not promises: 'Kan de "
      "staatssecretaris toezeggen dat PI Almelo openblijft?' / 'Nee.'; a motion's 'uiterlijk in 2028'.  "
      "Look-alikes: CD 1/10.",
      D, "handelingen", D, "h-tk-20262027-28-14",
      [K("kst-24587-1102"), K("kst-24587-1050"), K("kst-24587-1103"), K("kst-24587-1104"), K("kst-24587-1105")],
      [], [],
      [M("kst-24587-1102", [S("Lagerwey"), S("Van Dam-Ooms")], cs=False, rel="cited"),
       M("kst-24587-1050", [S("Hofstede")], cs=False, rel="settled"),
       M("kst-24587-1103", [S("Hofstede")], cs=False, rel="cited"),
       M("kst-24587-1104", [S("Çelik"), S("Lagerwey"), S("Pauwels")], cs=False, rel="cited"),
       M("kst-24587-1105", [S("Pauwels")], cs=False, rel="cited")],
      [C(["SJenV"], D, rel="made", deadline="in juni", about="aantal meerpersoonscellen in voortgangsbrief"),
       C(["SJenV"], D, rel="made", deadline="voor de zomer", about="brief wachtlijst tbs-klinieken")])
