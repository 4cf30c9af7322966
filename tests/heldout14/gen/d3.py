from lib import *

write("003_voortgangsbrief_jenv_gevangeniswezen_paragrafen", "d3.txt",
      "Voortgangsbrief of the staatssecretaris van Justitie en Veiligheid (SJenV) of 12 december 2024 (margin "
      "column, kenmerk 5981744), one numbered heading per item: 'Toezegging uit het commissiedebat "
      "Gevangeniswezen en tbs van 4 juli 2024' ('voor het einde van het jaar', 'Met deze paragraaf kom ik de "
      "toezegging na': settled); 'Motie-Dorst c.s. (Kamerstuk 24 587, nr. 921)' ('loopt dus nog': progress); "
      "'Toezegging uit het tweeminutendebat Gevangeniswezen van 10 juli 2024 (TZ202407-118)' ('is vertraagd', "
      "progress; no own term, status time 'in het voorjaar van 2025': deadline left out); the begroting promise "
      "'op 31 oktober 2024' 'rond de jaarwisseling' ('in voorbereiding; ik stuur hem u in januari': progress, "
      "the own term its deadline; plenary: no venue key); 'Motie van het lid Ruiters (NSC)' (36 600 VI, nr. "
      "45) 'beschouw ik de motie als afgedaan' (settled); the schriftelijk overleg 'd.d. 16-09-2024' promise "
      "'beschouw ik ... als afgedaan' (settled, dated to the SO, venue left out, no term).  Two new promises "
      "under 'Nieuwe afspraken' ('Ik zal uw Kamer in het najaar van 2025 informeren', 'stuur ik uw Kamer "
      "uiterlijk in het eerste kwartaal van 2025').  'kan ik niet toezeggen' a refusal, 'Als de Kamer ... "
      "aanneemt, zal ik bezien of' a conditional, the Landelijk Platform Forensische Zorg's 'heeft toegezegd' "
      "no commitment.  Look-alikes: kenmerk 5981744, 1.412 gedetineerden, Postbus numbers.",
      "2024-12-12", "brief", "2024-12-12", None,
      [K("kst-24587-921"), K("kst-36600-VI-45")],
      [],
      [T("TZ202407-118", "toezegging")],
      [M("kst-24587-921", [S("Dorst")], True, "progress"),
       M("kst-36600-VI-45", [S("Ruiters", "NSC")], False, "settled")],
      [C(["SJenV"], "2024-07-04", "settled", venue="commissiedebat Gevangeniswezen en tbs",
         deadline="voor het einde van het jaar", about="meerpersoonscellen"),
       C(["SJenV"], "2024-07-10", "progress", venue="tweeminutendebat Gevangeniswezen", refs=["TZ202407-118"],
         about="onderzoek eerdere overplaatsing kort strafrestant (vertraagd)"),
       C(["SJenV"], "2024-10-31", "progress", deadline="rond de jaarwisseling",
         about="brief personeelstekort PI's, in januari"),
       C(["SJenV"], "2024-09-16", "settled", deadline=None, about="wachttijd tbs-kliniek (SO)"),
       C(["SJenV"], None, "made", deadline="in het najaar van 2025", about="pilot elektronische monitoring"),
       C(["SJenV"], None, "made", deadline="uiterlijk in het eerste kwartaal van 2025",
         about="evaluatie Regeling selectie, plaatsing en overplaatsing")])
