from lib import *

DAY = "2026-10-14"
write("002_verslag_commissiedebat_lvvn_kgg_toezeggingen_voorgelezen", "d2.txt",
      "Verslag van een commissiedebat (35 334, nr. 412, Vastgesteld 6 november 2026) of 14 oktober 2026 with "
      "the minister van LVVN (MLVVN, 'Minister Hendriksen:') and the minister van KGG (MKGG, 'Minister Van "
      "Loon-Pietersz:'), both named in the opening paragraph; the chair reads the toezeggingen at the end "
      "('De minister van LVVN zegt toe ...', 'De minister van LVVN en de minister van KGG zeggen toe').  "
      "Kind verslag, date Vastgesteld, self_id the own number (heldout12).  Each promise is one record, made, "
      "dated to the debate, no venue key (heldout14 002: the list adds no records beyond the spoken promises): "
      "MLVVN 'Ja, dat zeg ik toe. U krijgt binnen zes weken een reactie' (deadline 'binnen zes weken'), "
      "'Ik zeg toe dat ik de Kamer voor de zomer van 2027 informeer', 'Voor het kerstreces ontvangt u van mij "
      "een brief'; MKGG 'bij de Voorjaarsnota 2027 laat ik u weten'; MKGG+MLVVN 'De minister van LVVN en ik "
      "sturen u medio 2027'.  An older promise (CD of 19 maart, 'voor 1 september') named by a member, "
      "answered 'is vertraagd ... in december' (MLVVN progress, dated 2026-03-19, own term as deadline, no "
      "venue key).  Motions: Lamberink (35 334, nr. 380) 'beschouw ik nog niet als afgedaan' (progress; "
      "sponsor from 'mijn motie' of the member Lamberink and 'motie-Lamberink', party left out of the "
      "record: the motion itself is not written with a party); Van Gilst-Roos (nr. 371; the agenda's "
      "second number, nr. 402, is the letter on it) 'daarmee is de motie uitgevoerd' (settled).  No commitment: 'kan ik niet toezeggen', the member's 'Kan de minister "
      "toezeggen' (answered: the minister's), 'heeft een tweeminutendebat aangevraagd'.",
      "2026-11-06", "verslag", "2026-11-06", "kst-35334-412",
      [K("kst-35334-398"), K("kst-35334-371"), K("kst-35334-402"), K("kst-35334-380")],
      [],
      [T("2026Z15530", "zaak")],
      [M("kst-35334-380", [S("Lamberink")], False, "progress"),
       M("kst-35334-371", [S("Van Gilst-Roos")], False, "settled")],
      [C(["MLVVN"], "2026-03-19", "progress", deadline="voor 1 september", about="ecologische autoriteit, vertraagd"),
       C(["MLVVN"], DAY, "made", deadline="binnen zes weken", about="reactie rapport Adviescollege Stikstofruimte"),
       C(["MLVVN"], DAY, "made", deadline="voor de zomer van 2027", about="uitkomsten pilots emissiearme stallen"),
       C(["MLVVN"], DAY, "made", deadline="voor het kerstreces", about="vergunningverlening PAS-melders"),
       C(["MKGG"], DAY, "made", deadline="bij de Voorjaarsnota 2027", about="middelen gebiedsprogramma's"),
       C(["MLVVN", "MKGG"], DAY, "made", deadline="medio 2027", about="gezamenlijke brief piekbelasting en netcongestie")])
