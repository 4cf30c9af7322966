from lib import *

write("003_lijst_vragen_antwoorden_begroting_ezk", "d3.txt",
      "Lijst van vragen en antwoorden over the EZK begroting 2027 (37 000 XIII, nr. 11, kind verslag, "
      "date the 'Vastgesteld' date); the answers are the minister's ('De minister heeft deze vragen "
      "beantwoord'), so 'ik' is MEZK.  Numbered questions naming toezeggingen: a CD commitment with a "
      "new time (progress; the promise's own term and the new time differ, deadline left out), 'Kan "
      "de minister toezeggen ...?' answered 'Ja. Ik zeg toe ...' (made), a passive TZ-numbered "
      "commitment 'nagekomen' (settled, actors []), an MKGG commitment only pointed at (no relation), "
      "'ontvangt u voor het kerstreces' (made).  Motions settled and in progress ('over de uitkomst "
      "informeer ik u').  Look-alikes: '37 000 aanvragen', '212 310 ondernemingen', artikel/lid, KvK.",
      "2026-10-29", "verslag", "2026-10-29", "kst-37000-XIII-11",
      [K("kst-37000-XIII-2"), K("kst-36600-XIII-47"), K("kst-32637-640", "II", "2025-2026"),
       K("kst-37000-XXIII-2"), K("kst-21501-30-612")],
      [],
      [T("TZ202603-041", "toezegging"), T("2026Z16112", "zaak")],
      [M("kst-36600-XIII-47", [S("Vermeer", "BBB")], False, "settled"),
       M("kst-21501-30-612", [S("Kisteman")], False, "progress")],
      [C(["MEZK"], "2026-04-17", "progress", venue="commissiedebat Innovatie", about="evaluatie innovatiebox"),
       C(["MEZK"], None, "made", deadline="uiterlijk 1 april 2027", about="overzicht subsidies industrie"),
       C([], "2026-03-05", "settled", venue="commissiedebat Mkb", refs=["TZ202603-041"],
         about="betalingstermijnen; no actor written"),
       C(["MKGG"], "2026-02-12", venue="commissiedebat Verduurzaming industrie",
         about="maatwerkafspraken; 'verwijs ik naar': no relation"),
       C(["MEZK"], None, "made", deadline="voor het kerstreces", about="reactie op verzoek Kops")])
