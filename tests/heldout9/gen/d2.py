from lib import *

D = "kst-31066-"
write("002_handelingen_debat_hersteloperatie_sfin_toezeggingen", "d2.txt",
      "Plenary Handelingen item ('Vergaderjaar 2026-2027, nr. 38', 'Vergadering van woensdag 20 januari "
      "2027', item '7', running foot 'TK 38  38-7-1' inside the debate): the staatssecretaris van Financiën "
      "(SFin) answers members.  Commitments (plenary: no venue key): 'Ik zeg mevrouw Van Dijk toe dat ik de "
      "Kamer vóór 1 april 2027 schriftelijk informeer' (made, dated to the debate; 'Ja, dat neem ik mee in "
      "dezelfde brief' and the chair's summary 'De staatssecretaris zegt toe ...' are the same record); a "
      "member's question about a promise 'bij het vorige debat, op 4 juni 2026' answered 'Die toezegging is "
      "uitgevoerd' (settled, SFin); 'Wil de staatssecretaris toezeggen dat de Kamer jaarlijks ...' 'Dat zeg "
      "ik toe' (made, recurring: no deadline key); 'Ik kan niet toezeggen' is a refusal.  Motions: "
      "'motie-Kat' 'uitgevoerd ... afgedaan' (settled); 'motie van de leden Dekker-Abdulaziz en Idsinga' "
      "(bare '31 066, nr. 1377') 'voer ik uit ... in maart een aanbod' (progress); a motion submitted with "
      "the names under it, 'Zij krijgt nr. 1420 (31 066).' (sponsors, parties null, no relation).  "
      "Own id h-tk-20262027-38-7 (not listed).  Look-alikes: 9 870 zaken, 1,2 miljard, 17.42 uur.",
      "2027-01-20", "handelingen", "2027-01-20", "h-tk-20262027-38-7",
      [K(D + n) for n in ("1412", "1398", "1355", "1377", "1420")],
      [],
      [],
      [M(D + "1355", [S("Kat")], False, "settled"),
       M(D + "1377", [S("Dekker-Abdulaziz"), S("Idsinga")], False, "progress"),
       M(D + "1420", [S("Van Haga"), S("Bruyning")], False)],
      [C(["SFin"], "2027-01-20", "made", deadline="vóór 1 april 2027", about="doorlooptijden CWS"),
       C(["SFin"], "2026-06-04", "settled", about="vast aanspreekpunt Caribisch Nederland"),
       C(["SFin"], "2027-01-20", "made", about="jaarlijks overzicht uitvoeringskosten")])
