from lib import *

D = "kst-24515-"
write("002_brief_mszw_mede_namens_twee_voetnoten", "d2.txt",
      "Letter of the minister van SZW 'Mede namens de staatssecretaris van Sociale Zaken en Werkgelegenheid "
      "en de staatssecretaris Jeugd, Preventie en Sport' (one signature; self_id null; 'Datum 12 maart "
      "2026').  Every reference stands in a numbered footnote at the page foot ('2 Kamerstuk 36 800-XV, nr. "
      "31'), the body carries only glued digits ('c.s.2', 'Heutink/Slagter3', '(NSC)4', 'jl.5', '27 jaar.6', "
      "'jeugdfondsen.7').  Motions (their Kamerstuk from the footnote): Dijkman (GroenLinks-PvdA) c.s. "
      "'uitgevoerd' (settled); 'motie-Heutink/Slagter' 'werkt dit uit ... de overige gemeenten volgen' "
      "(progress); the gewijzigde motie Keulen (NSC) nr. 830 'met haar brief ... afgedaan' (settled), its old "
      "number 'was nr. 826' a motion without sponsors (cited, gold mot-050).  Commitments: MSZW's "
      "tweeminutendebat promise of 11 februari (TZ202602-087) 'kom ik die toezegging na' (settled); SSZW's CD "
      "promise of 4 december 2025 'voor de zomer', 'gereed en gaat als bijlage ... mee' (settled); SJSP's "
      "plenary promise of 29 oktober 2025 (no venue key) 'Zij werkt dat onderzoek ... uit; de resultaten "
      "volgen in het najaar' (progress, status time: deadline left out); 'Verder zegt de staatssecretaris van "
      "SZW toe ... voor 1 juli 2026' (made, SSZW); 'Tot slot zeggen wij toe ... uiterlijk 1 oktober 2026' "
      "(made; 'wij' in a letter sent mede namens two: all three bewindspersonen).  The Jeugdfonds's and the "
      "VNG's part are no commitments.  Look-alikes: 125 000, € 480, 312 000, referentie 2026-0000041877.",
      "2026-03-12", "brief", "2026-03-12", None,
      [K(D + "812"), K("kst-36800-XV-31"), K("kst-36800-XV-44"), K(D + "830"), K(D + "826"), K(D + "835"),
       K(D + "829")],
      [H("h-tk-20252026-14-9")],
      [T("TZ202602-087", "toezegging")],
      [M("kst-36800-XV-31", [S("Dijkman", "GroenLinks-PvdA")], True, "settled"),
       M("kst-36800-XV-44", [S("Heutink"), S("Slagter")], False, "progress"),
       M(D + "830", [S("Keulen", "NSC")], False, "settled"),
       M(D + "826", rel="cited")],
      [C(["MSZW"], "2026-02-11", "settled", venue="tweeminutendebat Armoedebeleid", deadline="voor het zomerreces",
         refs=["TZ202602-087"], about="aantal gezinnen energietoeslag"),
       C(["SSZW"], "2025-12-04", "settled", venue="commissiedebat Armoede- en schuldenbeleid",
         deadline="voor de zomer", about="verkenning landelijke schuldenregeling jongeren"),
       C(["SJSP"], "2025-10-29", "progress", about="sporten kinderen in armoede via jeugdfondsen (plenary)"),
       C(["SSZW"], None, "made", deadline="voor 1 juli 2026", about="pilot vaste contactpersoon Belastingdienst"),
       C(["MSZW", "SSZW", "SJSP"], None, "made", deadline="uiterlijk 1 oktober 2026",
         about="gezamenlijke monitor per gemeente")])
