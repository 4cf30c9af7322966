from lib import *

D = "kst-26643-"
write("002_verslag_commissiedebat_bzk_lijst_besluiten_toezeggingen", "d2.txt",
      "Verslag van een commissiedebat (Kamerstuk 26 643, nr. 1290, 'Vastgesteld 9 december 2026'; the meeting "
      "'op 18 november 2026' with MBZK and SBZK; own number in the foot 'kst-26643-1290' not listed): kind "
      "verslag, date the Vastgesteld date, self_id the own number (heldout4, heldout7).  'Lijst van besluiten en "
      "toezeggingen' first, then a third-person summary; each promise in the list and the summary is one "
      "record, made, dated to the meeting; venue left out (the verslag names no debate title; 'tweeminutendebat "
      "Digitale overheid' is a decision to ask for one).  'De minister stuurt ... voor de zomer van 2027' = 'De "
      "minister zegt toe ...' (MBZK); 'De staatssecretaris informeert ... uiterlijk medio 2027' = 'zegde toe' "
      "(SBZK); 'De minister en de staatssecretaris sturen ... in Q2 2027' = 'Beiden zeggen dat toe' (MBZK + "
      "SBZK, one record).  The CD Digitale overheid promise of 14 mei 2026 'is vertraagd ... na afronding van het "
      "onderzoek' (SBZK, progress; status time: deadline left out); the begroting promise of '6 november jl.' "
      "'na de jaarwisseling' 'verzonden ..., waarmee die toezegging is afgedaan' (MBZK, settled; plenary: no "
      "venue key).  'kan hij niet toezeggen' a refusal; 'Als de Raad van State ..., zal de minister bezien of' "
      "a conditional non-promise.  Motion: 'motie-Kathmann' (26 643, nr. 1198) 'in uitvoering' (progress; the "
      "speaker's '(GroenLinks-PvdA)' is no party of the motion reference).  Zaak 2026Z19807.  Look-alikes: ISSN "
      "0921 - 7371, AI-verordening.",
      "2026-12-09", "verslag", "2026-12-09", D + "1290",
      [K(D + "1271"), K(D + "1284"), K(D + "1198"), K("kst-36800-VII-77")],
      [],
      [T("2026Z19807", "zaak")],
      [M(D + "1198", [S("Kathmann")], False, "progress")],
      [C(["MBZK"], "2026-11-18", "made", deadline="voor de zomer van 2027", about="brief algoritmen gemeenten"),
       C(["SBZK"], "2026-11-18", "made", deadline="uiterlijk medio 2027", about="pilot DigiD op identiteitskaart"),
       C(["MBZK", "SBZK"], "2026-11-18", "made", deadline="in Q2 2027", about="reactie advies RvS digitale inclusie"),
       C(["SBZK"], "2026-05-14", "progress", venue="commissiedebat Digitale overheid",
         about="toegankelijkheid DigiD ouderen (vertraagd)"),
       C(["MBZK"], "2026-11-06", "settled", deadline="na de jaarwisseling", about="brief Wet open overheid")])
