# Document 006: voortgangsbrief as a Kamerstuk (own number), glued
# footnotes, and an appendix table "stand van zaken moties en toezeggingen".
from lib import C, K, M

NAME = "006_voortgangsbrief_lvvn_veehouderij"
TEXT = """Tweede Kamer der Staten-Generaal\u2003\u20032
Vergaderjaar 2025\u20132026

30 252 Toekomst veehouderij

Nr. 212 BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN
NATUUR

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 24 juni 2026

Met deze brief informeer ik uw Kamer over de voortgang van de
be\u00ebindigingsregelingen voor veehouderijlocaties en over de stand van zaken
van de moties en toezeggingen op dit terrein. Het overzicht daarvan vindt u
in de bijlage.

Voortgang be\u00ebindigingsregelingen
Tot 1 juni 2026 zijn 1.118 aanvragen ingediend, waarvan 702 voor
melkveehouderijen. De gemiddelde vergoeding bedraagt 120% van de
productiewaarde. In mijn vorige brief3 meldde ik dat de regeling in 2027
sluit; dat blijft ongewijzigd.

Eerder werd met de Dierennota4 al een vergelijkbare regeling aangekondigd.

Piekbelasters
Mijn ambtsvoorganger heeft in het commissiedebat Stikstof d.d. 16-10-2025
toegezegd de Kamer te informeren over het aantal piekbelasters dat vrijwillig
stopt. Dat doe ik met deze brief: het gaat om 214 locaties in of nabij
Natura\u00a02000-gebieden. Daarmee is deze toezegging afgedaan.

Jonge boeren
De motie van het lid Holman (NSC) over een vestigingsregeling voor jonge
boeren (Kamerstuk 35\u00a0334, nr.\u00a0301) is met de openstelling van de
regeling op 2 juni uitgevoerd.

De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,

H.J. Wiersma-Vos

3 Kamerstukken II 2025/26, 30 252, nr. 205.
4 TK 2008-2009, 28 286, nr. 250.


Bijlage: stand van zaken moties en toezeggingen

Moties
Omschrijving                                 Vindplaats           Stand van zaken
Motie van het lid Holman (NSC) over een      35 334, nr. 301      Afgedaan met deze brief
vestigingsregeling voor jonge boeren
Motie van de leden Van Campen en Vestering   30 252, nr. 198      Loopt; uitkomst verkenning
over een meldpunt voor dierenwelzijn                              in het najaar van 2026
Motie-Grinwis over de bescherming van        33 576, nr. 402      Aangehouden
weidevogels

Toezeggingen
Toezegging                                   Vindplaats           Stand van zaken
De minister informeert de Kamer over het     CD Stikstof,         Afgedaan met deze brief
aantal piekbelasters dat vrijwillig stopt    16-10-2025
De minister laat onderzoeken of extensieve   Notaoverleg          In uitvoering; gereed in
begrazing kan meetellen voor de              Mestbeleid,          Q4 2026
graslandnorm                                 9 februari 2026
"""
EXPECTED = {
    "about": "Voortgangsbrief with its own Kamerstuk number (kst-30252-212), glued footnote digits "
             "('brief3', 'Dierennota4'), an old 'TK 2008-2009' citation, non-breaking spaces, and an "
             "appendix table with motions (settled, progress, aangehouden = cited) and commitments "
             "(one settled, also handled in the body and counted once; one in progress). "
             "Look-alikes: 1.118 aanvragen, 120%, Natura 2000.",
    "reference_date": "2026-06-24",
    "kind": "brief",
    "date": "2026-06-24",
    "self_id": "kst-30252-212",
    "kamerstukken": [
        K("kst-35334-301"), K("kst-30252-205", "II", "2025-2026"), K("kst-28286-250", "II", "2008-2009"),
        K("kst-30252-198"), K("kst-33576-402"),
    ],
    "handelingen": [],
    "tk_numbers": [],
    "motions": [
        M("kst-35334-301", [("Holman", "NSC")], False, "settled"),
        M("kst-30252-198", [("Van Campen", None), ("Vestering", None)], False, "progress"),
        M("kst-33576-402", [("Grinwis", None)], False, "cited"),
    ],
    "commitments": [
        C(["MLVVN"], "2025-10-16", venue="commissiedebat Stikstof", rel="settled", about="piekbelasters"),
        C(["MLVVN"], "2026-02-09", rel="progress", about="extensieve begrazing graslandnorm"),
    ],
}
