from lib import *

D = "2026-11-17"
write("010_handelingen_tk_vragenuur_ienw_mondelinge_vragen", "d10.txt",
      "Handelingen II 2026/27, nr. 24, item 4 (running header 'TK 24  24-4-1', 'Vergadering van dinsdag 17 "
      "november 2026'): mondelinge vragen in the vragenuur of the member Van Steenis to the minister van "
      "Infrastructuur en Waterstaat (MIenW, 'Minister Smeets-Ouali:'), with aanvullende vragen of three other "
      "members.  Promises dated to the sitting, no venue key: 'Ik zal de Kamer de uitkomsten daarvan sturen "
      "zodra die er zijn, uiterlijk in maart 2027'; 'Wil de minister de Kamer voor het commissiedebat "
      "Luchtvaart van januari informeren ...?' / 'Ja, dat wil ik doen.'; 'ik laat de Kamer voor de kerst "
      "weten of ik de maximale boete ... wil verhogen'.  Older: 'In het debat van 3 september jl. heeft de "
      "minister toegezegd ...' / 'daarmee heb ik die toezegging gestand gedaan' (settled; no venue key: 'het "
      "debat' names no debate).  Motion: the motie-Van Steenis c.s. (29 665, nr. 512) 'voer ik uit' "
      "(progress; the besluit she will 'in het voorjaar voorhang' is the motion's next step, not a new "
      "promise, gold README).  Not promises: 'Kan de minister toezeggen ...?' / 'Nee.', 'Ik ga daar niet "
      "over', 'daar loop ik nu niet op vooruit'.  Look-alikes: 27.000 nachtvluchten.",
      D, "handelingen", D, "h-tk-20262027-24-4",
      [K("kst-29665-512")],
      [], [],
      [M("kst-29665-512", [S("Van Steenis")], cs=True, rel="progress")],
      [C(["MIenW"], D, rel="made", deadline="uiterlijk in maart 2027", about="uitkomsten handhavingsonderzoek ILT"),
       C(["MIenW"], D, rel="made", deadline="voor het commissiedebat Luchtvaart van januari", about="handhaving geluidsnormen nacht ('Ja, dat wil ik doen')"),
       C(["MIenW"], D, rel="made", deadline="voor de kerst", about="maximale boete Wet luchtvaart"),
       C(["MIenW"], "2026-09-03", rel="settled", deadline=None, about="geluidsmonitor openbaar, gestand gedaan")])
