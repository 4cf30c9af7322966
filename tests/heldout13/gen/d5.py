from lib import *

write("005_kabinetsreactie_bzk_rob_advies_oude_moties", "d5.txt",
      "Kabinetsreactie of the minister van BZK (MBZK) on a ROB advice, 13 oktober 2026, letterhead with a "
      "margin column ('Kenmerk 2026-0000581144' beside 'Betreft').  Older motions in older forms: 'motie-Özütok "
      "(TK 2008-2009, 31473, nummer 25)' (a dossier written without its space, 'nummer'), 'motie-Van der\\nMolen "
      "c.s. (Kamerstukken 11 2018/19, 35 000 VII, nr. 20)' (OCR '11' for II, the name broken over lines), "
      "both 'Aan beide moties is uitvoering gegeven' (settled); 'Kamerstukken II 2019/20, 35 300 VII, nr. 12' "
      "after '2019–2020' (en dash); 'motie-Sneller/Leijten6' whose reference stands only in the glued footnote "
      "'6Kamerstukken II 2021/22, 35 925 VII, nr. 56.' ('nog niet uitgevoerd; het wetsvoorstel is de volgende "
      "stap': progress); 'motie-Bushoff (Kamerstuk 36 600 VII, nr. 31)' 'ik zie die motie met het aanbod als "
      "afgedaan' (settled).  Commitments: 'mijn ambtsvoorganger' at '(Handelingen II 2019/20, nr. 34, item "
      "11)' (the office MBZK, undated, plenary: no venue key) 'Met deze brief kom ik die toezegging na' "
      "(settled); CD Decentrale overheden '10 september jl.' 'Dat gesprek vindt in november plaats' "
      "(progress, a status time: deadline left out); 'Ik zal uw Kamer voor de zomer van 2027 informeren' "
      "(made).  'Ik zal een wetsvoorstel voorbereiden' is policy, no promise to the Kamer.  Look-alikes: "
      "Postbus 20011 / 20018, '2500 EA', 'Turfmarkt 147', '20 procent', '25 000 inwoners', '€ 45 miljoen', "
      "'6 maanden', 'artikel 33, lid 2', '077 465 67 67', the numbered recommendations, 'Pagina 2 van 2'.",
      "2026-10-13", "brief", "2026-10-13", None,
      [K("kst-31473-25", "II", "2008-2009"), K("kst-35000-VII-20", "II", "2018-2019"),
       K("kst-35300-VII-12", "II", "2019-2020"), K("kst-36600-VII-31"), K("kst-35925-VII-56", "II", "2021-2022")],
      [H("h-tk-20192020-34-11")],
      [],
      [M("kst-31473-25", [S("Özütok")], False, "settled"),
       M("kst-35000-VII-20", [S("Van der Molen")], True, "settled"),
       M("kst-35925-VII-56", [S("Sneller"), S("Leijten")], False, "progress"),
       M("kst-36600-VII-31", [S("Bushoff")], False, "settled")],
      [C(["MBZK"], None, "settled", about="ambtsvoorganger: informeren over ROB-advies ambtelijke bijstand"),
       C(["MBZK"], "2026-09-10", "progress", venue="commissiedebat Decentrale overheden",
         about="gesprek VNG over accressen"),
       C(["MBZK"], None, "made", deadline="voor de zomer van 2027", about="hoofdlijnen wetsvoorstel")])
