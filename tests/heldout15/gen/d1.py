from lib import *

D = "kst-31839-"
write("001_verzamelbrief_vws_jeugd_pdftotext_commissieverzoek", "d1.txt",
      "Verzamelbrief of the staatssecretaris Jeugd, Preventie en Sport (SJSP; title 'BRIEF VAN DE "
      "STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT', signed 'De staatssecretaris Jeugd, Preventie "
      "en Sport') of 2 april 2026, 31 839, nr. 1012, in pdftotext form: a form feed between the pages, the "
      "page count glued to the head, the own number in the foot and in the page-2 header (self_id, not a "
      "reference), words hyphenated at line ends, footnote numbers glued to words ('rapport1', 'c.s.2', "
      "'Jeugd3') and the footnotes at the page foot.  It answers the commissie's request 'Bij brief van 12 "
      "maart jl.' (zaak 2026Z04417).  Sections: CD Jeugd 9 oktober 2025 promise 'voor het einde van het jaar' "
      "settled ('Met deze brief is de toezegging afgedaan'); motion Dobbe c.s. (footnote 2: 31 839, nr. 1001) "
      "settled; motion Kerstens and Van Hattem-Bos (nr. 1004) progress ('De uitvoering loopt ... informeer ik "
      "u in de volgende voortgangsbrief'); the tweeminutendebat promise TZ202509-071 'voor de zomer van 2026' "
      "progress ('loopt dus nog'; the status time 'in mei' no deadline); a schriftelijk overleg promise "
      "(answers in footnote 3: nr. 1008; its date not given: null) settled ('Hiermee kom ik de toezegging "
      "na'); MVWS's CD Acute zorg promise handled in an own letter: progress (heldout9/14); a new promise "
      "'uiterlijk in september 2026' made.  Not commitments: 'kan ik niet toezeggen', 'zal ik bezien of' "
      "after a condition, the VNG's 'heeft toegezegd'.  Look-alikes: EUR 29.279, ECLI, 'artikel 2.3, lid "
      "5', ISBN, ISSN, phone number, Postbus and postcode, '42 jeugdregio's'.",
      "2026-04-02", "brief", "2026-04-02", D + "1012",
      [K(D + "1001"), K(D + "1004"), K(D + "1008")],
      [],
      [T("2026Z04417", "zaak"), T("TZ202509-071", "toezegging")],
      [M(D + "1001", [S("Dobbe")], True, "settled"),
       M(D + "1004", [S("Kerstens"), S("Van Hattem-Bos")], False, "progress")],
      [C(["SJSP"], "2025-10-09", "settled", venue="commissiedebat Jeugd", deadline="voor het einde van het jaar",
         about="verkenning jeugdhulpplicht"),
       C(["SJSP"], "2025-09-25", "progress", venue="tweeminutendebat Jeugdbescherming",
         deadline="voor de zomer van 2026", refs=["TZ202509-071"], about="wachttijden GI's, loopt nog"),
       C(["SJSP"], None, "settled", about="tarievenoverzicht ambulante jeugdhulp (SO, date not given)"),
       C(["MVWS"], "2026-01-22", "progress", venue="commissiedebat Acute zorg",
         about="ambulancezorg jongeren, eigen brief"),
       C(["SJSP"], None, "made", deadline="uiterlijk in september 2026", about="resultaten expertisetafels")])
