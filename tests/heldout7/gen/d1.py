from lib import *

write("001_verslag_schriftelijk_overleg_arbeidsmigratie", "d1.txt",
      "Verslag van een schriftelijk overleg (29 544, nr. 1312, kind verslag, date the 'Vastgesteld' "
      "date): questions per fractie, then 'Reactie van de minister' (the minister of SZW, named in the "
      "opening, so 'ik' is MSZW).  A motion asked about and then in progress; a gewijzigde motie "
      "('nr. 139, was nr. 131': the old number a Kamerstuk and a motion without sponsors, cited) "
      "settled; 'de motie-Vermeer c.s.' settled.  The CD commitment of '8 oktober jl.' with a status "
      "time 'voor 1 april 2027' (the promise stated none: its deadline; the member's 'Kan de minister "
      "toezeggen ...?' is the same promise), a new one after a refusal ('kan ik ... niet toezeggen. Wel "
      "zeg ik toe ...'), SSZW's tweeminutendebat commitment 'd.d. 07/12' nagekomen.  Look-alikes: "
      "0800-29544, artikel 7, lid 2, '29 861 meldingen', Stcrt.; the provincie Limburg's promise is no "
      "commitment.",
      "2027-01-21", "verslag", "2027-01-21", "kst-29544-1312",
      [K("kst-29544-1298"), K("kst-29861-142"), K("kst-29861-139"), K("kst-29861-131"),
       K("kst-36600-XV-58"), K("kst-29544-1309"), K("kst-29544-1301")],
      [],
      [],
      [M("kst-29861-142", [S("De Kort", "PVV")], False, "progress"),
       M("kst-29861-139", [S("Patijn"), S("Van Kent")], False, "settled"),
       M("kst-29861-131", rel="cited"),
       M("kst-36600-XV-58", [S("Vermeer")], True, "settled")],
      [C(["MSZW"], "2026-10-08", "progress", venue="commissiedebat Arbeidsmigratie",
         deadline="voor 1 april 2027", about="uitkomsten pilot certificering uitzendbureaus"),
       C(["MSZW"], None, "made", deadline="voor de zomer van 2027",
         about="evaluatie bereikbaarheid meldpunt (after 'kan ik ... niet toezeggen')"),
       C(["SSZW"], "2026-12-07", "settled", venue="tweeminutendebat Arbeidsmarktbeleid", deadline=None,
         about="handhaving gelijke beloning uitzendkrachten ('nagekomen')")])
