from lib import *

D = "kst-27923-"
write("005_aanhangsel_antwoord_ocw_lerarentekort_toezeggingen", "d5.txt",
      "Answers to Kamervragen in the Aanhangsel form (vergaderjaar 2026–2027, nr. 612, zaak 2026Z20114, "
      "'(ingezonden 2 november 2026)', 'Antwoord van minister Ter Horst-Valk (Onderwijs, Cultuur en Weten-\\nschap) "
      "(ontvangen 23 november 2026)'; foot 'ah-tk-20262027-612' not listed): kind antwoord, date the ontvangen "
      "date, self_id ah-tk-20262027-612.  ik = MOCW; the question's 'u' is who answers (heldout11).  "
      "Commitments: CD Leraren 'd.d. 16-10-2026' 'beloofd' (question 2), 'Die toezegging loopt nog' (progress; no "
      "term of its own: deadline null); 'kan ik niet toezeggen' a refusal, 'Wel ben ik bereid ... en zal ik u "
      "daarover informeren na afronding van die verkenning' (made, that deadline); SOCW's promise in the "
      "'notaoverleg Passend onderwijs van 15 juni jl.' 'is vertraagd ... voor het kerstreces' (progress; status "
      "time: deadline left out); 'Zoals ik heb aangegeven in het debat over de OCW-begroting van 5\\nnovember "
      "jl., stuur ik uw Kamer het wetsvoorstel in het voorjaar van 2027' (the debate's promise, dated to it; "
      "relation left out: a restatement neither made here nor progressed; plenary: no venue key); 'Ik laat u "
      "voor 1 maart 2027 weten' (made); 'Het kabinet stuurt de Kamer voortaan ieder halfjaar' in the minister's "
      "answer (MOCW, made, recurring: no deadline key).  The PO-Raad's 'toegezegd' is no commitment.  Motion "
      "Soepboer (27 923, nr. 512) 'uitgevoerd met de brief van 9 september jl.' (settled).",
      "2026-11-23", "antwoord", "2026-11-23", "ah-tk-20262027-612",
      [K(D + "512"), K(D + "518")],
      [],
      [T("2026Z20114", "zaak")],
      [M(D + "512", [S("Soepboer")], False, "settled")],
      [C(["MOCW"], "2026-10-16", "progress", venue="commissiedebat Leraren", deadline=None,
         about="overzicht vacatures per regio"),
       C(["MOCW"], None, "made", deadline="na afronding van die verkenning", about="verkenning getroffen scholen"),
       C(["SOCW"], "2026-06-15", "progress", venue="notaoverleg Passend onderwijs",
         about="evaluatie subsidie zij-instromers (vertraagd)"),
       C(["MOCW"], "2026-11-05", deadline="in het voorjaar van 2027", about="wetsvoorstel bevoegdheidseisen"),
       C(["MOCW"], None, "made", deadline="voor 1 maart 2027", about="advies Raad van State tijdig"),
       C(["MOCW"], None, "made", about="halfjaarlijkse stand van zaken lerarentekort")])
