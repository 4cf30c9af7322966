from lib import *

write("007_raadsinformatiebrief_gemeente_moties_toezeggingen_lookalike", "d7.txt",
      "Raadsinformatiebrief of a gemeente's wethouder to the gemeenteraad, shaped like a Kamer 'stand van "
      "zaken moties en toezeggingen' letter (dash bullets with a status after a colon).  Kind left out (a "
      "gemeente letter is none of the Kamer kinds for certain), date the letter's 'Datum', self_id null.  "
      "Raadsmoties ('Motie M12 van de fractie GroenLinks', 'M27 ... van de fracties D66 en CDA', 'M31 van het "
      "raadslid Van Zanten (PvdA)') and a raadsamendement are no Kamer motions; promises of a wethouder, the "
      "burgemeester, the college and the signing wethouder's own 'Zoals ik ... heb toegezegd' / 'Ik zeg u toe' "
      "are no commitments (only a bewindspersoon's promise to the Kamer is one; earlier sets: provincie, "
      "griffier, Rekenkamer), nor the provincie's.  'T2026-031' and 'T2026-047' are gemeente numbers, no Kamer "
      "toezegging numbers; kenmerken '27.0031245', 'raadsbesluit 2027-0412' no Kamer numbers.  The one Kamer "
      "reference: the minister's letter 'Kamerstuk 32 847, nr. 1250'.  Look-alikes: '€ 32 847 duizend', "
      "'104 000 woningen', '14 030', glued footnote digit 'Europaweg1'.",
      "2027-05-18", OMIT, "2027-05-18", None,
      [K("kst-32847-1250")],
      [],
      [],
      [],
      [])
