# Document 005: beslisnota to SDef, margin column spliced into the body.
from lib import C, K, M, T

NAME = "005_beslisnota_defensie_reservisten"
TEXT = """Beslisnota bij Kamerbrief over de stand van zaken reservisten en de
Wet op de defensiegereedheid

Aan:        SDef
Via:        SG
Van:        DGO / Directie Personeel
Datum:      2 december 2026
Kenmerk:    DGO/2026-0041187
Bijlagen:   Kamerbrief; overzicht moties en toezeggingen

1. Aanleiding
U heeft op dinsdag 10 november jl. in het commissiedebat Personeel Defensie
toegezegd de Kamer voor het kerstreces te informeren over de werving en
binding van reservisten. Bijgaande Kamerbrief geeft invulling aan die
toezegging. Daarnaast wordt in de brief gerapporteerd over twee moties en een
toezegging van de minister.

2. Geadviseerd besluit
Wij adviseren u:
-_ in te stemmen met de bijgevoegde Kamerbrief en deze mede namens de
   minister van Defensie te verzenden;
-_ in te stemmen met de nieuwe toezegging om de Kamer voor 1 juni 2027 te
   informeren over de eerste ervaringen met de dienjaar-pilot.

3. Kernpunten
-__ De motie-Tuinman c.s. (Kamerstuk 36 592, nr. 18) verzoekt om een     Kenmerk
    reservistenpool per regio. Met de oprichting van vier regionale      DGO/2026-0041187
    pools per 1 oktober is de motie uitgevoerd.
-__ De motie van het lid Dassen (Volt) over Europese samenwerking bij
    werving (Kamerstuk 21 501-28, nr. 301) is in uitvoering; de brief
    meldt dat de verkenning met Belgi\u00eb en Duitsland in het voorjaar
    wordt afgerond.
-__ Toezegging van de minister van Defensie (begrotingsbehandeling
    Defensie, 6 november 2025; TZ202511-027) over de vergoeding voor
    werkgevers van reservisten: de brief meldt dat de regeling per
    1 januari 2027 ingaat (Stcrt. 2026, 38112). De toezegging kan als
    afgedaan worden beschouwd.
-__ De Wet op de defensiegereedheid (Kamerstukken II 2025/26, 36 833
    (R2221), nr. 3) regelt de opkomstplicht niet; de brief gaat daar niet
    op in.

4. Toelichting
In 2026 traden 1.240 reservisten in dienst (doel: 1.500). De uitgaven voor
reservisten stijgen naar \u20ac 48,6 mln. in 2027 (artikel 2, onderdeel 2.3 van
hoofdstuk X). Het aantal werkgevers met een convenant steeg met 18%.

5. Communicatie
De brief wordt op 4 december om 15.00 uur verzonden; er volgt geen
persbericht. Woordvoering: 070 - 441 92 00.

6. Financi\u00eble en juridische aspecten
Geen. De regeling valt binnen het bestaande budget; de Landsadvocaat is niet
geraadpleegd. Gebruikte bronnen: Jaarverslag Defensie 2025 (Kamerstuk 36 740
X, nr. 1), bladzijde 44.

7. Toezeggingen
-__ Nieuw: de Kamer voor 1 juni 2027 informeren over de eerste ervaringen
    met de dienjaar-pilot (zie ook onder 2).
-__ Afgedaan: toezegging commissiedebat Personeel Defensie (10 november)
    en toezegging begrotingsbehandeling Defensie (6 november 2025).

Pagina 2 van 2
"""
EXPECTED = {
    "about": "Beslisnota to SDef (the addressee 'u' stays 'u'): the addressee's own commitment settled "
             "(weekday + jl.), a motion settled, a motion in progress, a MDef commitment with a TZ number "
             "settled, a new commitment ([] as the seed) named twice and counted once. The margin "
             "'Kenmerk' column is spliced into two body lines. Look-alikes: Stcrt. 2026, 38112; "
             "DGO/2026-0041187; artikel 2, onderdeel 2.3; EUR 48,6 mln; 15.00 uur; phone.",
    "reference_date": "2026-12-02",
    "kind": "beslisnota",
    "date": "2026-12-02",
    "self_id": None,
    "kamerstukken": [
        K("kst-36592-18"), K("kst-21501-28-301"), K("kst-36833-3", "II", "2025-2026", rijkswet="R2221"),
        K("kst-36740-X-1"),
    ],
    "handelingen": [],
    "tk_numbers": [T("TZ202511-027", "toezegging")],
    "motions": [
        M("kst-36592-18", [("Tuinman", None)], True, "settled"),
        M("kst-21501-28-301", [("Dassen", "Volt")], False, "progress"),
    ],
    "commitments": [
        C(["u"], "2026-11-10", venue="commissiedebat Personeel Defensie", deadline="voor het kerstreces",
          rel="settled", about="werving en binding reservisten"),
        C(["MDef"], "2025-11-06", venue="begrotingsbehandeling Defensie", refs=["TZ202511-027"],
          rel="settled", about="vergoeding werkgevers reservisten"),
        C([], None, deadline="voor 1 juni 2027", rel="made", about="dienjaar-pilot"),
    ],
}
