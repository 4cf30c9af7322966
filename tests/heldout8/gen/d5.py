from lib import *

write("005_uitstelbrief_maenm_evaluatie_spreidingswet", "d5.txt",
      "Uitstelbrief: a Kamerstuk letter (19 637, nr. 3412, 'BRIEF VAN DE MINISTER VOOR ASIEL EN "
      "MIGRATIE', 'Den Haag, 11 december 2026'; footer 'kst-19637-3412 / ISSN ...') 'mede namens de "
      "staatssecretaris van Justitie en Veiligheid' ('ik' = MAenM).  The promise of the commissiedebat "
      "'van 20 mei jongstleden' to send the evaluatie 'voor 1 december 2026' is not kept on time; new term "
      "'uiterlijk 1 maart 2027' (progress; deadline the promise's own term, common.md); a new 'Wel zal ik "
      "uw Kamer voor het kerstreces de tussenrapportage ... sturen' (made); SJenV's EK promise 'op 10 maart "
      "2026 ... (T03802)' (progress, no term); MAenM's tweeminutendebat promise '(d.d. 12/06)' nagekomen "
      "'met mijn brief van 28 november jl.' (settled); SJenV's promise named in the JBZ verslag, undated, "
      "only pointed at ('ik ga hier niet verder op in': relation left out).  Motions: c.s. whose "
      "uitvoering 'schuift op' (progress); two sponsors with parties, 'ik zie de motie met het verschijnen "
      "van de evaluatie als afgedaan' (future: progress).  'Kamerstukken 36 333, nrs. 1–3' (three), "
      "compact 'Kamerstuk 19637-3390', '32317-912'.  The VNG's 'heeft toegezegd' is no commitment.  "
      "Look-alikes: Verordening (EU) 2024/1348, ECLI, zaaknummer 202604123/1/V1, ISSN, 342/211 gemeenten.",
      "2026-12-11", "brief", "2026-12-11", "kst-19637-3412",
      [K("kst-36333-1"), K("kst-36333-2"), K("kst-36333-3"), K("kst-19637-3390"), K("kst-19637-3301"),
       K("kst-27062-141"), K("kst-19637-3405"), K("kst-32317-912")],
      [],
      [T("T03802", "toezegging")],
      [M("kst-19637-3301", [S("Brekelmans")], True, "progress"),
       M("kst-27062-141", [S("Van Dijk", "SGP"), S("Podt", "D66")], False, "progress")],
      [C(["MAenM"], "2026-05-20", "progress", venue="commissiedebat Vreemdelingen- en asielbeleid",
         deadline="voor 1 december 2026", about="evaluatie spreidingswet, uitgesteld tot uiterlijk 1 maart 2027"),
       C(["MAenM"], None, "made", deadline="voor het kerstreces", about="tussenrapportage onderzoeksbureau"),
       C(["SJenV"], "2026-03-10", "progress", refs=["T03802"],
         about="EK: evaluatie ook aan de Eerste Kamer; plenary, venue left out; no term"),
       C(["MAenM"], "2026-06-12", "settled", venue="tweeminutendebat Asielopvang", deadline=None,
         about="overleg COA noodopvang sporthallen"),
       C(["SJenV"], None, about="terugkeerverordening, named in the JBZ verslag; only pointed at")])
