from lib import *

write("001_verzamelbrief_ienw_toezeggingen_per_debat", "d1.txt",
      "Margin-form verzamelbrief toezeggingen signed by MIenW (all-caps signature, 'mede namens de "
      "staatssecretaris'): a numbered list per debate whose date is in the heading only ('Commissiedebat "
      "Spoor van 11 november 2026', 'd.d. 3-12-2026', a tweeminutendebat heading with a glued footnote "
      "digit '20262'); items 'De minister zegt toe ...' / 'De staatssecretaris zegt toe ...' with a "
      "'Stand van zaken': settled, progress, addressed ('hierop wordt ingegaan'); motions settled, "
      "verworpen (cited) and in uitvoering; a commitment from a letter (status time 'in mei 2027' is "
      "its deadline); an MKGG commitment only pointed at (no relation key); a new one; the port "
      "authority's promise is no commitment.  Footnotes carry the Kamerstukken and a Handelingen id.",
      "2027-01-14", "brief", "2027-01-14", None,
      [K("kst-29984-1201", "II", "2026-2027"), K("kst-31409-412"), K("kst-29398-1131"),
       K("kst-29398-1128"), K("kst-36800-XII-88", "II", "2026-2027"), K("kst-29023-570", "II", "2026-2027")],
      [H("h-tk-20262027-30-14")],
      [T("TZ202611-087", "toezegging")],
      [M("kst-31409-412", [S("De Groot", "VVD")], False, "settled"),
       M("kst-29398-1131", [S("Olger van Dijk", "NSC"), S("Veltman", "VVD")], False, "cited"),
       M("kst-29398-1128", [S("Bikker", "ChristenUnie")], False, "progress")],
      [C(["MIenW"], "2026-11-11", "settled", venue="Commissiedebat Spoor",
         deadline="voor het einde van het jaar", refs=["TZ202611-087"], about="nachttreinen"),
       C(["MIenW"], "2026-11-11", "progress", venue="Commissiedebat Spoor",
         deadline="in het voorjaar van 2027", about="toegankelijkheid kleine stations"),
       C(["SIenW"], "2026-12-03", "addressed", venue="Commissiedebat Maritiem",
         about="walstroom ('zodra de verordening is vastgesteld' is a condition: deadline left out)"),
       C(["MIenW"], "2026-12-02", "progress", venue="Tweeminutendebat Verkeersveiligheid",
         deadline="in het voorjaar van 2027", about="verkenning 30 km/u"),
       C(["MIenW"], "2026-10-09", "progress", deadline="in mei 2027",
         about="jaarlijkse voortgang bruggen en sluizen (promise in a letter: no venue)"),
       C(["MKGG"], "2026-10-08", venue="commissiedebat Elektriciteitsnet",
         about="laadpleinen; only pointed at ('Zie voor de stand van zaken de brief'): no relation"),
       C(["MIenW"], None, "made", deadline="voor de zomer van 2027", about="overzicht vaardiepte")])
