from lib import *

write("002_verslag_commissiedebat_szw_arbeidsmarkt", "d2.txt",
      "Verslag van een commissiedebat (Kamerstuk form, own number 29 544 nr. 1322; page footers "
      "repeat the own number) with MSZW and SSZW present, a motion settled and a motion in progress "
      "in the minister's words, and a closing Toezeggingen list of three commitments, each made at the "
      "debate of 7 October 2026 (venue 'commissiedebat' as the gold verslag).  The promises in the "
      "debate text are the same as the list items (one record each).",
      "2026-10-28", "verslag", "2026-10-28", "kst-29544-1322",
      [K("kst-29861-141"), K("kst-29544-1318"), K("kst-29861-128"), K("kst-29544-1290")],
      [],
      [T("2026Z16044", "zaak")],
      [M("kst-29861-128", [S("Van Kent"), S("Patijn")], False, "progress"),
       M("kst-29544-1290", [S("Zeedijk")], False, "settled")],
      [C(["MSZW"], "2026-10-07", "made", venue="commissiedebat", deadline="vóór 1 maart 2027",
         about="advies RvS wetsvoorstel ontkoppeling"),
       C(["MSZW"], "2026-10-07", "made", venue="commissiedebat", deadline="in het najaar van 2027",
         about="ervaringen toelatingsstelsel"),
       C(["SSZW"], "2026-10-07", "made", venue="commissiedebat", deadline="in het eerste kwartaal van 2027",
         about="taaleisen inburgeraars")])
