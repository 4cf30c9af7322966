from lib import *

D = "2026-11-12"
write("007_stenogram_commissiedebat_defensie_sprekers_hoofdletters", "d7.txt",
      "Ongecorrigeerd stenogram of the commissiedebat Personeel Defensie ('Verslag CD van 12 november 2026') "
      "with the minister (MDef) and the staatssecretaris (SDef) van Defensie; speaker labels in capitals "
      "without names ('MINISTER VAN DEFENSIE:', 'STAATSSECRETARIS VAN DEFENSIE:', 'MEVROUW HEERINK (VVD):', "
      "'DE VOORZITTER:').  Kind left out (a stenogram, heldout6/11), date the meeting's, self_id null.  "
      "Promises dated to the meeting, venue left out (heldout11 003): MDef 'Ik zeg toe dat ik de Kamer voor "
      "het kerstreces een brief stuur'; 'Kan de minister ook toezeggen dat de Kamer voor 1 maart 2027 ...?' / "
      "'Ja, dat kan ik toezeggen.'; the minister promising for the staatssecretaris 'De staatssecretaris zal "
      "de Kamer in het voorjaar informeren over de kinderopvang' (SDef; the staatssecretaris's 'Zoals de "
      "minister zei: ... krijgt u van mij in het voorjaar' is the same record); SDef 'Ik zeg u toe dat u voor "
      "1 februari 2027 de cijfers ... ontvangt'; 'Ik kom daar voor de behandeling van de Defensienota "
      "schriftelijk op terug'.  The chair's list repeats the five.  Older: SDef 'In het commissiedebat "
      "Reservisten van 1 oktober jl. heb ik toegezegd ... daarmee is die toezegging afgedaan' (settled).  Not "
      "promises: 'Nee, dat kan ik niet toezeggen', 'daar ga ik ... niet over onderhandelen', 'Dat ga ik hier "
      "niet toezeggen'.  Look-alikes: 5%, 14.00 uur, 16.31 uur.",
      D, OMIT, D, None,
      [], [], [], [],
      [C(["MDef"], D, rel="made", deadline="voor het kerstreces", about="brief uitstroom luchtmacht"),
       C(["MDef"], D, rel="made", deadline="voor 1 maart 2027", about="evaluatie loongebouw ('Ja, dat kan ik toezeggen')"),
       C(["SDef"], D, rel="made", deadline="in het voorjaar", about="kinderopvang kazernes (door de minister namens de staatssecretaris)"),
       C(["SDef"], D, rel="made", deadline="voor 1 februari 2027", about="cijfers reservisten per krijgsmachtdeel"),
       C(["SDef"], D, rel="made", deadline="voor de behandeling van de Defensienota", about="veteranenbeleid, schriftelijk"),
       C(["SDef"], "2026-10-01", rel="settled", venue="commissiedebat Reservisten", deadline=None,
         about="werkgeversvergoeding reservisten, afgedaan")])
