from lib import *

write("003_beslisnota_vws_advies_seh_toezeggingen", "d3.txt",
      "Beslisnota to the minister van VWS ('Aan Minister van VWS', 'Datum 3 februari 2027', margin column "
      "with Kenmerk repeated beside the 'Kern' bullets, Woo redaction '5.1.2e', two sections numbered 3).  "
      "'1. Advies / Wij adviseren u' (the officials: no commitments).  Commitments of 'u' (common.md): the "
      "CD promise of 12 november 2026 'voor het kerstreces', late, 'Met de bijgaande brief doet u deze "
      "toezegging alsnog gestand' (settled, heldout7 006); 'In de brief zegt u daarnaast toe ... voor 1 juni "
      "2027' (made).  'Uw ambtsvoorganger ... op 7 maart 2026 ... (TZ202603-118)' = the addressee's office "
      "MVWS, 'nagekomen' (settled; venue a plenary-looking 'debat over het Integraal Zorgakkoord': left "
      "out).  SJSP's promise 'in het commissiedebat Acute zorg' (the debate of 12 november named above), "
      "'Zij doet dat in haar eigen brief in maart' (progress; deadline left out).  The NZa's 'heeft "
      "toegezegd' is no commitment.  Motions: 'motie-Daniëlle Jansen (NSC)' 'als afgedaan gemeld' "
      "(settled); 'motie van het lid Dijk c.s. (SP)' (bare '29 247, nr. 451') 'wordt niet uitgevoerd; de "
      "brief legt uit waarom' (addressed).  'Kamerstuk 37 000 XVI, nr. 2'; 'Kamerstukken II 2026/27, 29 247, "
      "nr. 452'; 'Handelingen II 2025/26, nr. 58, item 9'.  Look-alikes: 14 van de 84, 45 minuten, "
      "€ 180 000, 'artikel 2', the kenmerk.",
      "2027-02-03", "beslisnota", "2027-02-03", None,
      [K("kst-29247-448"), K("kst-29247-451"), K("kst-29247-455"), K("kst-37000-XVI-2"),
       K("kst-29247-452", "II", "2026-2027")],
      [H("h-tk-20252026-58-9")],
      [T("TZ202603-118", "toezegging")],
      [M("kst-29247-448", [S("Daniëlle Jansen", "NSC")], False, "settled"),
       M("kst-29247-451", [S("Dijk", "SP")], True, "addressed")],
      [C(["u"], "2026-11-12", "settled", venue="commissiedebat Acute zorg", deadline="voor het kerstreces",
         about="overzicht SEH-posten met beperkte openingstijden"),
       C(["u"], None, "made", deadline="voor 1 juni 2027", about="uitkomst overleg acute zorgnetwerken"),
       C(["MVWS"], "2026-03-07", "settled", refs=["TZ202603-118"], about="ambulancezorg Wadden"),
       C(["SJSP"], "2026-11-12", "progress", venue="commissiedebat Acute zorg", about="letselpreventie")])
