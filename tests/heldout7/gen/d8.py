from lib import *

V = "wetgevingsoverleg Sport en bewegen"
write("008_verslag_wetgevingsoverleg_sport", "d8.txt",
      "Verslag van een wetgevingsoverleg (37 000 XVI, nr. 74, kind verslag, date the 'Vastgesteld' "
      "date): SVWS (named in the opening) answers members; a motion read out in the WGO with its names "
      "under it ('Zij krijgt nr. 81 (37 000-XVI).': sponsors the names, parties null, no relation: "
      "submitted and given an oordeel); an earlier motion in progress ('loopt'), "
      "'motie-Slagt-Tichelman c.s.' uitgevoerd (settled); 'mijn amendement op stuk nr. 35' a Kamerstuk "
      "of the dossier, no motion.  Commitments made in the WGO are dated to the meeting (a vastgesteld "
      "commissieverslag, as tests/gold) with the venue as the chair names it: 'Ja, dat zeg ik toe' "
      "(deadline from the question), 'Wel zeg ik hem toe ...' (deadline 'voor de zomer van 2027'); the "
      "chair's list repeats them (one record each); a refusal ('niet toezeggen') is none; the previous "
      "WGO's commitment afgedaan (venue not named: left out).  Look-alikes: € 4 000 000, 12,5%.",
      "2026-12-18", "verslag", "2026-12-18", "kst-37000-XVI-74",
      [K("kst-30234-420"), K("kst-37000-XVI-2"), K("kst-36600-XVI-88"), K("kst-37000-XVI-81"),
       K("kst-30234-401"), K("kst-37000-XVI-35"), K("kst-30234-412", "II", "2025-2026")],
      [],
      [],
      [M("kst-36600-XVI-88", [S("Krul"), S("Paulusma")], False, "progress"),
       M("kst-37000-XVI-81", [S("Krul"), S("Paulusma")], False),
       M("kst-30234-401", [S("Slagt-Tichelman")], True, "settled")],
      [C(["SVWS"], "2026-11-23", "made", venue=V, deadline="voor 1 april 2027", about="vervolg sportbuurtbanen"),
       C(["SVWS"], "2026-11-23", "made", venue=V, deadline="voor de zomer van 2027",
         about="besteding per regio in de brief over Sportakkoord III"),
       C(["SVWS"], "2025-11-17", "settled", about="onderzoek sportblessures ouderen ('afgedaan')")])
