from lib import *

write("008_jaarverslag_ienw_paragraaf_verkeersveiligheid", "d8.txt",
      "Jaarverslag IenW 2025 (36 930 XII, nr. 1; running foot with the own number), paragraphs "
      "'Beleidsprioriteit' in prose with 'Moties' / 'Toezeggingen' run-in headings; 'De minister' = MIenW, "
      "'De staatssecretaris' = SIenW.  Motions: 'motie-Van der Graaf c.s.9' number only in the footnote "
      "(afgedaan: settled), 'Kamerstukken 11 2024/25' OCR (II) with two sponsors and parties, first name "
      "'Olger van Dijk' kept (progress), compact 'Kamerstuk 29398-1118' carried out by MJenV ('afspraken "
      "gemaakt', uitvoering bij hem: progress), begroting sub-dossiers 'Kamerstuk 36 200 A, nr. 61' "
      "uitgevoerd (settled) and '36 410 A, nr. 37' aangehouden (cited).  Commitments: MIenW's CD promise "
      "'van 12 februari 2025' nagekomen with a letter (settled); the WGO promise 'van 24 november 2025' "
      "'voor de zomer van 2026' in uitvoering (progress); SIenW's EK promise '(T03411)' jaarlijks, first "
      "report sent '.10' (progress; recurring: deadline left out; plenary: venue left out); MIenW's "
      "promise known only by year ('in 2025 toegezegd': date null), not finished, 'zal ... voor 1 oktober "
      "2026 informeren' (progress, that time its deadline).  Kind and date left out (a jaarverslag, "
      "heldout4).  Look-alikes: artikel 14.02, table amounts, Richtlijn (EU) 2025/1411, A27/N18, 684, "
      "'0,9%', '30 km/u', 'MIRT-overzicht 2026'.",
      "2026-05-20", OMIT, OMIT, "kst-36930-XII-1",
      [K("kst-29398-1121", "II", "2024-2025"), K("kst-29398-1118"), K("kst-29398-1130"),
       K("kst-21501-33-1084"), K("kst-22112-3960", "II", "2024-2025"), K("kst-36800-A-3"),
       K("kst-36200-A-61"), K("kst-36410-A-37"), K("kst-29398-1119", "II", "2024-2025"),
       K("kst-34910-J", "I", "2025-2026"), K("kst-21501-33-1079")],
      [],
      [T("T03411", "toezegging")],
      [M("kst-29398-1119", [S("Van der Graaf")], True, "settled"),
       M("kst-29398-1121", [S("Olger van Dijk", "NSC"), S("De Hoop", "GroenLinks-PvdA")], False, "progress"),
       M("kst-29398-1118", [S("Stoffer")], False, "progress"),
       M("kst-36200-A-61", [S("De Hoop")], True, "settled"),
       M("kst-36410-A-37", [S("Grinwis")], False, "cited")],
      [C(["MIenW"], "2025-02-12", "settled", venue="commissiedebat Verkeersveiligheid", deadline=None,
         about="effecten 30 km/u"),
       C(["MIenW"], "2025-11-24", "progress", venue="wetgevingsoverleg Mobiliteitsfonds",
         deadline="voor de zomer van 2026", about="evaluatie Wet rijonderricht"),
       C(["SIenW"], "2025-10-08", "progress", refs=["T03411"], about="jaarlijkse voortgang fietsveiligheid (EK)"),
       C(["MIenW"], None, "progress", deadline="voor 1 oktober 2026", about="ETS binnenvaart, promised in 2025")])
