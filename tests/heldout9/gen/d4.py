from lib import *

write("004_kabinetsreactie_rekenkamer_bruggen_sluizen_ienw", "d4.txt",
      "Kabinetsreactie on an Algemene Rekenkamer report, a Kamerstuk letter (36 712, nr. 2, 'BRIEF VAN DE "
      "MINISTER EN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT', 'Den Haag, 26 februari 2027', "
      "signed by both: 'wij' = MIenW + SIenW; own number in the foot 'kst-36712-2' and 'vergaderjaar "
      "2026–2027, 36 712, nr. 2', not listed).  The Rekenkamer's 'beveelt aan', 'zegt toe in 2029 een "
      "vervolgonderzoek te doen' and 'nawoord' are no commitments; 'Wel betrekken wij de uitkomsten bij de "
      "Voorjaarsnota' is an intention, no promise to the Kamer.  Made: 'Wij sturen uw Kamer uiterlijk in het "
      "derde kwartaal van 2027 ...' and 'Daarnaast zeggen wij toe dat het MIRT vanaf 2028 een bijlage "
      "krijgt' (recurring: no deadline key).  MIenW's CD MIRT promise of 25 juni 2026 'Die doorlichting "
      "loopt; de uitkomsten volgen na de zomer' (progress; deadline left out); SIenW's tweeminutendebat "
      "promise '(d.d. 02/10)' = 2 October 2026, 'geïn-\\nformeerd3; de bediening is per 1 januari verruimd' "
      "(settled).  Motions: 'motie van het lid Van der Graaf (ChristenUnie) c.s.' (party before c.s.) "
      "'uitgevoerd' (settled); 'motie-Minhas/De Hoop' 'Kamerstuk 36 410 A, nr. 29' 'afgedaan' (settled).  "
      "'Kamerstuk 35 570-XII, nr. 47', footnote 'Kamerstukken 36 600 XII, nrs. 12–13' broken over lines.  "
      "Look-alikes: p. 54-58, 1 514 objecten, 161, 40%, 2032, ISSN.",
      "2027-02-26", "brief", "2027-02-26", "kst-36712-2",
      [K("kst-36712-1"), K("kst-35570-XII-47"), K("kst-36410-A-29"), K("kst-31409-468"),
       K("kst-36600-XII-12"), K("kst-36600-XII-13")],
      [],
      [],
      [M("kst-35570-XII-47", [S("Van der Graaf", "ChristenUnie")], True, "settled"),
       M("kst-36410-A-29", [S("Minhas"), S("De Hoop")], False, "settled")],
      [C(["MIenW", "SIenW"], None, "made", deadline="uiterlijk in het derde kwartaal van 2027",
         about="meerjarige prioritering vervangingsopgave"),
       C(["MIenW", "SIenW"], None, "made", about="MIRT-bijlage technische staat vanaf 2028"),
       C(["MIenW"], "2026-06-25", "progress", venue="commissiedebat MIRT", about="doorlichting onderhoudsbudget"),
       C(["SIenW"], "2026-10-02", "settled", venue="tweeminutendebat Scheepvaart",
         about="brugbediening weekend")])
