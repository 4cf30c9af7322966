from lib import *

write("005_besluitenlijst_procedurevergadering_jenv", "d5.txt",
      "Besluitenlijst of a procedurevergadering of the vaste commissie JenV: agendapunten with 'Zaak: "
      "Brief regering - ...' lines, compact Kamerstukken at a line end ('- 29911-412', '- 28638-241'), "
      "zaak and document numbers, 'Besluit:' and 'Noot:' lines.  Kind and date left out (a besluitenlijst "
      "is none of the listed kinds for certain; meeting 13 January, list dated 14 January); self_id "
      "null.  Commitments: MJenV's CD commitment 'geeft de minister invulling aan' (settled, TZ number), "
      "SJenV's promise made in her letter of 8 January, only reported here (cited, deadline 'voor 1 mei "
      "2027'), MJenV's CD JBZ-Raad commitment 'dat gebeurt in deze geannoteerde agenda' (settled).  No "
      "commitment: the griffier's 'zegt toe', 'De minister wordt verzocht', and 'De toezegging om ... "
      "(TZ202606-201) is nog niet nagekomen' (neither who nor where/when: the TZ number only, the gold's "
      "rule).  Motions: Mutluer c.s. uitgevoerd (heading and item are one), 'motie-Van Nispen/\\nEllian' "
      "and Eerdmans's motion cited (a request to react, to include in a debate).  Look-alikes: COM(2026) "
      "412, ECLI, '28 638 toevoegingen', phone, postcode.",
      "2027-01-14", OMIT, OMIT, None,
      [K("kst-29911-412"), K("kst-36600-VI-52"), K("kst-28638-241"), K("kst-36600-VI-61"),
       K("kst-32317-944"), K("kst-29628-1288")],
      [H("ah-tk-20262027-1033")],
      [T("2027Z00451", "zaak"), T("2026Z21456", "zaak"), T("2027D00871", "document"),
       T("2027D00102", "document"), T("TZ202610-014", "toezegging"), T("TZ202606-201", "toezegging")],
      [M("kst-36600-VI-52", [S("Mutluer")], True, "settled"),
       M("kst-36600-VI-61", [S("Van Nispen"), S("Ellian")], False, "cited"),
       M("kst-29628-1288", [S("Eerdmans")], False, "cited")],
      [C(["MJenV"], "2026-10-02", "settled", venue="commissiedebat Georganiseerde criminaliteit",
         refs=["TZ202610-014"], about="voortgang aanpak ondermijning ('geeft ... invulling aan')"),
       C(["SJenV"], "2027-01-08", "cited", deadline="voor 1 mei 2027",
         about="evaluatie B8-regeling, promised in her letter of 8 January"),
       C(["MJenV"], "2026-12-04", "settled", venue="commissiedebat JBZ-Raad",
         about="inzet e-evidencepakket ('dat gebeurt in deze geannoteerde agenda')")])
