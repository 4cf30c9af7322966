from lib import *

write("004_antwoord_vws_seh", "d4.txt",
      "Answers to Kamervragen in the Aanhangsel (own number 418, answered by MVWS Hamersma, 'Zie ook' "
      "an earlier Aanhangsel): a motion settled, a motion in progress ('De uitvoering van die motie "
      "loopt', sponsors only in the question), the minister's commitment from CD Acute zorg (glued "
      "footnote 'jl.1') with next step (progress, the promise's own term as deadline), and a new "
      "commitment in an answer.  A no-break space inside 'nr. 451'; 'Stb. 2026, 233' a look-alike.",
      "2026-10-07", "antwoord", "2026-10-07", "ah-tk-20262027-418",
      [K("kst-29247-440"), K("kst-29247-451"), K("kst-29247-463"),
       K("kst-29247-448", "II", "2025-2026")],
      [H("ah-tk-20252026-2904")],
      [],
      [M("kst-29247-440", [S("Dobbe")], True, "settled"),
       M("kst-29247-463", [S("Krul", "CDA")], False, "progress")],
      [C(["MVWS"], "2026-06-11", "progress", venue="commissiedebat Acute zorg",
         deadline="voor het einde van dit jaar", about="herziening bereikbaarheidsnorm"),
       C(["MVWS"], None, "made", deadline="in het voorjaar van 2027", about="acute zorgtafel Waddeneilanden")])
