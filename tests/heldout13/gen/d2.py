from lib import *

write("002_jaarverslag_szw_bijlage_openstaande_moties_toezeggingen", "d2.txt",
      "Jaarverslag SZW 2025 (36 930 XV, nr. 1), its annex 'Bijlage 4 Overzicht openstaande moties en "
      "toezeggingen' as the Kamerstuk PDF prints it (head 'Tweede Kamer der Staten-Generaal  2', foot "
      "'kst-36930-XV-1', ISSN, page 87).  Kind and date left out (heldout8's jaarverslag), self_id scored.  "
      "Motions, each with 'Vindplaats:' and 'Stand van zaken:': Ceder c.s. 'loopt tot eind 2026 ... wordt de "
      "Kamer ... geïnformeerd' (progress); Van Kent and Maatoug 'uitgevoerd en kan als afgedaan worden "
      "beschouwd' (settled; the Verzamelwet 'Kamerstuk 36 752, nr. 2' no motion); the gewijzigde motie Podt "
      "'In uitvoering' (progress) and the one it replaces 't.v.v. 36 600 XV, nr. 90' (cited, no sponsors, "
      "tests/gold); 'Motie-Aartsen/Léon de Jong' 'wordt betrokken bij het onderzoek' (progress).  "
      "Commitments: 'De minister' is MSZW, 'De staatssecretaris' SSZW (heldout8); CD Arbeidsmarktbeleid "
      "'vertraagd ... loopt nog' (progress, own term the deadline); the WGO promise 'd.d. 02-10-2025 "
      "(TZ202510-014)' 'jaarlijks', 'doorlopend' (progress, recurring: no deadline key; the rapportage "
      "'Kamerstuk 32 043, nr. 690' a Kamerstuk); the begroting promise '(Handelingen II 2024/25, nr. 19, item "
      "6)' dated null (heldout11), no venue key, 'stuurt deze voor 1 mei 2026' (progress; a status time: "
      "deadline left out); the schriftelijk overleg promise 'een brief volgt na de zomer' (progress, deadline "
      "left out).  Look-alikes: the table (2023, 22, 35), '2026Z06112' (a zaak number), '070 333 44 44', "
      "'Postbus 90801, 2509 LV', 'EUR 29.279 duizend', 'artikel 2, lid 3', '27 jaar'.",
      "2026-05-20", OMIT, OMIT, "kst-36930-XV-1",
      [K("kst-36410-XV-51"), K("kst-36600-XV-88"), K("kst-36752-2"), K("kst-36600-XV-90"),
       K("kst-36600-XV-104"), K("kst-29389-140"), K("kst-32043-690")],
      [H("h-tk-20242025-19-6")],
      [T("TZ202510-014", "toezegging"), T("2026Z06112", "zaak")],
      [M("kst-36410-XV-51", [S("Ceder")], True, "progress"),
       M("kst-36600-XV-88", [S("Van Kent"), S("Maatoug")], False, "settled"),
       M("kst-36600-XV-104", [S("Podt")], False, "progress"),
       M("kst-36600-XV-90", rel="cited"),
       M("kst-29389-140", [S("Aartsen"), S("Léon de Jong")], False, "progress")],
      [C(["MSZW"], "2025-03-12", "progress", venue="commissiedebat Arbeidsmarktbeleid",
         deadline="voor de zomer van 2025", about="resultaten proef regionaal loonkostenvoordeel (vertraagd)"),
       C(["SSZW"], "2025-10-02", "progress", venue="wetgevingsoverleg Wet toekomst pensioenen",
         refs=["TZ202510-014"], about="jaarlijks aantal bezwaren overgang nieuw stelsel (doorlopend)"),
       C(["MSZW"], None, "progress", about="begrotingsbehandeling: uitvoeringstoets UWV vereenvoudiging WIA"),
       C(["SSZW"], "2025-11-06", "progress", venue="schriftelijk overleg Armoede- en schuldenbeleid",
         about="uitkomsten gesprek NSR over wachttijden")])
