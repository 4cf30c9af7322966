from lib import *

write("001_ek_toezeggingenregister_export_jenv", "d1.txt",
      "Export of the Eerste Kamer's toezeggingenregister for the commissie J&V ('Datum export: 28 november "
      "2025'), one block per T-number with label columns (Nummer, Titel, Status, Kabinetslid, Datum toezegging, "
      "Termijn, Omschrijving, Stand van zaken).  Kind left out, date the export date, self_id null (heldout8's "
      "EK export).  One commitment per block: actors from 'Kabinetslid' (two ministers on two lines: MJenV + "
      "MBZK; 'staatssecretaris Rechtsbescherming' SRb), date 'Datum toezegging', deadline the 'Termijn' field "
      "(also where a later stand gives a new time, as heldout8's export), refs the T-number.  Relation: "
      "'voldaan' settled; 'deels voldaan' progress; 'termijn verstreken' with a stand reporting the delay "
      "progress; 'openstaand' with stand '-' left out (a bare list item).  Titles' '(35.447)', '(36.300 VI)' "
      "are dossiers, no Kamerstukken; 'Kamerstukken I 2025/26, 35 447, P' and '36 512, B' are EK letters.  The "
      "motie-Bruijn c.s. (36 268, G) is only named (cited).  'Bij brief d.d. 16-10-2025' is a letter, no "
      "commitment date; the College voor de Rechten van de Mens's 'heeft toegezegd' is no commitment.",
      "2025-11-28", OMIT, "2025-11-28", None,
      [K("kst-35447-P", "I", "2025-2026"), K("kst-36268-G"), K("kst-36512-B", "I", "2025-2026")],
      [],
      [T("T03245", "toezegging"), T("T03381", "toezegging"), T("T03402", "toezegging"), T("T03517", "toezegging"),
       T("T03560", "toezegging"), T("T03588", "toezegging"), T("T03611", "toezegging")],
      [M("kst-36268-G", [S("Bruijn")], True, "cited")],
      [C(["MJenV"], "2021-11-09", "settled", deadline="1 januari 2025", refs=["T03245"],
         about="evaluatie Wet gegevensverwerking samenwerkingsverbanden; voldaan"),
       C(["SJenV"], "2023-03-14", "progress", deadline="31 december 2024", refs=["T03381"],
         about="rapportages forensische zorg; deels voldaan, tweede rond de jaarwisseling"),
       C(["MJenV", "MBZK"], "2023-05-23", deadline="1 juli 2026", refs=["T03402"],
         about="knelpunten gegevensdeling gemeenten-politie; openstaand, stand '-'"),
       C(["SRb"], "2024-06-11", "progress", deadline="1 oktober 2025", refs=["T03517"],
         about="onderzoek griffierechten; termijn verstreken, vertraagd tot Q1 2026"),
       C(["MJenV"], "2025-04-01", "settled", deadline="1 oktober 2025", refs=["T03560"],
         about="uitvoeringstoets Rvdr slachtofferrechten; voldaan met brief"),
       C(["SJenV"], "2025-07-01", deadline="voor de behandeling van de begroting 2027", refs=["T03588"],
         about="bezetting PI's per regio; openstaand, stand '-'"),
       C(["MJenV"], "2025-09-30", "progress", deadline="in het najaar", refs=["T03611"],
         about="advies CRM mensenrechtentoets; deels voldaan")])
