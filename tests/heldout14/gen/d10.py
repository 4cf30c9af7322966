from lib import *

write("010_handelingen_ek_wetsvoorstel_stikstof_toezeggingen", "d10.txt",
      "Handelingen I 2025/26, nr. 11, item 6 ('Vergadering van dinsdag 9 december 2025'): the EK plenary on a "
      "wetsvoorstel (36 620) with the minister van LVVN (MLVVN, Tjalsma-Rook).  Promises dated to the debate, no "
      "venue key (plenary, heldout9/11/12): 'Ik zeg de heer Van Gasteren-Sloot toe dat ik de Kamer voor 1 juli "
      "2026 informeer'; 'Dat zeg ik toe: ik stuur de Kamer de evaluatie uiterlijk in 2028'; 'De minister van "
      "Infrastructuur en Waterstaat en ik sturen de Kamer in het najaar van 2026 een gezamenlijke brief' (MLVVN + "
      "MIenW).  'Ja, die neem ik daarin mee' and the chair's 'Ik constateer ... toezeggingen' add no records.  "
      "Older: 'heb ik op 1 juli jl. toegezegd ... (T03790) ... daarmee is die toezegging voldaan' (settled, no "
      "venue key, no term).  Not promises: 'kan ik niet toezeggen' (twice), 'zal ik bezien of', the IPO's 'heeft "
      "wel toegezegd'.  The memorie van antwoord 'Kamerstukken I 2025/26, 36 620, C' is a Kamerstuk; the bare "
      "'(36 620)' a dossier.  A motion submitted: 'Motie van het lid Vos-Eijk c.s.' 'Zij krijgt letter H (36 "
      "620)' (kst-36620-H, sponsor Vos-Eijk, c.s., party null, no relation).",
      "2025-12-09", "handelingen", "2025-12-09", "h-ek-20252026-11-6",
      [K("kst-36620-C", "I", "2025-2026"), K("kst-36620-H")],
      [],
      [T("T03790", "toezegging")],
      [M("kst-36620-H", [S("Vos-Eijk")], True)],
      [C(["MLVVN"], "2025-12-09", "made", deadline="voor 1 juli 2026", about="gevolgen melkveehouders Gelderse Vallei"),
       C(["MLVVN"], "2025-12-09", "made", deadline="uiterlijk in 2028", about="evaluatie wet"),
       C(["MLVVN", "MIenW"], "2025-12-09", "made", deadline="in het najaar van 2026", about="brief stikstofruimte"),
       C(["MLVVN"], "2025-07-01", "settled", deadline=None, refs=["T03790"], about="handhaving vergunningplicht")])
