from lib import *

write("005_antwoorden_kamervragen_financien_toeslagen_word_export", "d5.txt",
      "Answers to Kamervragen as a ministry publishes them (Word export: tabs after 'Kenmerk:', curly quotes, "
      "endnotes '[1]'), no signature: 'ik' is the staatssecretaris van Financiën – Herstel en Toeslagen the "
      "heading names (SFin; heldout13's 'the minister the opening names as answering').  Kind antwoord, date "
      "23 november 2026, self_id null; zaak 2026Z18452.  Commitments: 'Ik zal uw Kamer voor het kerstreces "
      "informeren' (made); the CD Hersteloperatie promise of 25 september jl. named in a question and "
      "answered 'Met dit antwoord is die toezegging afgedaan' (settled; venue 'commissiedebat "
      "Hersteloperatie', no term: deadline left out); 'Zoals ik in hetzelfde commissiedebat heb "
      "aangegeven, stuur ik uw Kamer bij de Voorjaarsnota een nieuwe planning' (heldout12: the debate's "
      "promise, dated 2026-09-25, deadline as stated, relation left out, venue left out: 'hetzelfde "
      "commissiedebat'); 'Ja. Ik stuur uw Kamer binnen zes weken na verschijning van het rapport een "
      "reactie' (made).  'Kunt u toezeggen ...' / 'Nee, dat kan ik niet toezeggen' none; the Commissie "
      "Werkelijke Schade's 'zal reageren' none.  Motions in endnotes: Baarsma c.s. (31 066, nr. 1502) "
      "'daarmee uitgevoerd' (settled); Oudshoorn (nr. 1517) 'nog niet afgedaan' (progress).  The earlier "
      "answers: Aanhangsel ah-tk-20252026-2311.  Look-alikes: 2.318, 2.902, Kenmerk 2026-0000284117.",
      "2026-11-23", "antwoord", "2026-11-23", None,
      [K("kst-31066-1502"), K("kst-31066-1517")],
      [H("ah-tk-20252026-2311")],
      [T("2026Z18452", "zaak")],
      [M("kst-31066-1502", [S("Baarsma")], True, "settled"),
       M("kst-31066-1517", [S("Oudshoorn")], False, "progress")],
      [C(["SFin"], None, "made", deadline="voor het kerstreces", about="verdeling ouders over landen"),
       C(["SFin"], "2026-09-25", "settled", venue="commissiedebat Hersteloperatie",
         about="hulp via ambassades, afgedaan"),
       C(["SFin"], "2026-09-25", deadline="bij de Voorjaarsnota", about="nieuwe planning hersteloperatie (restated)"),
       C(["SFin"], None, "made", deadline="binnen zes weken na verschijning van het rapport",
         about="reactie rapport Nationale ombudsman")])
