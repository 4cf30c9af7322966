from lib import *

write("006_brief_lnv_2020_uitstel_toezeggingen", "d6.txt",
      "Letter of the minister van LNV (MLNV) of 14 januari 2020 postponing promises (letterhead margin repeated "
      "on page 2, 'Pagina 1 van 2', glued footnote digit 'nr. 201)1', hyphenation 'feb-\\nruari').  Commitments: "
      "the AO Visserij promise '(AO d.d. 05/12)' = 2019-12-05 (the latest 5 December not after the letter), 'voor "
      "1 feb-\\nruari 2020', 'De brief wordt daardoor later dan toegezegd verzonden: u ontvangt hem uiterlijk 1 "
      "april 2020' (progress; two terms: deadline left out, heldout4); 'In het notaoverleg over de Visserijwet van "
      "11 november 2019 heb ik u beloofd', 'is vertraagd ... na afronding van het onderzoek, naar verwachting in "
      "Q2 2020' (progress; status time: deadline left out); MIenW and MLNV's joint AO Water promise of 28 november "
      "2019 'voor de zomer', 'volgt daarom na het zomerreces' (MIenW + MLNV, progress, deadline left out); the "
      "vragenuur promise of '3 december jl.' 'nagekomen en kan als afgedaan worden beschouwd' (settled; plenary: "
      "no venue key; no term: deadline null); 'Daarnaast zal ik u voor het zomerreces informeren' (made).  'kan "
      "ik op dit moment niet toezeggen. Als de Europese Commissie ..., zal ik opnieuw bezien' no commitment.  "
      "Motions: Bisschop (SGP) 'Over de uitvoering van die motie bericht ik u in dezelfde brief van 1 april' "
      "(progress, no commitment); Geurts and Lodders 'uitgevoerd met mijn brief van 18 december 2019' (settled).  "
      "Look-alikes: kenmerk DGA-VIS / 20004711, Postbus 20401.",
      "2020-01-14", "brief", "2020-01-14", None,
      [K("kst-29664-196"), K("kst-35300-XIV-42"), K("kst-29664-201"), K("kst-29664-203")],
      [],
      [],
      [M("kst-29664-196", [S("Bisschop", "SGP")], False, "progress"),
       M("kst-35300-XIV-42", [S("Geurts"), S("Lodders")], False, "settled")],
      [C(["MLNV"], "2019-12-05", "progress", venue="AO Visserij", about="gevolgen verbod pulsvisserij (later)"),
       C(["MLNV"], "2019-11-11", "progress", venue="notaoverleg over de Visserijwet",
         about="onderzoek teruggezette vis (vertraagd)"),
       C(["MIenW", "MLNV"], "2019-11-28", "progress", venue="AO Water", about="verzilting Zeeland (later)"),
       C(["MLNV"], "2019-12-03", "settled", deadline=None, about="overleg Friesland Waddenvisserij"),
       C(["MLNV"], None, "made", deadline="voor het zomerreces", about="visserijrechten na Brexit")])
