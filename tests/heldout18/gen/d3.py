from lib import *

D = "2026-10-15"
write("003_verslag_commissiedebat_ienw_spoor_geredigeerd_woordelijk", "d3.txt",
      "Verslag van een commissiedebat (29 984, nr. 1210, 'Vastgesteld 10 november 2026': kind verslag, date "
      "the Vastgesteld date, self_id the own number) of the meeting of 15 oktober 2026 with the "
      "staatssecretaris van IenW (SIenW, 'Staatssecretaris Oomen:'), as a geredigeerd woordelijk verslag: "
      "members ask first, the staatssecretaris answers.  Promises dated to the meeting, venue left out (the "
      "verslag names the meeting by its subject only, heldout14 002): 'Ik zeg toe dat ik de Kamer voor het "
      "commissiedebat Spoor van het voorjaar een brief stuur'; 'Dat zeg ik de heer Olgers toe: ik stuur het "
      "volledige plan uiterlijk 1 maart 2027'; 'Over de toegankelijkheid van stations kom ik voor de kerst met "
      "een aparte brief' ('Ja, die neem ik daarin mee' widens it, no new record).  The chair's list repeats "
      "the three.  Older: the promise 'In het commissiedebat Spoor van 12 maart jl.' reported by a member, "
      "'Dat onderzoek loopt nog' (progress, SIenW, venue named; no term).  Motion: 'mijn motie over de "
      "Nedersaksenlijn ... (Kamerstuk 29 984, nr. 1150)' by Olgers, 'voer ik uit: de verkenning is gestart' "
      "(progress; sponsors not scored: Olgers by 'De motie-Olgers', but whether 'mijn motie' takes the speaker's party is ho17's open question).  Not promises: 'nee, dat kan "
      "ik niet toezeggen', 'ik ga daar niet over', 'kom ik erop terug' after 'zodra ik die heb' (progress "
      "of the older promise, not new).  Kamerstukken 29 984, nrs. 1195 and 1203 in the agenda.  Look-alikes: "
      "2027–2031, 13.02 uur, 'dienstregeling van 2028'.",
      "2026-11-10", "verslag", "2026-11-10", "kst-29984-1210",
      [K("kst-29984-1195"), K("kst-29984-1203"), K("kst-29984-1150")],
      [], [],
      [M("kst-29984-1150", rel="progress")],
      [C(["SIenW"], D, rel="made", deadline="voor het commissiedebat Spoor van het voorjaar", about="brief punctualiteit Brabantroute"),
       C(["SIenW"], D, rel="made", deadline="uiterlijk 1 maart 2027", about="volledig onderhoudsplan spoor"),
       C(["SIenW"], D, rel="made", deadline="voor de kerst", about="brief toegankelijkheid stations (en liften)"),
       C(["SIenW"], "2026-03-12", rel="progress", venue="commissiedebat Spoor", deadline=None, about="OV-studentenreisproduct mbo daluren, loopt nog")])
