from lib import *

write("004_beslisnota_aenm_spreiding_tabelkop_advies", "d4.txt",
      "Beslisnota of the Directie Migratiebeleid to the minister van Asiel en Migratie (addressee 'u'; "
      "kenmerk 6812044, 19 november 2025) in a style the other sets lack: a label table at the top "
      "('Toezegging/motie  Ja', 'Nummer  TZ202510-014', 'Motie  Kamerstuk 19 637, nr. 3351', 'Deadline  1 "
      "december 2025'), 'U wordt geadviseerd:' with dashes.  Commitments: u's CD promise of 1 oktober 2025 "
      "'voor 1 december 2025' settled ('Bijgaand treft u de brief aan waarmee u deze toezegging nakomt', "
      "'Met de brief komt u de toezegging ... na'; refs the TZ number of the table); 'in te stemmen met de "
      "passage in de brief waarin u toezegt de Kamer in het voorjaar van 2026 te informeren' (u made, "
      "common.md); 'Uw ambtsvoorganger' (the office, MAenM, as heldout14 006) tweeminutendebat promise of 12 "
      "februari 2025 settled ('daarmee is ook deze toezegging afgedaan').  Motions: Vondeling and Ceder-Baas "
      "progress ('De uitvoering loopt'; 'over de verdere uitvoering informeert' is that motion's progress, no "
      "new promise: tests/gold); 'De aangenomen motie-Hulshof c.s. (36 704, nr. 31) vraagt' cited.  Not "
      "commitments: advice not to take over a request, the COA's and the commissaris van de Koning's "
      "'heeft toegezegd'.  Not Kamerstukken: '(36 704)' and '36 800-VII' (dossiers without a number), "
      "'artikel 37.2'.  Look-alikes: Postbus/postcode, 06- and 070 numbers, kenmerk, 96.412, EUR 1.287 mln, "
      "'artikel 4, lid 1', dates.",
      "2025-11-19", "beslisnota", "2025-11-19", None,
      [K("kst-19637-3351"), K("kst-36704-31"), K("kst-19637-3340")],
      [],
      [T("TZ202510-014", "toezegging"), T("2025Z19117", "zaak")],
      [M("kst-19637-3351", [S("Vondeling"), S("Ceder-Baas")], False, "progress"),
       M("kst-36704-31", [S("Hulshof")], True, "cited")],
      [C(["u"], "2025-10-01", "settled", venue="commissiedebat Vreemdelingen- en asielbeleid",
         deadline="voor 1 december 2025", refs=["TZ202510-014"], about="stand spreidingsafspraken"),
       C(["u"], None, "made", deadline="in het voorjaar van 2026", about="evaluatie noodopvanglocaties"),
       C(["MAenM"], "2025-02-12", "settled", venue="tweeminutendebat Vreemdelingen- en asielbeleid",
         deadline=None, about="kosten noodopvang (ambtsvoorganger)")])
