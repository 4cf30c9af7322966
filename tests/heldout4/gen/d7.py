from lib import *

write("007_jaarverslag_jenv_bijlage_moties_toezeggingen", "d7.txt",
      "Jaarverslag (Kamerstuk form, own number 36 740 VI nr. 1, 'Ontvangen 20 mei 2026') reduced to "
      "its bijlage 'Overzicht moties en toezeggingen': two three-column tables whose cells wrap and "
      "interleave, page footers with page numbers.  Motions Afgerond (settled), Loopt (progress), "
      "Verworpen (cited), 'zie ook de motie-Brekelmans' (cited); toezeggingen of MJenV, SJenV, MAenM "
      "dated by 'd.d. 15-05-2025' or '9 juli / 2025' in the vindplaats cell.  Venues are left out "
      "(each is split over the interleaved cell lines), and so is the SJenV deadline (the promise "
      "says 'voor 1 juli 2026', the status a new time: the two conventions disagree).  Kind left "
      "out (a jaarverslag: 'other' or nothing a reader can be sure of).",
      "2026-05-20", None, "2026-05-20", "kst-36740-VI-1",
      [K("kst-36600-VI-32"), K("kst-29628-1301"), K("kst-28684-771"), K("kst-29279-902"),
       K("kst-36600-VI-47"), K("kst-19637-3344"), K("kst-19637-3310"), K("kst-24587-1012"),
       K("kst-19637-3371")],
      [],
      [T("TZ202505-077", "toezegging")],
      [M("kst-36600-VI-32", [S("Ellian", "VVD")], False, "settled"),
       M("kst-28684-771", [S("Mutluer"), S("Van Nispen")], False, "progress"),
       M("kst-29279-902", [S("Sneller")], True, "settled"),
       M("kst-36600-VI-47", [S("Van Dijk", "SGP")], False, "cited"),
       M("kst-19637-3344", [S("Eerdmans", "JA21")], False, "progress"),
       M("kst-19637-3310", [S("Brekelmans")], False, "cited")],
      [C(["MJenV"], "2025-05-15", "settled", refs=["TZ202505-077"], about="capaciteit PI's"),
       C(["SJenV"], "2025-11-24", "progress", about="evaluatie taakstraffen jongeren"),
       C(["MAenM"], "2025-07-09", "settled", about="doorlooptijden IND"),
       C(["MJenV"], "2025-04-03", "progress", about="aangifte online fraude")])
