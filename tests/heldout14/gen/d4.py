from lib import *

write("004_brief_szw_overzicht_toezeggingen_tabs", "d4.txt",
      "Letter of the minister van SZW (MSZW) of 27 november 2025, sent 'mede namens' the staatssecretaris "
      "(SSZW), with a Word-exported bijlage whose columns are parted by tab characters (Nummer, Omschrijving, "
      "Bewindspersoon, Termijn, Stand van zaken), one row per TZ number on one line.  One commitment per row: "
      "actors from the Bewindspersoon cell ('Minister SZW en minister OCW': MSZW + MOCW), date from the 'd.d. "
      "DD-MM-YYYY' in Omschrijving, venue the debate named there ('CD Arbeidsmarktbeleid'; plenary vragenuur, "
      "'plenair debat' and begrotingsbehandeling: no venue key), deadline the Termijn cell ('-' null), refs "
      "the TZ number.  'Afgedaan' settled; 'Loopt', 'In uitvoering', 'Vertraagd' progress; 'Open' left out "
      "(heldout10).  The letter's 'De staatssecretaris heeft in het tweeminutendebat Pensioenen toegezegd ... "
      "volgt dus later dan gepland' is the same promise as TZ202505-112 (one record).  New: 'Ik stuur uw Kamer "
      "voor het zomerreces 2026 het volgende overzicht' (MSZW made; ik is the signer).  'kan ik u niet "
      "toezeggen' a refusal; the Stichting van de Arbeid's 'heeft ... toegezegd' no commitment.  Motions in a "
      "second table: Kroonenberg (BBB) 'Uitgevoerd' settled, Yilmaz c.s. 'In uitvoering' progress.  "
      "Look-alikes: Onze referentie 2025-0000289417, Postbus 90801.",
      "2025-11-27", "brief", "2025-11-27", None,
      [K("kst-29544-1290"), K("kst-26448-803"), K("kst-29544-1301"), K("kst-36600-XV-38")],
      [],
      [T("TZ202503-041", "toezegging"), T("TZ202505-112", "toezegging"), T("TZ202506-007", "toezegging"),
       T("TZ202509-033", "toezegging"), T("TZ202510-019", "toezegging"), T("TZ202510-088", "toezegging"),
       T("TZ202511-004", "toezegging")],
      [M("kst-29544-1301", [S("Kroonenberg", "BBB")], False, "settled"),
       M("kst-36600-XV-38", [S("Yilmaz")], True, "progress")],
      [C(["MSZW"], "2025-03-12", "settled", venue="CD Arbeidsmarktbeleid", deadline="voor het zomerreces 2025",
         refs=["TZ202503-041"], about="pilot regionale mobiliteitsteams"),
       C(["SSZW"], "2025-05-22", "progress", venue="tweeminutendebat Pensioenen", deadline="rond de jaarwisseling",
         refs=["TZ202505-112"], about="overzicht transitie pensioenfondsen"),
       C(["MSZW", "MOCW"], "2025-06-05", "progress", deadline="in het najaar", refs=["TZ202506-007"],
         about="gezamenlijke brief schoolkosten"),
       C(["SSZW"], "2025-09-17", "settled", venue="CD Arbeidsongeschiktheid",
         deadline="voor de behandeling van de begroting", refs=["TZ202509-033"], about="wachttijden UWV"),
       C(["MSZW"], "2025-10-07", deadline=None, refs=["TZ202510-019"], about="vragenuur: gesprek vleessector; Open"),
       C(["MSZW"], "2025-10-29", "progress", venue="CD Arbeidsmigratie", deadline="uiterlijk Q1 2026",
         refs=["TZ202510-088"], about="reactie advies Adviesraad Migratie (vertraagd)"),
       C(["SSZW"], "2025-11-05", "progress", deadline="voor 1 maart 2026", refs=["TZ202511-004"],
         about="evaluatie Wet vereenvoudiging kindregelingen"),
       C(["MSZW"], None, "made", deadline="voor het zomerreces 2026", about="volgend overzicht toezeggingen")])
