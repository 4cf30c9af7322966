from lib import *

D = "2026-10-28"
write("005_verslag_wetgevingsoverleg_fin_amendementen", "d5.txt",
      "Verslag van een wetgevingsoverleg (36 720, nr. 12, 'Vastgesteld 16 november 2026': kind verslag, date "
      "the Vastgesteld date, self_id the own number) of 28 oktober 2026 on the Wet toegang betaalrekeningen "
      "with the minister van Financiën (MFin, 'Minister Brouwer-Tjon:').  Amendments are Kamerstukken "
      "('op stuk nr. 8', 'het amendement-Van Eijk/Marsman op stuk nr. 9', 'op stuk nr. 11, ter vervanging van "
      "nr. 10': the dossier of the bill, chamber and year null), no motions.  Promises dated to the meeting, "
      "venue left out: 'Kan de minister toezeggen dat zij voor de stemmingen ... laat berekenen?' / 'Ja, die "
      "laat ik berekenen. U krijgt de berekening voor de stemmingen.'; 'Ik zeg toe dat ik daarover nog voor "
      "de plenaire afronding een nota van wijziging indien'; 'stuur ik u in het eerste kwartaal van 2027 een "
      "brief'.  The chair's list repeats the three.  Older: 'Bij het wetgevingsoverleg Wet bekostiging "
      "financieel toezicht van 20 mei jl. heb ik toegezegd ... daarmee is die toezegging ingelost' (settled, "
      "venue as named).  Not promises: 'Daar ga ik niet over ... Dat kan ik dus niet toezeggen', the "
      "member's 'De minister zei eerder dat zij ... zou kijken' (no date, no place: the same promise the "
      "answer makes now).  The bill '(Kamerstuk 36 720)' without a number is no Kamerstuk.  Look-alikes: "
      "16.45 uur.",
      "2026-11-16", "verslag", "2026-11-16", "kst-36720-12",
      [K("kst-36720-8"), K("kst-36720-3"), K("kst-36720-9"), K("kst-36720-11"), K("kst-36720-10"),
       K("kst-36720-7")],
      [], [], [],
      [C(["MFin"], D, rel="made", deadline="voor de stemmingen", about="berekening uitvoeringskosten amendement nr. 9"),
       C(["MFin"], D, rel="made", deadline="voor de plenaire afronding", about="nota van wijziging bewaartermijn"),
       C(["MFin"], D, rel="made", deadline="in het eerste kwartaal van 2027", about="brief DNB crypto-betaalrekeningen"),
       C(["MFin"], "2026-05-20", rel="settled", venue="wetgevingsoverleg Wet bekostiging financieel toezicht",
         deadline=None, about="toezichtskosten kleine banken, ingelost")])
