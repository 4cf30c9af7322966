# Document 002: Eerste Kamer letter (own letter F) by MBZK with T-numbers.
from lib import C, H, K, M, T

NAME = "002_brief_ek_bzk_kieswet"
TEXT = """Eerste Kamer der Staten-Generaal
Vergaderjaar 2026\u20132027

36 402 Wijziging van de Kieswet in verband met de invoering van een nieuw
stembiljet en centrale stemopneming

F BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Eerste Kamer der Staten-Generaal

Den Haag, 27 oktober 2026

Tijdens de plenaire behandeling van het wetsvoorstel op 3 maart 2026 heb ik
uw Kamer een aantal toezeggingen gedaan (Handelingen I 2025/26, nr. 24,
item 7). In deze brief informeer ik u over de stand van zaken.

Proef met het nieuwe stembiljet (T04012)
Ik heb toegezegd de proef met het nieuwe stembiljet bij de
gemeenteraadsverkiezingen door een onafhankelijk bureau te laten evalueren.
De evaluatie is in september afgerond en als bijlage bij deze brief gevoegd.
Daarmee beschouw ik deze toezegging als voldaan.

Toegankelijkheid voor kiezers met een visuele beperking (T04013)
Ook heb ik toegezegd met de Oogvereniging te onderzoeken hoe kiezers met een
visuele beperking zelfstandig kunnen stemmen met het nieuwe biljet. Dat
onderzoek loopt nog. Ik verwacht uw Kamer in het tweede kwartaal van 2027 over
de uitkomsten te kunnen informeren.

Motie-Nicola\u00ef c.s.
Bij de stemmingen op 10 maart 2026 heeft uw Kamer de motie-Nicola\u00ef c.s.
(Kamerstukken 1 2025/26, 36 402, E) aangenomen. Die motie verzoekt de regering
de centrale stemopneming pas in te voeren nadat de Kiesraad een positief advies
over de uitvoerbaarheid heeft uitgebracht. Het advies van de Kiesraad van 2
oktober 2026 treft u bijgaand aan. Hiermee is aan de motie voldaan.

De memorie van antwoord (Kamerstukken I 2025/26, 36 402, C) beschreef al dat
gemeenten de stemopneming centraal mogen organiseren op grond van artikel J 15,
tweede lid, van de Kieswet. Het Besluit van 14 juli 2026 (Stb. 2026, 140)
regelt de inrichting van de centrale tellocaties.

Toezegging aan de Tweede Kamer
In het wetgevingsoverleg over dit wetsvoorstel in de Tweede Kamer heb ik
toegezegd een handreiking voor gemeenten op te stellen.1 Die handreiking is in
juni gepubliceerd en aan beide Kamers gezonden.2 Daarmee is ook die toezegging
afgedaan.

Nieuwe planning
De volgende stap is de landelijke invoering per 2028. Ik zal uw Kamer voor
1 april 2027 informeren over het definitieve invoeringsbesluit. Gemeenten met
minder dan 20.000 inwoners kunnen tot 1 januari 2029 een uitzondering aanvragen.

De minister van Binnenlandse Zaken en Koninkrijksrelaties,

J.A. de Ruiter

1 Kamerstukken II 2024/25, 36 402, nr. 14.
2 Kamerstukken II 2025/26, 36 402, nr. 19; Kamerstukken I 2025/26, 36 402, D.
"""
EXPECTED = {
    "about": "Eerste Kamer letter F signed by MBZK: T-numbered commitments from the plenary debate "
             "of 3 maart 2026 (one settled, one progress with a new deadline), an EK motion with OCR "
             "'Kamerstukken 1' settled, a Tweede Kamer commitment settled (no date given), one new "
             "commitment. Look-alikes: artikel J 15, Stb. 2026, 140; 20.000 inwoners.",
    "reference_date": "2026-10-27",
    "kind": "brief",
    "date": "2026-10-27",
    "self_id": "kst-36402-F",
    "kamerstukken": [
        K("kst-36402-E", "I", "2025-2026"), K("kst-36402-C", "I", "2025-2026"),
        K("kst-36402-14", "II", "2024-2025"), K("kst-36402-19", "II", "2025-2026"),
        K("kst-36402-D", "I", "2025-2026"),
    ],
    "handelingen": [H("h-ek-20252026-24-7")],
    "tk_numbers": [T("T04012", "toezegging"), T("T04013", "toezegging")],
    "motions": [
        M("kst-36402-E", [("Nicola\u00ef", None)], True, "settled"),
    ],
    "commitments": [
        C(["MBZK"], "2026-03-03", refs=["T04012"], rel="settled", about="evaluatie proef stembiljet"),
        C(["MBZK"], "2026-03-03", refs=["T04013"], deadline="in het tweede kwartaal van 2027",
          rel="progress", about="kiezers met visuele beperking"),
        C(["MBZK"], None, rel="settled", about="handreiking gemeenten (TK)"),
        C(["MBZK"], None, deadline="voor 1 april 2027", rel="made", about="definitief invoeringsbesluit"),
    ],
}
