from lib import *

write("004_ek_briefwisseling_asiel", "d4.txt",
      "Eerste Kamer 'BRIEFWISSELING' (own letter H in dossier 36 514, 'Vastgesteld 20 november 2026'; "
      "kind verslag: the commissie reports a schriftelijk overleg): the commissie's letter to MAenM asks "
      "after a commitment ('heeft u toegezegd', T-number with a glued footnote digit 'T03688)2') and two "
      "EK motions ('36 514, E', '36 514, F'); the minister's reply: the commitment still open with a new "
      "time (progress, that time its deadline), one motion in progress, one settled, the predecessor's "
      "TK commitment of 7 februari 2025 (Handelingen II) 'neem ik mee in' (progress), a new commitment. "
      "The page footer 'Kamerstukken I 2026/27, 36 514, H' is the own number.  Venues of the plenary "
      "commitments are left out ('de plenaire behandeling van het wetsvoorstel', 'bij de behandeling in "
      "de Tweede Kamer').",
      "2026-11-20", "verslag", "2026-11-20", "kst-36514-H",
      [K("kst-36514-G", "I", "2025-2026"), K("kst-36514-E"), K("kst-36514-F"),
       K("kst-36514-A", "I", "2025-2026")],
      [H("h-ek-20252026-33-7"), H("h-tk-20242025-47-11")],
      [T("T03688", "toezegging")],
      [M("kst-36514-E", [S("Van Hattem")], True, "progress"),
       M("kst-36514-F", [S("Nicolaï")], False, "settled")],
      [C(["MAenM"], "2026-06-16", "progress", deadline="in april 2027", refs=["T03688"],
         about="jaarlijkse rapportage doorlooptijden IND"),
       C(["MAenM"], "2025-02-07", "progress",
         about="evaluatie na vijf jaar (ambtsvoorganger)"),
       C(["MAenM"], None, "made", deadline="voor 1 juli 2027", about="ervaringen gemeenten huisvesting")])
