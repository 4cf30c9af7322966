from lib import *

D = "kst-29544-"
write("005_brief_mszw_moties_als_opsomming_stand_van_zaken", "d5.txt",
      "Letter on letterhead of the minister van SZW 'mede namens de staatssecretaris' (self_id null; 'Datum "
      "9 maart 2027'; page 2's margin column repeated; 'Pagina 1 van 2').  Motions as dash bullets '- de "
      "motie van het lid X (Partij) over Y (Kamerstuk ...): status;': 'afgedaan' (settled), 'in uitvoering; "
      "ik informeer u hierover voor 1 juli 2027' (progress; no commitment, heldout7), a 'gewijzigde motie van "
      "het lid Patijn c.s. (GroenLinks-PvdA)' 'uitgevoerd met de brief van 19 januari jl.4' (settled), "
      "'motie-Ceder (ChristenUnie)' 'Kamer-\\nstuk 28 719, nr. 143' 'wordt meegenomen in de Voorjaarsnota' "
      "(progress), an aangehouden one 'alleen ter informatie genoemd' (cited).  Promises as bullets: 'door "
      "mij gedaan in het commissiedebat Arbeidsmarktbeleid van 9 oktober 2026' 'afgedaan met deze brief' "
      "(settled); SSZW's WGO promise (TZ202611-044) 'de toets is gestart' "
      "(progress); 'mijn toezegging aan de Eerste Kamer van 30 september 2026 (T03714)' 'uitgevoerd' "
      "(settled, EK letter 'Kamerstukken I 2026/27, 36 220, F').  New: 'Ik zeg toe dat ik dat doe en dat uw "
      "Kamer de uitkomst voor 1 december 2027 ontvangt' (made).  A gemeente Rotterdam motion and "
      "'raadsvoorstel 2026-1187' are no Kamer references.",
      "2027-03-09", "brief", "2027-03-09", None,
      [K(D + "1298"), K(D + "1271"), K("kst-36905-2"), K(D + "1276"), K(D + "1290"), K("kst-28719-143"),
       K("kst-32043-698"), K("kst-36220-F", "I", "2026-2027"), K(D + "1301")],
      [],
      [T("TZ202611-044", "toezegging"), T("T03714", "toezegging")],
      [M(D + "1271", [S("Van Kent", "SP")], False, "settled"),
       M(D + "1276", [S("Léon de Jong", "PVV"), S("Flach", "SGP")], False, "progress"),
       M(D + "1290", [S("Patijn", "GroenLinks-PvdA")], True, "settled"),
       M("kst-28719-143", [S("Ceder", "ChristenUnie")], False, "progress"),
       M("kst-32043-698", [S("Vijlbrief", "D66")], False, "cited")],
      [C(["MSZW"], "2026-10-09", "settled", venue="commissiedebat Arbeidsmarktbeleid",
         about="effecten Wet arbeidsmarkt in balans"),
       C(["SSZW"], "2026-11-16", "progress", venue="wetgevingsoverleg Pensioenen", refs=["TZ202611-044"],
         about="onafhankelijke toets transitieplannen"),
       C(["MSZW"], "2026-09-30", "settled", refs=["T03714"], about="EK: uitvoerbaarheid minimumuurloon"),
       C(["MSZW"], None, "made", deadline="voor 1 december 2027", about="gevolgen verbod voor uitzendbureaus")])
