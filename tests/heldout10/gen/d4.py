from lib import *

D = "kst-29279-"
write("004_convocatie_commissiedebat_strafrechtketen_zaken", "d4.txt",
      "Gewijzigde convocatie of a commissiedebat of the vaste commissie JenV (kind and date left out: a "
      "convocatie is none of the listed kinds for certain and has a sending date and a meeting date; self_id "
      "null).  'Agendapunt N:' headings, 'Zaak: Brief regering - Minister van ... - 2027Z04418' broken over "
      "lines, Kamerstukken in the Kamer site's form 'Kamerstuk 29 279-912' and '36 600-VI-88', a bijlage's "
      "document number, 'Besluit:' lines.  The convocatie's own 'Kenmerk 2027Z06612' is a Kamer zaak number "
      "and listed.  Motions: the letter title 'Uitvoering van de motie van het lid Ellian over ... (Kamerstuk "
      "29 279-890)' and the 'Noot:' on the motion Sneller (D66) / Mutluer (GroenLinks-PvdA) 'wordt bij "
      "agendapunt 1 betrokken' are only mentioned (cited).  No commitments: 'De griffier zegt toe ...' and "
      "'De staatssecretaris wordt verzocht ...' are none (heldout7).  Look-alikes: '070 - 318 2 911', "
      "'4 minuten per fractie', 'procedurevergadering 24\\nmaart 2027'.",
      "2027-04-14", OMIT, OMIT, None,
      [K(D + "912"), K(D + "913"), K("kst-31839-1012"), K(D + "890"), K(D + "915"), K(D + "905"),
       K("kst-36600-VI-88"), K(D + "884")],
      [],
      [T("2027Z06612", "zaak"), T("2027Z04418", "zaak"), T("2027Z04419", "zaak"), T("2027D15523", "document"),
       T("2027Z05120", "zaak"), T("2027Z05777", "zaak"), T("2027Z03998", "zaak"), T("2027Z06034", "zaak")],
      [M(D + "890", [S("Ellian")], False, "cited"),
       M(D + "884", [S("Sneller", "D66"), S("Mutluer", "GroenLinks-PvdA")], False, "cited")],
      [])
