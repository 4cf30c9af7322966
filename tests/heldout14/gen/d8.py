from lib import *

write("008_brief_ienw_stand_toezeggingen_pipetabel", "d8.txt",
      "Letter of the staatssecretaris van IenW (SIenW) of 4 december 2025 before the CD Spoor, with a table "
      "parted by pipes ('| Nr. | Omschrijving | Bewindspersoon | Termijn | Stand van zaken |', a '|-----|' rule), "
      "one row per TZ number on one line.  One commitment per row: actors from the Bewindspersoon cell "
      "('Minister' MIenW, 'Staatssecretaris' SIenW: the letter says 'Staatssecretaris ben ik'; 'Minister en "
      "staatssecretaris' both), date from the brackets after the debate, venue the debate on one line ('CD "
      "Spoor'; plenair debat and vragenuur: no venue key), deadline the Termijn cell ('-' null), refs the TZ "
      "number.  'Afgerond' settled; 'Lopend' and 'Deels afgerond' progress; 'Vervalt: ...' with its reason "
      "addressed (heldout11).  Body: the CD Openbaar vervoer en taxi promise of '8 oktober jl.' 'nog niet "
      "afgerond ... rond de jaarwisseling' (progress; status time, no own term: deadline left out).  New: 'Ik "
      "stuur u voor het zomerreces van 2026 een nieuwe stand van zaken' (SIenW made), 'De minister en ik "
      "zullen uw Kamer ... voor het commissiedebat Spoor van het voorjaar informeren' (MIenW + SIenW made).  "
      "'kan ik niet toezeggen' a refusal; the NS's 'heeft wel toegezegd' no commitment.  Motions: "
      "Vermeer-Dijk c.s. 'is uitgevoerd' (settled); Bouwmeester-Lie (D66) 'voer ik uit ...; over de voortgang "
      "informeer ik u' (progress).  Look-alikes: Kenmerk IENW/BSK-2025/318207, Rijnstraat 8, 2033.",
      "2025-12-04", "brief", "2025-12-04", None,
      [K("kst-29893-412"), K("kst-29984-1188"), K("kst-29984-1201")],
      [],
      [T("TZ202502-044", "toezegging"), T("TZ202504-109", "toezegging"), T("TZ202505-018", "toezegging"),
       T("TZ202506-131", "toezegging"), T("TZ202509-007", "toezegging"), T("TZ202510-052", "toezegging")],
      [M("kst-29984-1188", [S("Vermeer-Dijk")], True, "settled"),
       M("kst-29984-1201", [S("Bouwmeester-Lie", "D66")], False, "progress")],
      [C(["SIenW"], "2025-10-08", "progress", venue="commissiedebat Openbaar vervoer en taxi",
         about="OV-studentenkaart nachttreinen, verkenning loopt"),
       C(["MIenW"], "2025-02-12", "settled", venue="CD Spoor", deadline="voor het zomerreces",
         refs=["TZ202502-044"], about="ProRail winterweer; Afgerond"),
       C(["SIenW"], "2025-04-10", "progress", venue="tweeminutendebat Spoor", deadline="in het najaar van 2025",
         refs=["TZ202504-109"], about="spreiding reizigers; Lopend, vertraagd"),
       C(["MIenW", "SIenW"], "2025-05-15", "progress", deadline=None, refs=["TZ202505-018"],
         about="verbinding Duitsland; Deels afgerond"),
       C(["SIenW"], "2025-06-25", "progress", venue="CD Openbaar vervoer en taxi", deadline="uiterlijk eind 2026",
         refs=["TZ202506-131"], about="evaluatie Wp2000; Lopend"),
       C(["MIenW"], "2025-09-03", "settled", venue="CD Spoorveiligheid",
         deadline="voor de behandeling van de begroting", refs=["TZ202509-007"], about="onbewaakte overwegen"),
       C(["SIenW"], "2025-10-14", "addressed", deadline=None, refs=["TZ202510-052"],
         about="vragenuur: treinkaart ouderen; Vervalt met reden"),
       C(["SIenW"], None, "made", deadline="voor het zomerreces van 2026", about="nieuwe stand van zaken"),
       C(["MIenW", "SIenW"], None, "made", deadline="voor het commissiedebat Spoor van het voorjaar",
         about="aanbesteding hoofdrailnet na 2033")])
