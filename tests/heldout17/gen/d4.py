from lib import *

write("004_brief_kgg_warmte_voetnoten_motie_nog_niet_afgedaan", "d4.txt",
      "Kamerbrief of the minister van Klimaat en Groene Groei (MKGG, signature 'de minister van Klimaat en "
      "Groene Groei,'), 20 november 2026, answering a commissieverzoek (Uw kenmerk 2026Z17720 in the margin "
      "column).  Every reference stands only in the footnotes at the end, the footnote digits glued in the body "
      "('c.s.1', 'begroting2', 'El Khadir3', 'jl.4', 'jl.5').  Motions: Ten Brink c.s. (30 196, nr. 812) "
      "'Hiermee is aan de motie voldaan' (settled); Zwanenburg/El Khadir (nr. 820) 'De motie beschouw ik "
      "echter nog niet als afgedaan' after a reported step (progress).  Commitments: MKGG's CD promise of 11 "
      "juni jl. 'voor Prinsjesdag', 'met deze brief kom ik de toezegging na' (settled; venue "
      "'commissiedebat Warmtetransitie'); MKGG's tweeminutendebat promise of 2 juli jl. without own term, "
      "'loopt nog; de resultaten verwacht ik in het voorjaar van 2027' (progress, a status time: no deadline "
      "key); SFin's promise 'in hetzelfde commissiedebat van 11 juni', 'valt buiten deze brief; de "
      "staatssecretaris handelt haar af in de fiscale verzamelbrief' (progress, heldout14 006; venue left "
      "out: 'hetzelfde commissiedebat'); new: 'Ik zeg u toe dat ik uw Kamer binnen drie maanden na de "
      "inwerkingtreding van de Wet collectieve warmte informeer' and 'Voor het zomerreces van 2027 ontvangt u "
      "... de evaluatie' (made).  None: 'kan ik niet toezeggen', Netbeheer Nederland's 'heeft toegezegd'.  "
      "Look-alikes: € 120 miljoen, postcodes, Postbus 20401, kenmerk 26318452.",
      "2026-11-20", "brief", "2026-11-20", None,
      [K("kst-30196-812"), K("kst-36920-XXIII-2"), K("kst-30196-820"), K("kst-30196-835")],
      [H("h-tk-20252026-98-12")],
      [T("2026Z17720", "zaak")],
      [M("kst-30196-812", [S("Ten Brink")], True, "settled"),
       M("kst-30196-820", [S("Zwanenburg"), S("El Khadir")], False, "progress")],
      [C(["MKGG"], "2026-06-11", "settled", venue="commissiedebat Warmtetransitie", deadline="voor Prinsjesdag",
         about="tariefregulering warmtenetten, later dan beloofd nagekomen"),
       C(["MKGG"], "2026-07-02", "progress", venue="tweeminutendebat Warmtetransitie",
         about="onderzoek isolatienorm huurwoningen, loopt nog"),
       C(["SFin"], "2026-06-11", "progress", about="fiscale behandeling aansluitbijdrage, eigen brief"),
       C(["MKGG"], None, "made", deadline="binnen drie maanden na de inwerkingtreding van de Wet collectieve warmte",
         about="aanwijzingsbesluiten"),
       C(["MKGG"], None, "made", deadline="voor het zomerreces van 2027", about="evaluatie ISDE")])
