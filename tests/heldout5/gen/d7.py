from lib import *

write("007_brief_szw_noodfonds_lookalikes", "d7.txt",
      "Margin-form letter signed by MSZW (lower-case signature 'de Minister van Sociale Zaken / en "
      "Werkgelegenheid,') with many look-alikes and few references: counts and amounts shaped like "
      "dossiers ('29 282 aanvragen', '21 501', '€ 8 860 000', 'Stcrt. 2026, 36 410'), artikel 3, lid 5, "
      "phone numbers, KvK/RSIN, IBAN, a contract number '31473-25', a postcode, ECLI and a RvS "
      "zaaknummer, an ombudsman report number, a gemeenteraad motion 'M 2026-14', 'de handelingen van "
      "de provincie', an EU directive and COM document, a stichting's promise.  Real: a zaak number, "
      "one motion settled (first name 'Inge van Dijk'), one new commitment.",
      "2026-12-09", "brief", "2026-12-09", None,
      [K("kst-29023-544")],
      [],
      [T("2026Z18211", "zaak")],
      [M("kst-29023-544", [S("Inge van Dijk", "CDA")], True, "settled")],
      [C(["MSZW"], None, "made", deadline="voor de behandeling van de Voorjaarsnota 2027",
         about="eindstand noodfonds en structurele regeling")])
