from lib import *

D = "2026-11-02"
write("004_verslag_notaoverleg_kgg_initiatiefnota_moties", "d4.txt",
      "Verslag van een notaoverleg (36 590, nr. 6, 'Vastgesteld 19 november 2026': kind verslag, date the "
      "Vastgesteld date, self_id the own number) of 2 november 2026 on a member's initiatiefnota, with the "
      "initiatiefnemer (Vermeulen, a member) and the minister van Klimaat en Groene Groei (MKGG, 'Minister "
      "Rutgers-Hamid:') as the Kamer's adviser.  Promises dated to the meeting, venue left out: 'Ik zeg toe "
      "dat ik de Kamer voor 1 februari 2027 een uitgewerkte reactie stuur'; 'Ik zal bekijken of ... en de "
      "Kamer daarover in het voorjaar informeren'; and one the minister makes for a colleague: 'de "
      "staatssecretaris van Financiën [zal] de Kamer bij het Belastingplan 2028 een overzicht ... sturen; dat "
      "heb ik met hem afgesproken' (SFin).  The chair's list repeats the three.  Not promises: the "
      "initiatiefnemer's 'Ik zeg mevrouw Van Beek toe' (a member, no bewindspersoon), 'Kan de minister "
      "toezeggen ...?' / 'Nee. Daar ga ik niet over'.  Motions: the older motie-Teunissen-Vos (29 023, nr. "
      "512) 'uitgevoerd; ik beschouw haar als afgedaan' (settled); two submitted in the notaoverleg (nrs. 7 "
      "and 8, sponsors from the names under them, party null) and given the minister's appreciation "
      "(cited, heldout17 003).  The nota and the kabinetsreactie (nrs. 2 and 4) in the opening.  "
      "Look-alikes: 1.000 kWh, 'E-, F- of G-label', 'Belastingplan 2028'.",
      "2026-11-19", "verslag", "2026-11-19", "kst-36590-6",
      [K("kst-36590-2"), K("kst-36590-4"), K("kst-29023-512"), K("kst-36590-7"), K("kst-36590-8")],
      [], [],
      [M("kst-29023-512", [S("Teunissen-Vos")], cs=False, rel="settled"),
       M("kst-36590-7", [S("Teunissen-Vos"), S("Ruijsink")], cs=False, rel="cited"),
       M("kst-36590-8", [S("Van Beek")], cs=False, rel="cited")],
      [C(["MKGG"], D, rel="made", deadline="voor 1 februari 2027", about="uitgewerkte reactie sociaal tarief"),
       C(["SFin"], D, rel="made", deadline="bij het Belastingplan 2028", about="overzicht varianten eerste schijf energiebelasting (de minister voor de staatssecretaris)"),
       C(["MKGG"], D, rel="made", deadline="in het voorjaar", about="noodfonds energie structureel, bekijken en informeren")])
