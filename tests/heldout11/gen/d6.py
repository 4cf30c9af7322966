from lib import *

write("006_ek_kamerstuk_brief_vws_t_nummers_wlz", "d6.txt",
      "An Eerste Kamer Kamerstuk (36 610, letter H: 'H  BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN "
      "EN\\nSPORT', 'Den Haag, 17 februari 2026'; own number in the foot 'kst-36610-H' and 'Eerste Kamer, "
      "vergaderjaar 2025–2026, 36 610, H', not listed) reporting on promises made in the EK plenary "
      "(Handelingen I 2025/26, nr. 12, item 5, of 25 november 2025), each under its EK title with the "
      "T-number ('Toezegging Onderzoek naar wachttijden ... (36.610) (T03512)', the title's '(36.610)' is no "
      "Kamerstuk).  T03512: MVWS, 'Hiermee kom ik deze toezegging na' (settled; plenary: no venue key; "
      "deadline 'voor 1 maart 2026').  T03531: SLMZ 'bij dezelfde behandeling' (25 november 2025), "
      "'jaarlijks' (no deadline key), 'De eerste monitor is in opdracht gegeven' (progress).  T03488: 'Mijn "
      "ambtsvoorganger' (the office: MVWS), 4 juni 2024, 'afgedaan met de brief van 8 april 2025' (settled: an "
      "earlier letter did it).  Made: 'Ik zeg uw Kamer toe dat ik u voor 1 september 2026 informeer'.  The "
      "zorgverzekeraars' and NIVEL's part are no commitments.  Motions: 'motie-Holterman (Kamerstukken I "
      "2024/25, 36 540, G)' 'gestart, maar nog niet afgerond' (progress); 'motie van het lid Terpstra-Visser "
      "c.s.' 'uitgevoerd' (settled); Lindeman (PVV) 'verworpen' (cited).  EK letters '36 610, E', '36 390, "
      "J' (broken over lines); TK 'Kamerstuk 36 610, nr. 14'.  Look-alikes: EK kenmerk 178455.01U, 38 "
      "dagen, ISSN.",
      "2026-02-17", "brief", "2026-02-17", "kst-36610-H",
      [K("kst-36610-E", "I", "2025-2026"), K("kst-36390-J", "I", "2024-2025"), K("kst-36540-G", "I", "2024-2025"),
       K("kst-36610-F", "I", "2025-2026"), K("kst-36610-G", "I", "2025-2026"), K("kst-36610-14")],
      [H("h-ek-20252026-12-5"), H("h-ek-20232024-31-9")],
      [T("T03512", "toezegging"), T("T03531", "toezegging"), T("T03488", "toezegging")],
      [M("kst-36540-G", [S("Holterman")], False, "progress"),
       M("kst-36610-F", [S("Terpstra-Visser")], True, "settled"),
       M("kst-36610-G", [S("Lindeman", "PVV")], False, "cited")],
      [C(["MVWS"], "2025-11-25", "settled", deadline="voor 1 maart 2026", refs=["T03512"],
         about="wachttijden volledig pakket thuis"),
       C(["SLMZ"], "2025-11-25", "progress", refs=["T03531"], about="jaarlijkse monitor mantelzorg Wlz"),
       C(["MVWS"], "2024-06-04", "settled", refs=["T03488"], about="gesprek zorgkantoren pgb"),
       C(["MVWS"], None, "made", deadline="voor 1 september 2026", about="afspraken wijkverpleging")])
