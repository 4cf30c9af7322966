from lib import *

write("002_verslag_schriftelijk_overleg_klimaatfonds_kgg", "d2.txt",
      "Verslag van een schriftelijk overleg, Kamerstuk print 32 813, nr. 1512 (kind verslag, date the "
      "'Vastgesteld' date, self_id its own number; the own number in the running foot is not listed): per "
      "fractie 'De leden van de X-fractie vragen ...' followed by 'Antwoord:' of the minister van KGG (named in "
      "the opening, so 'ik' is MKGG).  Promises made in answers, dated null: 'Wel zal ik uw Kamer voor het "
      "zomerreces informeren' after a refused 'Kan de minister toezeggen ...?' (made), 'Ik zal uw Kamer "
      "daarnaast in het najaar van 2027 informeren' (made); 'Ik ga op de onderbesteding in bij de eerste "
      "suppletoire begroting' is an intention, no commitment.  The CD promise of 28 januari 2027 asked about "
      "by a fractie: 'Die toezegging kom ik na met de voortgangsrapportage ..., die u voor 1 juli 2027 "
      "ontvangt' (progress; a status time: deadline left out, heldout9); SFin's WGO promise 'Die evaluatie "
      "is in januari gestart2' (progress, deadline left out).  Motions cited by fracties: Kops verworpen "
      "(cited), Kröger 'ben ik gestart' (progress), Erkens/Bontenbal 'als afgedaan' (settled).  "
      "Look-alikes: '€ 32 813', 'artikel 4, tweede lid', '214 projecten'.",
      "2027-04-23", "verslag", "2027-04-23", "kst-32813-1512",
      [K("kst-32813-1497"), K("kst-32813-1466"), K("kst-36600-XXIII-41"), K("kst-32813-1450"),
       K("kst-36602-131"), K("kst-22112-4140")],
      [],
      [],
      [M("kst-32813-1466", [S("Kops", "PVV")], False, "cited"),
       M("kst-36600-XXIII-41", [S("Kröger", "GroenLinks-PvdA")], False, "progress"),
       M("kst-32813-1450", [S("Erkens", "VVD"), S("Bontenbal", "CDA")], False, "settled")],
      [C(["MKGG"], None, "made", deadline="voor het zomerreces", about="vertraagde projecten per sector"),
       C(["MKGG"], "2027-01-28", "progress", venue="commissiedebat Klimaat en energie",
         about="inzet reservering groene waterstof ('kom ik na met de voortgangsrapportage ... die u ... ontvangt')"),
       C(["SFin"], "2026-11-11", "progress", venue="wetgevingsoverleg Belastingplan",
         about="evaluatie fiscale vergroeningsmaatregelen ('is in januari gestart')"),
       C(["MKGG"], None, "made", deadline="in het najaar van 2027", about="herprioritering fondsmiddelen")])
