from lib import *

D = "kst-31066-"
write("007_commissiebrief_griffie_financien_verzoek_stand", "d7.txt",
      "A letter of the vaste commissie voor Financiën (its griffie) to the minister van Financiën, 'Den Haag, "
      "26 november 2026', 'Ons kenmerk 2026Z21345/2026D50123' (a zaak and a document number glued by a "
      "slash).  Kind brief, date of the letter, self_id null.  'De commissie verzoekt u ...': the addressee "
      "'u' is the minister (MFin; heldout11's 'the question's u is who answers').  Motions in a list with "
      "their numbers at the item's end: Idsinga c.s. (cited), Vijlbrief and Grinwis 'u in uw brief van 1 "
      "oktober jl. (Kamerstuk 31 066, nr. 1510) heeft gemeld dat deze motie is uitgevoerd' (settled: the text "
      "says an earlier letter did it, tests/gold), the gewijzigde 'motie-Inge van Dijk/Van Oostenbruggen' "
      "'(31 066, nr. 1507, was\\nnr. 1499)' (cited; the old number a motion without sponsors, cited, "
      "heldout7/11), 'motie-Sneller c.s. ... die door de Kamer op 3 juni 2025 is aangenomen' (cited: the "
      "commissie asks about it).  Commitments named only to ask about them, cited: MFin's CD Belastingdienst "
      "promise of 8 oktober 2026 'voor 1 december 2026' (TZ202610-027); SFin's (the staatssecretaris van "
      "Financiën, 'zij') promise in the 'tweeminutendebat Hersteloperatie toeslagen op 12 november jl.' (no "
      "term: deadline null).  'De griffier zal de antwoorden ... verspreiden' and the commissie's request "
      "'uiterlijk 9 december 2026 te beantwoorden' are no commitments.  Look-alikes: 'Postbus 20201', '2500 "
      "EE', 'EUR 29.279 miljoen', '75-plussers', '070-3182211', 'artikel 5.2, lid 1, van de Wet IB 2001', "
      "'commissiedebat Belastingdienst van 11 december 2026' (a debate to come).",
      "2026-11-26", "brief", "2026-11-26", None,
      [K("kst-36725-1"), K("kst-36800-IX-14"), K(D + "1502"), K(D + "1507"), K(D + "1499"), K(D + "1510"),
       K(D + "1480")],
      [],
      [T("2026Z21345", "zaak"), T("2026D50123", "document"), T("TZ202610-027", "toezegging"),
       T("2026D48811", "document")],
      [M("kst-36800-IX-14", [S("Idsinga")], True, "cited"),
       M(D + "1502", [S("Vijlbrief"), S("Grinwis")], False, "settled"),
       M(D + "1507", [S("Inge van Dijk"), S("Van Oostenbruggen")], False, "cited"),
       M(D + "1499", rel="cited"),
       M(D + "1480", [S("Sneller")], True, "cited")],
      [C(["MFin"], "2026-10-08", "cited", venue="commissiedebat Belastingdienst", deadline="voor 1 december 2026",
         refs=["TZ202610-027"], about="planning herstel box 3"),
       C(["SFin"], "2026-11-12", "cited", venue="tweeminutendebat Hersteloperatie toeslagen", deadline=None,
         about="uitkomsten gesprek Belastingdienst/Toeslagen integrale beoordeling")])
