from lib import *

write("005_handelingen_debat_hersteloperatie_fin_toezeggingen", "d5.txt",
      "Handelingen II 2025/26, nr. 24, item 9 (Kamer running header 'TK 24 24-9-1', 'Vergadering van woensdag "
      "12 november 2025'): plenary debate on the hersteloperatie with the minister van Financiën (MFin, Van "
      "Dalen) and the staatssecretaris van Financiën – Herstel en Toeslagen (SFin, Ramdin-Hoek).  Promises in "
      "the speakers' own words, dated to the debate, no venue key (plenary): 'Ik zeg toe dat ik de Kamer voor "
      "de kerst een brief stuur', 'Ik kom daar voor de zomer schriftelijk op terug', 'Ik stuur de Kamer in het "
      "voorjaar', 'Kan de minister toezeggen dat ... uiterlijk in het eerste kwartaal van 2026 ...?' / 'Ja, "
      "dat zeg ik toe' (deadline the question's term, heldout5), 'De staatssecretaris en ik sturen u ... voor "
      "de behandeling van de Voorjaarsnota' (MFin + SFin).  The chair's list repeats them (no new records).  "
      "Older: 'In het debat van 3 april jl. heb ik toegezegd ... gestand gedaan' (SFin settled, venue left "
      "out, no term); 'De toezegging uit het commissiedebat Hersteloperatie kinderopvangtoeslag van 18 "
      "september jl. ... loopt nog' (SFin progress, no term).  Not promises: 'kan ik niet toezeggen', 'ik zal "
      "wel bezien of', 'ga ik hier niet geven', the Autoriteit Persoonsgegevens's 'heeft toegezegd'.  A "
      "motion submitted ('Zij krijgt nr. 812 (31 066)'): sponsor from the name under it, party null, no "
      "relation.",
      "2025-11-12", "handelingen", "2025-11-12", "h-tk-20252026-24-9",
      [K("kst-31066-812")],
      [],
      [],
      [M("kst-31066-812", [S("Hammelburg-Smit")], False)],
      [C(["SFin"], "2025-11-12", "made", deadline="voor de kerst", about="plan doorlooptijd CWS halveren"),
       C(["SFin"], "2025-11-12", "made", deadline="voor de zomer", about="ex-partners, schriftelijk"),
       C(["MFin"], "2025-11-12", "made", deadline="in het voorjaar", about="overzicht uitgaven hersteloperatie"),
       C(["MFin"], "2025-11-12", "made", deadline="uiterlijk in het eerste kwartaal van 2026",
         about="raming uitvoeringskosten ('Ja, dat zeg ik toe')"),
       C(["MFin", "SFin"], "2025-11-12", "made", deadline="voor de behandeling van de Voorjaarsnota",
         about="gezamenlijke brief verdeling middelen"),
       C(["SFin"], "2025-04-03", "settled", deadline=None, about="ondersteuning kinderen, gestand gedaan"),
       C(["SFin"], "2025-09-18", "progress", venue="commissiedebat Hersteloperatie kinderopvangtoeslag",
         deadline=None, about="schulden private schuldeisers, loopt nog")])
