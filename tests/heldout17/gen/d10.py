from lib import *

write("010_brief_szw_twee_ondertekenaars_pdftotext_plat_vervallen", "d10.txt",
      "Kamerbrief signed by the minister (MSZW) and the staatssecretaris (SSZW) van Sociale Zaken en "
      "Werkgelegenheid, 30 november 2026, as pdftotext without -layout gives it (the margin column's lines "
      "between the address and the body, repeated at the top of page 2; a footnote at the foot of page 2, "
      "its digit glued 'mkb1').  'wij' = both signers (heldout9/11); 'de minister' / 'de staatssecretaris' "
      "= the signing MSZW / SSZW.  Commitments: MSZW's CD Arbeidsmarktbeleid promise of 14 januari 2026 "
      "'afgedaan met de brief van 3 maart jl.' (settled, tests/gold: also when an earlier letter did it); "
      "SSZW's vragenuur promise of 6 oktober jl. (no venue key) 'Hierbij ontvangt u dat rapport; daarmee is "
      "de toezegging nagekomen' (settled); SSZW's tweeminutendebat promise of 9 april 2026 'voor 1 november "
      "2026' given 'gedeeltelijk invulling' (progress, heldout10); MSZW's CD Arbeidsmigratie promise "
      "(TZ202602-088) 'niet nakomen en beschouwen haar als vervallen' with a reason (addressed, "
      "heldout11/14); new: 'Wij zeggen toe dat wij u uiterlijk in het eerste kwartaal van 2027 ...' (MSZW+SSZW "
      "made) and 'De staatssecretaris informeert uw Kamer daarnaast rond Prinsjesdag 2027' (SSZW made, "
      "heldout14 007); 'Indien ... zullen wij bezien of' none.  Motions: Oudshoorn c.s. (29 544, nr. 1301) "
      "settled; Baarsma (nr. 1305) 'Wij kunnen de motie daarom niet uitvoeren' (addressed: handled, neither "
      "done nor a step); Zwanenburg/Talsma (footnote nr. 1312) 'wordt betrokken bij het onderzoek ...; zij is "
      "nog niet afgedaan' (progress).  Look-alikes: Onze referentie 2026-0000247781, Postbus 90801.",
      "2026-11-30", "brief", "2026-11-30", None,
      [K("kst-29544-1290"), K("kst-29544-1301"), K("kst-29544-1305"), K("kst-29544-1312")],
      [],
      [T("TZ202602-088", "toezegging")],
      [M("kst-29544-1301", [S("Oudshoorn")], True, "settled"),
       M("kst-29544-1305", [S("Baarsma")], False, "addressed"),
       M("kst-29544-1312", [S("Zwanenburg"), S("Talsma")], False, "progress")],
      [C(["MSZW"], "2026-01-14", "settled", venue="commissiedebat Arbeidsmarktbeleid",
         about="handhaving Waadi, afgedaan met eerdere brief"),
       C(["SSZW"], "2026-10-06", "settled", about="rapport niet-gebruik bijzondere bijstand (vragenuur)"),
       C(["SSZW"], "2026-04-09", "progress", venue="tweeminutendebat Armoede- en schuldenbeleid",
         deadline="voor 1 november 2026", about="beslagvrije voet, gedeeltelijk"),
       C(["MSZW"], "2026-02-11", "addressed", venue="commissiedebat Arbeidsmigratie", deadline="voor 1 juli 2026",
         refs=["TZ202602-088"], about="certificeringsplicht, vervallen"),
       C(["MSZW", "SSZW"], None, "made", deadline="uiterlijk in het eerste kwartaal van 2027",
         about="voorstel beslagvrije voet"),
       C(["SSZW"], None, "made", deadline="rond Prinsjesdag 2027", about="koopkracht alleenstaande ouders")])
