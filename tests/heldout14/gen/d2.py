from lib import *

D = "kst-31839-"
write("002_verslag_commissiedebat_vws_jeugd_griffielijst", "d2.txt",
      "Verslag van een commissiedebat (31 839, nr. 1105, 'Vastgesteld 11 december 2025') of the meeting of 20 "
      "november 2025 with MVWS (minister Bakkum-Roels) and the staatssecretaris Jeugd, Preventie en Sport "
      "(SJSP, Van Oostrum), as a geredigeerd woordelijk verslag: first-person promises ('Ik zeg toe dat ik ... "
      "voor het zomerreces', 'Ik kom daar voor de kerst schriftelijk op terug', 'Ik stuur de Kamer uiterlijk "
      "eind februari 2026', 'De minister en ik zullen ... voor de behandeling van de Voorjaarsnota'), then the "
      "griffie's 'Toezeggingen' list read by the chair, which repeats them (one record each).  Kind verslag, "
      "date the Vastgesteld date, self_id the own number; the promises made are dated to the meeting, venue "
      "left out (the verslag names no debate title).  The minister's 'Ik stuur ... een tussenstand' is a new "
      "promise (the griffie lists it) beside the older promise 'uit het debat over de Hervormingsagenda d.d. "
      "16-10-2025' that 'loopt nog' (progress, status time: deadline left out; venue left out, heldout9).  "
      "SJSP's CD Jeugd promise of '3 april jl.' done with the brief of 12 september, 'afgedaan' (settled; no "
      "term: deadline null).  'kan ik niet toezeggen', 'Dat kan ik vandaag niet toezeggen' refusals; 'Ik zal "
      "wel bezien of' a conditional; the VNG's 'heeft toegezegd' no commitment.  The motion 'haar motie' of "
      "the member Van Eijkelen (31 839, nr. 1050) 'voer ik uit ... ligt in januari' progress, sponsors not "
      "scored (heldout5: named only as the speaker's own motion).  Own number in the foot not listed; ISSN "
      "look-alike.",
      "2025-12-11", "verslag", "2025-12-11", D + "1105",
      [K(D + "1092"), K(D + "1050")],
      [],
      [],
      [M(D + "1050", rel="progress")],
      [C(["SJSP"], "2025-11-20", "made", deadline="voor het zomerreces", about="brief wachttijden per regio"),
       C(["SJSP"], "2025-11-20", "made", deadline="voor de kerst", about="reistijden gesloten jeugdhulp"),
       C(["MVWS"], "2025-11-20", "made", deadline="uiterlijk eind februari 2026",
         about="tussenstand onderzoek reikwijdte Jeugdwet"),
       C(["SJSP", "MVWS"], "2025-11-20", "made", deadline="voor de behandeling van de Voorjaarsnota",
         about="financiële afspraken gemeenten"),
       C(["SJSP"], "2025-04-03", "settled", venue="commissiedebat Jeugd", deadline=None,
         about="inkoop gesloten jeugdhulp, afgedaan met brief 12 september"),
       C(["MVWS"], "2025-10-16", "progress", about="onderzoek reikwijdte Jeugdwet loopt nog")])
