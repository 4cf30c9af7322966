from lib import *

D = "kst-36512-"
II2324, II2425 = ("II", "2023-2024"), ("II", "2024-2025")
write("003_memorie_van_antwoord_ek_bzk_woo_citatievormen", "d3.txt",
      "Memorie van antwoord (Eerste Kamer, 36 512, C, 'Ontvangen 12 februari 2026') of the minister van "
      "Binnenlandse Zaken en Koninkrijksrelaties (MBZK) on a Woo amendment bill, citing Kamerstukken in many "
      "forms: a range 'nrs. 1-3' (three), 'nr. 6, p. 12 en 13' (one; pages are no numbers), a list 'nrs. 8 en "
      "11' (two) and a later bare '(nr. 11)' (the same), 'Kamerstuk 36 512, nr. 15' (amendment: a Kamerstuk, "
      "no motion; chamber null), a rijkswet '34 356 (R2064),\\nnr. 3, p. 7', 'Kamerstukken I 2021/22, 35 925,\\n"
      "nr. E', an EK motion '(Kamer-\\nstukken I 2021/22, 35 925, G)', a gewijzigde motie 'nr. 27, t.v.v. "
      "36512-21' (the replaced number a motion without sponsors, cited: tests/gold, heldout13), Handelingen II "
      "and I with item.  Kind left out, date 'Ontvangen', self_id kst-36512-C (heldout7/13's nota).  Motions: "
      "Vermeer c.s. settled ('is aan deze motie uitvoering gegeven'), Veldhoen c.s. progress ('voer ik uit in "
      "twee stappen ... Over de verdere uitvoering informeer ik').  Commitments: MBZK's Tweede Kamer plenary "
      "promise known only by its Handelingen number (date null, heldout11/13) settled ('nagekomen'); the "
      "ambtsvoorganger's plenary promise of 14 juni 2022 (T03412) progress ('loopt dus nog'; 'in het najaar' a "
      "status time, no deadline; plenary: no venue key); a new 'Ik zeg uw Kamer toe dat ik binnen drie jaar "
      "na de inwerkingtreding' made.  Not commitments: 'kan ik niet toezeggen', the Adviescollege's 'heeft "
      "toegezegd'.  Look-alikes: Stb. 2022, 145; Stcrt. 2025, 31244; richtlijn (EU) 2019/1937; Raad van State "
      "W04.25.00187/I; 'artikel 3.3a, lid 2'; ISSN.",
      "2026-02-12", OMIT, "2026-02-12", D + "C",
      [K(D + "1", *II2324), K(D + "2", *II2324), K(D + "3", *II2324), K(D + "6", *II2425),
       K(D + "8", *II2425), K(D + "11", *II2425), K(D + "15"),
       K("kst-34356-3", "II", "2015-2016", rijkswet="R2064"), K("kst-35925-E", "I", "2021-2022"),
       K(D + "27"), K(D + "21"), K("kst-35925-G", "I", "2021-2022")],
      [H("h-tk-20242025-58-9"), H("h-ek-20212022-30-7")],
      [T("T03412", "toezegging")],
      [M(D + "27", [S("Vermeer")], True, "settled"),
       M(D + "21", rel="cited"),
       M("kst-35925-G", [S("Veldhoen")], True, "progress")],
      [C(["MBZK"], None, "settled", about="uitzondering persoonlijke beleidsopvattingen (Handelingen II nr. 58)"),
       C(["MBZK"], "2022-06-14", "progress", deadline=None, refs=["T03412"],
         about="onderzoek uitvoeringslasten gemeenten (ambtsvoorganger)"),
       C(["MBZK"], None, "made", deadline="binnen drie jaar na de inwerkingtreding", about="evaluatie")])
