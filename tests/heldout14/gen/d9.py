from lib import *

write("009_brief_ocw_reactie_verzoek_verstreken_termijnen", "d9.txt",
      "Letter of the minister van OCW (MOCW) of 19 november 2025 to the commissie OCW, answering its request of "
      "'3 oktober jl.' (2025Z17420) about promises whose term has passed, sent 'mede namens' the "
      "staatssecretaris (SOCW; 'ik' is the signer).  One heading per promise with its TZ number, under the "
      "headings 'Minister' and 'Staatssecretaris'.  'mijn ambtsvoorganger' (the office, MOCW) in the CD "
      "Curriculum of 7 februari 2024 'voor de zomer van 2024', 'De termijn is niet gehaald ... u ontvangt hem "
      "uiterlijk in het eerste kwartaal van 2026' (progress; the promise's own term stays its deadline, "
      "heldout8); the Voorjaarsnota promise of 26 juni 2024 'Daarmee is de toezegging voldaan' (settled, "
      "plenary: no venue key); tweeminutendebat Toetsing 'loopt de toezegging nog' (progress; the "
      "voortgangsbrief 'van het voorjaar' is a status time: deadline left out); the CD Onderwijsachterstanden "
      "'d.d. 15-01-2025' promise 'kan ... niet meer worden nagekomen; ik beschouw haar als vervallen' with its "
      "reason (addressed, heldout11's 'Vervalt').  SOCW: CD Leraren 'voor de behandeling van de begroting "
      "2025', partly sent, one part follows (progress); notaoverleg Passend onderwijs 'rond de jaarwisseling', "
      "'kan die termijn niet halen' (progress, own term its deadline).  New: 'Ik zeg u toe dat ik de commissie "
      "voortaan elk halfjaar een overzicht stuur ..., voor het eerst in juni 2026' (MOCW made; recurring: "
      "deadline left out).  'kan ik niet toezeggen' a refusal, 'zal ik bezien of' a conditional, the "
      "PO-Raad's 'heeft toegezegd' no commitment.  Look-alikes: Ons kenmerk 52814093, Postbus 16375.",
      "2025-11-19", "brief", "2025-11-19", None,
      [K("kst-27020-188")],
      [],
      [T("2025Z17420", "zaak"), T("TZ202402-067", "toezegging"), T("TZ202406-122", "toezegging"),
       T("TZ202411-031", "toezegging"), T("TZ202501-090", "toezegging"), T("TZ202409-015", "toezegging"),
       T("TZ202503-077", "toezegging")],
      [],
      [C(["MOCW"], "2024-02-07", "progress", venue="commissiedebat Curriculum", deadline="voor de zomer van 2024",
         refs=["TZ202402-067"], about="proeftuinen kerndoelen (ambtsvoorganger), termijn niet gehaald"),
       C(["MOCW"], "2024-06-26", "settled", deadline=None, refs=["TZ202406-122"],
         about="evaluatie verdeling achterstandsmiddelen, voldaan"),
       C(["MOCW"], "2024-11-20", "progress", venue="tweeminutendebat Toetsing", refs=["TZ202411-031"],
         about="gesprek PO-Raad toetsen groep 8, loopt nog"),
       C(["MOCW"], "2025-01-15", "addressed", venue="commissiedebat Onderwijsachterstanden", deadline=None,
         refs=["TZ202501-090"], about="pilot verlengde schooldag, vervallen met reden"),
       C(["SOCW"], "2024-09-11", "progress", venue="commissiedebat Leraren",
         deadline="voor de behandeling van de begroting 2025", refs=["TZ202409-015"],
         about="aanpak lerarentekort G5, deels gestuurd"),
       C(["SOCW"], "2025-03-24", "progress", venue="notaoverleg Passend onderwijs", deadline="rond de jaarwisseling",
         refs=["TZ202503-077"], about="thuiszitters, termijn niet te halen"),
       C(["MOCW"], None, "made", about="halfjaarlijks overzicht toezeggingen (recurring)")])
