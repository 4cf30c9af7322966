from lib import *

write("002_begroting_bzk_bijlage_overzicht_moties_toezeggingen", "d2.txt",
      "Memorie van toelichting of the BZK begroting 2027 (37 000 VII, nr. 2; running foot with the own "
      "number and a page), its bijlage 'Overzicht moties en toezeggingen' as a LIST (not a table): per "
      "item 'Vindplaats:' and 'Stand van zaken:' lines.  Motions: 'Kamerstuk 36 600 VII, nr. 38' "
      "(afgedaan: settled), a gewijzigde motie with '(t.v.v. 36600-VII-27)' (progress; the replaced one a "
      "motion without sponsors, cited), 'Kamerstuk 36 600 B, nr. 15' c.s. (progress; 'Kamerstukken 35 925 "
      "B, nrs. 22 en 24' two Kamerstukken), two sponsors with parties (settled), a rijkswet 'Kamerstuk 35 "
      "165 (R2171), nr. 19' (progress).  Toezeggingen: 'De minister' = MBZK, 'De staatssecretaris' = SBZK "
      "(the bijlage's opening names both of BZK); 'Gedaan tijdens: VENUE van/, DATE' gives venue and date; "
      "a TZ number and an EK T-number (refs); a range 'nrs. 1180–1182' (three); a recurring promise "
      "(deadline left out); a plenary promise (venue left out); a joint promise MBZK+MJenV whose term is "
      "only the status's 'na de zomer' (its deadline, heldout5's rule); the EK letter 'Kamerstukken I "
      "2025/26, 34 972, K'.  Look-alikes: Staatscourant, Raad van State number, € amounts, artikel 6.2.",
      "2026-09-15", OMIT, OMIT, "kst-37000-VII-2",
      [K("kst-36600-VII-38"), K("kst-35112-412", "II", "2025-2026"), K("kst-36600-VII-41"),
       K("kst-36600-VII-27"), K("kst-36600-B-15"), K("kst-35925-B-22"), K("kst-35925-B-24"),
       K("kst-26643-1201"), K("kst-35165-19", rijkswet="R2171"),
       K("kst-26643-1180"), K("kst-26643-1181"), K("kst-26643-1182"), K("kst-28844-301"),
       K("kst-34972-K", "I", "2025-2026")],
      [],
      [T("TZ202605-118", "toezegging"), T("T03744", "toezegging")],
      [M("kst-36600-VII-38", [S("Sneller", "D66")], False, "settled"),
       M("kst-36600-VII-41", [S("Chakor"), S("Bikker")], False, "progress"),
       M("kst-36600-VII-27", rel="cited"),
       M("kst-36600-B-15", [S("Van Waveren")], True, "progress"),
       M("kst-26643-1201", [S("Kathmann", "GroenLinks-PvdA"), S("Six Dijkstra", "NSC")], False, "settled"),
       M("kst-35165-19", [S("Bikker")], True, "progress")],
      [C(["MBZK"], "2026-05-14", "progress", venue="commissiedebat Democratie en bestuur",
         deadline="voor 1 januari 2027", refs=["TZ202605-118"], about="pilot burgerberaden"),
       C(["SBZK"], "2025-11-20", "settled", venue="wetgevingsoverleg Digitale overheid",
         about="jaarlijks overzicht Algoritmeregister (recurring: deadline left out)"),
       C(["MBZK"], "2026-04-09", "settled", deadline=None,
         about="gesprek VNG over wethouders; plenary debate, venue left out"),
       C(["MBZK", "MJenV"], "2026-06-03", "progress", venue="commissiedebat Ondermijning",
         deadline="na de zomer", about="gezamenlijke reactie rapport Weerbaar bestuur"),
       C(["SBZK"], "2026-01-13", "settled", deadline=None, refs=["T03744"],
         about="EK: uitvoering Wet modernisering elektronisch bestuurlijk verkeer")])
