from lib import *

D = "kst-36800-XVI-"
write("004_kamerstuk_motie_en_gewijzigde_motie_vws_begroting", "d4.txt",
      "A Kamerstuk PDF as officielebekendmakingen prints it, two motions on two pages of the begroting VWS "
      "2026 (36 800 XVI): 'Nr. 45 MOTIE VAN HET LID DE KORTE-ELSHOUT / Voorgesteld 12 november 2025' and 'Nr. "
      "52 GEWIJZIGDE MOTIE VAN DE LEDEN VAN WAVEREN EN OUDEKERK TER VERVANGING VAN DIE GEDRUKT ONDER NR. "
      "40 / Voorgesteld 13 november 2025'; the PDF's head 'Tweede Kamer der Staten-Generaal  2' (a page "
      "count glued to the line), the footers 'kst-36800-XVI-45', 'ISSN', ''s-Gravenhage 2025  Tweede Kamer, "
      "vergaderjaar 2025–2026, 36 800 XVI, nr. 45  1'.  The document is the first motion: kind motie, date "
      "and self_id from page 1 (nr. 45, not listed as a Kamerstuk); the second page's motion nr. 52 is "
      "another Kamerstuk printed in the same file, listed with its sponsors from its header (Van Waveren, "
      "Oudekerk; the third signature adds no sponsor) and, like nr. 45, no relation (its own motion text).  "
      "'ter vervanging van die gedrukt onder nr. 40' is a motion without sponsors (cited, dossier from the "
      "header).  Cited in the considerations: 'motie-Rijpstra (Kamerstuk 32 793, nr. 801)', 'motie-Oudekerk "
      "c.s. (36 600 XVI,\\nnr. 112)', the brief 'Kamerstuk 36 800 XVI, nr. 9'.  Look-alikes: 14 000, dertien "
      "weken, 23 uur, ISSN 0921 - 7371, 1 juli 2026.",
      "2025-11-12", "motie", "2025-11-12", D + "45",
      [K(D + "52"), K(D + "40"), K("kst-32793-801"), K(D + "9"), K("kst-36600-XVI-112")],
      [],
      [],
      [M(D + "45", [S("De Korte-Elshout")], False),
       M(D + "52", [S("Van Waveren"), S("Oudekerk")], False),
       M(D + "40", rel="cited"),
       M("kst-32793-801", [S("Rijpstra")], False, "cited"),
       M("kst-36600-XVI-112", [S("Oudekerk")], True, "cited")],
      [])
