from lib import *

D = "kst-29893-"
write("007_aanhangsel_antwoord_mienw_overwegen", "d7.txt",
      "Answers to Kamervragen in the Aanhangsel form (vergaderjaar 2025–2026, nr. 1587, zaak '2026Z04123' on "
      "its own line, '(ingezonden 3 maart 2026)', 'Antwoord van minister Verhagen-Smit (Infrastructuur en "
      "Waterstaat)\\n(ontvangen 27 maart 2026)', 'Zie ook Aanhangsel Handelingen, vergaderjaar\\n2025-2026, "
      "nr. 1211'; foot 'ah-tk-20252026-1587' not listed): kind antwoord, date the 'ontvangen' date, self_id "
      "ah-tk-20252026-1587.  The questions cite a letter (Kamerstuk 29 893, nr. 301), motions (Van Asselt "
      "c.s. nr. 288, 'motie-Krul-Hoeksma ... (Kamer-\\nstuk 29 893, nr. 276)') and an earlier Aanhangsel "
      "('Aanhangsel Handelingen II 2024/25, nr. 2034').  Motions: 'voer ik uit via het programma ... Het "
      "programma ligt op schema' (progress); 'met diezelfde brief afgedaan' (settled).  Commitments (ik = "
      "MIenW): the CD Spoorveiligheid promise of 21 januari 2026 named in question 4 'Die toezegging voer ik "
      "uit ... ontvangt de informatie daarna in de voortgangsbrief' (progress, status time: no deadline key); "
      "'Ik zeg toe dat ProRail per overweg een gesprek voert ... voordat een besluit valt' (made; a condition, "
      "no deadline key); 'Ik zal uw Kamer voor 1 juli 2026 informeren' (made); the staatssecretaris's (SIenW) "
      "promise reported in the earlier answers, 'in 2025', 'gestand gedaan met zijn brief ... (Kamerstuk 29 "
      "893, nr. 294)' (settled, undated).  ProRail's 'heeft toegezegd' is no commitment; 'het commissiedebat "
      "Spoor van 8 april 2026' in question 7 is no promise.  Look-alikes: 42, 17, 6, 19 overwegen, ISSN "
      "1388-8951, 2030.",
      "2026-03-27", "antwoord", "2026-03-27", "ah-tk-20252026-1587",
      [K(D + "301"), K(D + "288"), K(D + "276"), K(D + "294")],
      [H("ah-tk-20252026-1211"), H("ah-tk-20242025-2034")],
      [T("2026Z04123", "zaak")],
      [M(D + "288", [S("Van Asselt")], True, "progress"),
       M(D + "276", [S("Krul-Hoeksma")], False, "settled")],
      [C(["MIenW"], "2026-01-21", "progress", venue="commissiedebat Spoorveiligheid",
         about="kosten beveiligen resterende overwegen"),
       C(["MIenW"], None, "made", about="ProRail spreekt per overweg met de gemeente"),
       C(["MIenW"], None, "made", deadline="voor 1 juli 2026", about="uitkomst gesprekken Groningen-Delfzijl"),
       C(["SIenW"], None, "settled", deadline="in 2025", about="rol spoorwegpolitie")])
