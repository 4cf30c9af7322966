from lib import *

write("004_aanhangsel_antwoord_mkgg_laadpleinen", "d4.txt",
      "Aanhangsel answer (nr. 812, vergaderjaar 2026-2027; 'ingezonden ..., 2026Z19876', 'ontvangen 1 "
      "december 2026') of the minister VOOR Klimaat en Groene Groei 'mede namens de staatssecretaris van "
      "Financiën' ('ik' = MKGG); 'Vraag N' / 'Antwoord N' on their own lines; answers that refer to other "
      "answers ('mijn antwoord op vraag 4 van de eerdere vragen ...1', 'in het antwoord op vraag 2') and to "
      "earlier Aanhangsel numbers ('Aanhangsel Handelingen, vergaderjaar 2026-2027, nr. 640' in the head; "
      "'Aanhangsel Handelingen II 2025/26, nr. 2140' in the footnote).  Commitments: MKGG's CD promise of "
      "'17 september jl.' with the status's 'voor het kerstreces' (progress; the promise stated no term); "
      "SFin's WGO promise 'van 16 november jl.' (progress; 'betrokken bij de Voorjaarsnota' no deadline); "
      "'Ja. Ik zal de Kamer voor 1 april 2027 een overzicht sturen' (made); 'Wel zeg ik toe dat ik ... "
      "voor het eind van het eerste kwartaal van 2027 informeer' (made).  Motions: compact 'Kamerstuk "
      "29023-598' c.s. afgedaan (settled), 'motie van het lid Kröger ... (Kamerstuk 29 023, nr. 612)' "
      "(progress).  Netbeheer Nederland's numbers and the ACM are no commitments.  Look-alikes: Stcrt. "
      "2024, 11930; postcodes 5611, 6811; '1 312' aanvragen; 'Vraag 7'.",
      "2026-12-01", "antwoord", "2026-12-01", "ah-tk-20262027-812",
      [K("kst-29023-640"), K("kst-29023-598"), K("kst-29023-612")],
      [H("ah-tk-20262027-640"), H("ah-tk-20252026-2140")],
      [T("2026Z19876", "zaak")],
      [M("kst-29023-598", [S("Erkens")], True, "settled"),
       M("kst-29023-612", [S("Kröger")], False, "progress")],
      [C(["MKGG"], "2026-09-17", "progress", venue="commissiedebat Elektriciteitsnet",
         deadline="voor het kerstreces", about="verkenning emissievrije logistiek in prioriteringskader"),
       C(["SFin"], "2026-11-16", "progress", venue="wetgevingsoverleg Belastingplan 2027",
         about="onderzoek fiscale regeling laadpalen; deadline left out"),
       C(["MKGG"], None, "made", deadline="voor 1 april 2027", about="overzicht wachtlijsten"),
       C(["MKGG"], None, "made", deadline="voor het eind van het eerste kwartaal van 2027",
         about="gesprek netbeheerders bedrijventerreinen")])
