from lib import *

write("007_ek_brief_jenv_stand_t_nummers", "d7.txt",
      "Letter of the minister van JenV (MJenV) 'Mede namens de staatssecretaris van Justitie en Veiligheid' to the "
      "Eerste Kamer's commissie JenV ('Datum 6 oktober 2026', 'Uw kenmerk 179012.01U' is no Kamer number; not a "
      "Kamerstuk: self_id null), one heading per T-number (EK titles '(36.130) (T03601)': the '(36.130)' is a "
      "dossier, no Kamerstuk; the heading belongs to the paragraph under it, its T-number the promise's ref).  "
      "T03601: MJenV, EK plenary of 27 januari 2026 (Handelingen I 2025/26, nr. 17, item 6), 'binnen drie jaar na "
      "inwerkingtreding', 'Het deel van de toezegging dat de opzet betreft, beschouw ik als afgedaan; de evaluatie "
      "zelf volgt in 2028' (progress: only a part is done; plenary: no venue key).  T03615: 'Tijdens het mondeling "
      "overleg met uw commissie op 12 mei 2026' (venue left out: no name), 'halfjaarlijks' (no deadline key), "
      "'gedeeltelijk nagekomen' (progress).  T03598: 'De staatssecretaris' (SJenV) of 9 december 2025 'voor 1 juli "
      "2026', 'in uitvoering', the Rechtspraak's 'voor het kerstreces' (progress; two times: deadline left out).  "
      "T03622: 'De staatssecretaris en ik ... bij dezelfde behandeling' (SJenV + MJenV, 2025-12-09), 'wordt later "
      "dan toegezegd verzonden ... uiterlijk medio 2027' (progress; deadline left out).  'Dat kan ik niet "
      "toezeggen' a refusal; 'Wel ben ik bereid ... en zal ik u daarover voor 1 februari 2027 informeren' (made).  "
      "Motion: 'motie-Dittrich c.s. (Kamerstukken I 2025/26, 36 130, H)' 'daarmee is die motie uitgevoerd' "
      "(settled).  Look-alikes: kenmerk 6190422, Postbus 20017, 2028.",
      "2026-10-06", "brief", "2026-10-06", None,
      [K("kst-36130-K", "I", "2025-2026"), K("kst-36130-H", "I", "2025-2026")],
      [H("h-ek-20252026-17-6")],
      [T("T03601", "toezegging"), T("T03615", "toezegging"), T("T03598", "toezegging"), T("T03622", "toezegging")],
      [M("kst-36130-H", [S("Dittrich")], True, "settled")],
      [C(["MJenV"], "2026-01-27", "progress", deadline="binnen drie jaar na inwerkingtreding", refs=["T03601"],
         about="evaluatie Wet herziening tenuitvoerlegging (opzet afgedaan)"),
       C(["MJenV"], "2026-05-12", "progress", refs=["T03615"], about="halfjaarlijks capaciteit gevangeniswezen"),
       C(["SJenV"], "2025-12-09", "progress", refs=["T03598"], about="handreiking jeugdrechters"),
       C(["SJenV", "MJenV"], "2025-12-09", "progress", refs=["T03622"], about="gegevensuitwisseling reclassering"),
       C(["MJenV"], None, "made", deadline="voor 1 februari 2027", about="opzet brede evaluatie jeugdstrafrecht")])
