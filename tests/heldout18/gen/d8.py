from lib import *

D = "2026-11-19"
write("008_handelingen_tk_debat_vws_twee_bewindspersonen_namens", "d8.txt",
      "Handelingen II 2026/27, nr. 26, item 6 (officielebekendmakingen's head: 'Handelingen', '2026-2027 nr. "
      "26, item 6', 'Vergadering van donderdag 19 november 2026'): plenary debate on waiting times in youth "
      "care with the minister van VWS (MVWS, 'Minister Haverkamp-Diouf:') and the staatssecretaris Jeugd, "
      "Preventie en Sport (SJSP, 'Staatssecretaris Roelofsen:'), answering in turn.  Promises dated to the "
      "sitting, no venue key: MVWS 'Ik stuur de Kamer voor de kerst een brief'; the minister for the "
      "staatssecretaris 'de staatssecretaris zal de Kamer voor 1 maart 2027 het plan van aanpak ... sturen' "
      "(SJSP; his 'Het plan van aanpak komt inderdaad voor 1 maart' is the same record); 'de staatssecretaris "
      "en ik sturen u in het voorjaar van 2027 een gezamenlijke brief' (MVWS + SJSP); SJSP 'Ik zoek het uit "
      "en de Kamer hoort het van mij voor de begrotingsbehandeling'.  The chair's list repeats the four.  "
      "Older: SJSP 'In het commissiedebat Jeugd van 24 september jl. heb ik toegezegd ... Dat overleg loopt "
      "nog' (progress, venue named; 'in januari' is the VNG's expected proposal, no deadline key); the "
      "motie-Dobbe-Vis (31 839, nr. 1120) 'voer ik uit: de accountantsonderzoeken zijn gestart' (progress).  "
      "Not promises: 'Kan de minister toezeggen ...?' / 'Nee.'; 'Ik ga niet over de inkoop'; 'Dat kan ik niet "
      "toezeggen ... daar ga ik niet over'.  Look-alikes: 180 miljoen euro, 18 en 23 jaar.",
      D, "handelingen", D, "h-tk-20262027-26-6",
      [K("kst-31839-1120")],
      [], [],
      [M("kst-31839-1120", [S("Dobbe-Vis")], cs=False, rel="progress")],
      [C(["MVWS"], D, rel="made", deadline="voor de kerst", about="brief wachttijden ggz jongvolwassenen"),
       C(["SJSP"], D, rel="made", deadline="voor 1 maart 2027", about="plan van aanpak wachttijden jeugdzorg (door de minister namens de staatssecretaris)"),
       C(["MVWS", "SJSP"], D, rel="made", deadline="in het voorjaar van 2027", about="gezamenlijke brief overgang 18-/18+"),
       C(["SJSP"], D, rel="made", deadline="voor de begrotingsbehandeling", about="aantal gemeenten dat reistijdnorm haalt"),
       C(["SJSP"], "2026-09-24", rel="progress", venue="commissiedebat Jeugd", about="verkenning landelijke reistijdnorm met VNG, loopt nog")])
