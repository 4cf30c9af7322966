from lib import *

write("008_planningsbrief_ez_toezeggingen_termijnen_genummerd", "d8.txt",
      "Kamerstuk 36 950 XIII, nr. 48 as officielebekendmakingen's HTML page copies (no page layout; the head "
      "'36 950 XIII Vaststelling ...' and 'Nr. 48 BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN': self_id), 27 "
      "november 2026, minister van Economische Zaken (MEZK).  The begrotingsbehandeling promise of 5 november "
      "jl. 'voor het kerstreces', 'Met deze brief kom ik die toezegging na' (settled; no venue key).  A "
      "numbered list, each item a heading with the venue and the date in brackets, 'Toezegging:' with its own "
      "term (the deadline) and 'Planning:' the stand: CD Digitale economie 'in Q4 2026' vertraagd "
      "(progress); tweeminutendebat Mededinging 'binnen zes weken' afgedaan (settled); wetgevingsoverleg "
      "Postwet 'rond de zomer van 2027' op schema (progress); EK T03512 (9 juni 2026, plenary: no venue "
      "key) 'uiterlijk eind 2026', evaluatie volgt later (progress); the minister-president's promise in "
      "the debate on the Europese Raad (MP, plenary, no venue key) 'voor de Europese Raad van maart 2027', "
      "'in voorbereiding' (progress).  Venues as the heading writes them (heldout14 003).  Motions: "
      "Lamberink/De Vlieger 'nog niet afgedaan' (progress); Van Gilst-Roos c.s. 'uitgevoerd' (settled); Ten "
      "Brink (36 950 XIII, nr. 22) just adopted, 'overleg ... is gestart' (progress).  New: 'Ik zeg toe dat "
      "ik de Kamer voortaan twee keer per jaar ... stuur' (made, recurring: no deadline key) and 'Vóór het "
      "zomerreces van 2027 stuur ik u' (made).  Look-alikes: EUR 1.450 mln, artikel 12.3.",
      "2026-11-27", "brief", "2026-11-27", "kst-36950-XIII-48",
      [K("kst-24036-512"), K("kst-36600-XIII-37"), K("kst-32637-661"), K("kst-36950-XIII-22")],
      [],
      [T("T03512", "toezegging")],
      [M("kst-36600-XIII-37", [S("Lamberink"), S("De Vlieger")], False, "progress"),
       M("kst-32637-661", [S("Van Gilst-Roos")], True, "settled"),
       M("kst-36950-XIII-22", [S("Ten Brink")], False, "progress")],
      [C(["MEZK"], "2026-11-05", "settled", deadline="voor het kerstreces", about="overzicht toezeggingen en moties"),
       C(["MEZK"], "2026-06-03", "progress", venue="Commissiedebat Digitale economie", deadline="in Q4 2026",
         about="AI-verordening toezichthouders, vertraagd"),
       C(["MEZK"], "2026-09-18", "settled", venue="Tweeminutendebat Mededinging", deadline="binnen zes weken",
         about="reactie ACM-rapport, afgedaan"),
       C(["MEZK"], "2026-10-12", "progress", venue="Wetgevingsoverleg Postwet", deadline="rond de zomer van 2027",
         about="universele postdienst, op schema"),
       C(["MEZK"], "2026-06-09", "progress", deadline="uiterlijk eind 2026", refs=["T03512"],
         about="evaluatie frequentieveiling (EK)"),
       C(["MP"], "2026-06-24", "progress", deadline="voor de Europese Raad van maart 2027",
         about="visie concurrentievermogen, in voorbereiding"),
       C(["MEZK"], None, "made", about="halfjaarlijks overzicht (recurring)"),
       C(["MEZK"], None, "made", deadline="Vóór het zomerreces van 2027", about="uitwerking Innovatiefonds")])
