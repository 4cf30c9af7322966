# Document 003: answers to Kamervragen (Aanhangsel form), MIenW.
from lib import C, H, K, M, T

NAME = "003_antwoord_ienw_spoorovergangen"
TEXT = """2026Z02231
(ingezonden 10 februari 2026)

Vragen van het lid Olger van Dijk (NSC) aan de minister van Infrastructuur en
Waterstaat over onbeveiligde spoorwegovergangen

Antwoord van minister Vermeulen (Infrastructuur en Waterstaat) (ontvangen
12 maart 2026). Zie ook Aanhangsel Handelingen, vergaderjaar 2025\u20132026,
nr. 1190.

Vraag 1
Bent u bekend met het bericht \u00abWeer ongeval op onbewaakte overweg bij
Hengelo\u00bb van 8 februari 2026?

Antwoord 1
Ja.

Vraag 2
Hoeveel niet actief beveiligde overwegen zijn er nog op het hoofdspoorweg-
net, en hoeveel daarvan worden voor 2030 opgeheven?

Antwoord 2
Op 1 januari 2026 waren er nog 142 niet actief beveiligde overwegen (NABO\u2019s),
waarvan 61 op particuliere wegen. Voor 2030 worden er 96 opgeheven of beveiligd.
In de voortgangsbrief Programma NABO (Kamer-
stuk 29 893, nr. 312) is de planning per overweg opgenomen.

Vraag 3
Hoe staat het met de uitvoering van de motie van het lid De Hoop over
halfjaarlijkse rapportage over overwegveiligheid (Kamerstuk 36 600 XII,
nr. 44)?

Antwoord 3
De motie van het lid De Hoop vraagt de Kamer halfjaarlijks te rapporteren. De
eerste rapportage heeft u in oktober ontvangen; de tweede ontvangt u in april.
Aan de motie wordt daarmee uitvoering gegeven; zij is nog niet afgerond.

Vraag 4
Herinnert u zich uw toezegging in het commissiedebat Spoor van 12 maart 2025 om
met ProRail afspraken te maken over waarschuwingsborden bij particuliere
overwegen? Wat is daarvan terechtgekomen?

Antwoord 4
In het commissiedebat Spoor van 12 maart 2025 heeft mijn ambtsvoorganger dat
toegezegd. ProRail heeft de borden in februari geplaatst; daarmee is de toezegging
gestand gedaan. Over de kosten (\u20ac 2,3 mln, artikel 13.02 van het
Mobiliteitsfonds) bent u eerder ge\u00efnformeerd (Handelingen II 2024/25, nr. 58,
item 21).

Vraag 5
Bent u bereid de Kamer voor het zomerreces te informeren over de inhaalslag bij
de particuliere overwegen?

Antwoord 5
Ja. Ik zal uw Kamer voor het zomerreces van 2026 een overzicht sturen van de
particuliere overwegen die in 2026 en 2027 worden aangepakt.

Vraag 6
Kunt u deze vragen afzonderlijk beantwoorden?

Antwoord 6
Ja. Eerdere vragen over dit onderwerp van het lid Grinwis zijn beantwoord op
14 november 2025 (Aanhangsel Handelingen II 2025/26, nr. 512; 2025D47120).
"""
EXPECTED = {
    "about": "Answers to Kamervragen in Aanhangsel form; the answering minister is named in the header "
             "(MIenW). A motion in progress, a predecessor's commitment settled ('gestand gedaan'), a "
             "new commitment in an answer. Question 5's 'Bent u bereid ...' is a question, not a "
             "commitment. Look-alikes: artikel 13.02, EUR 2,3 mln, counts 142/61/96.",
    "reference_date": "2026-03-12",
    "kind": "antwoord",
    "date": "2026-03-12",
    "self_id": None,
    "kamerstukken": [K("kst-29893-312"), K("kst-36600-XII-44")],
    "handelingen": [H("ah-tk-20252026-1190"), H("h-tk-20242025-58-21"), H("ah-tk-20252026-512")],
    "tk_numbers": [T("2026Z02231", "zaak"), T("2025D47120", "document")],
    "motions": [
        M("kst-36600-XII-44", [("De Hoop", None)], False, "progress"),
    ],
    "commitments": [
        C(["MIenW"], "2025-03-12", venue="commissiedebat Spoor", rel="settled", about="waarschuwingsborden"),
        C(["MIenW"], None, deadline="voor het zomerreces van 2026", rel="made", about="overzicht particuliere overwegen"),
    ],
}
