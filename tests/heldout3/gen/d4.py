# Document 004: Handelingen, regeling van werkzaamheden, stemmingen and a
# tweeminutendebat with a commitment and a submitted motion.
from lib import C, K, M

NAME = "004_handelingen_regeling_stemmingen"
TEXT = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2026\u20132027
Donderdag 12 november 2026

14 Regeling van werkzaamheden

De voorzitter:
Ik deel aan de Kamer mee dat de volgende moties zijn ingetrokken: 36800-VI-71;
29544-1290.

Op verzoek van een aantal leden stel ik voor de volgende door hen ingediende
moties opnieuw aan te houden: 36600-XV-88; 21501-08-1012.

Ik stel voor toe te voegen aan de agenda het tweeminutendebat Arbeidsmarkt-
beleid (CD d.d. 24/09), met als eerste spreker het lid Van Kent van de SP.

Daartoe wordt besloten.

15 Stemmingen moties Zorgverzekeringsstelsel

Aan de orde zijn de stemmingen over moties, ingediend bij het tweeminutendebat
Zorgverzekeringsstelsel,

te weten:

- de motie-Bushoff c.s. over het afschaffen van het eigen risico voor
  chronisch zieken (29 689, nr. 1402);
- de gewijzigde motie-Kosti\u0107 over dierproefvrije geneesmiddelen (29 689,
  nr. 1410, was nr. 1405).

(Zie vergadering van 5 november 2026.)

In stemming komt de motie-Bushoff c.s. (29 689, nr. 1402).

De voorzitter:
Ik constateer dat de leden van de fracties van de SP, GroenLinks-PvdA, de PvdD
en DENK voor deze motie hebben gestemd en de leden van de overige fracties
ertegen, zodat zij is verworpen.

In stemming komt de gewijzigde motie-Kosti\u0107 (29 689, nr. 1410, was nr. 1405).

De voorzitter:
Ik constateer dat deze gewijzigde motie met algemene stemmen is aangenomen.

16 Arbeidsmarktbeleid

Aan de orde is het tweeminutendebat Arbeidsmarktbeleid (CD d.d. 24/09).

De voorzitter:
Ik heet de minister van Sociale Zaken en Werkgelegenheid van harte welkom.

De heer Van Kent (SP):
Voorzitter. De minister heeft in het commissiedebat toegezegd te kijken naar
de uitzendbranche, maar ik zie nog geen resultaat. Daarom deze motie.

De Kamer,

gehoord de beraadslaging,

verzoekt de regering, uiterlijk 1 januari 2028 een vergunningplicht voor
uitzendbureaus in te voeren,

en gaat over tot de orde van de dag.

De voorzitter:
Deze motie is voorgesteld door de leden Van Kent en Dekker-Abdulaziz.

Zij krijgt nr. 1161 (29 544).

Minister Dekkers:
Voorzitter. Ik begrijp het ongeduld van de heer Van Kent. De vergunningplicht
gaat op 1 januari 2027 in. Ik zeg hem toe dat ik de Kamer voor de zomer van
2027 informeer over de eerste handhavingsresultaten van de Nederlandse
Arbeidsinspectie. De motie op stuk nr. 1161 ontraad ik, omdat de datum al is
vastgelegd.

De beraadslaging wordt gesloten.

De voorzitter:
Over de motie wordt dinsdag gestemd.
"""
EXPECTED = {
    "about": "Handelingen (TK plenary, 12 november 2026): moties withdrawn and held over by id "
             "(36800-VI-71 ...), stemmingen (verworpen, gewijzigd 'was nr.' aangenomen), a "
             "tweeminutendebat with a submitted motion (no relation) and a commitment made by MSZW "
             "(named in the chair's welcome). Van Kent cites the minister's commitment from the "
             "CD of 24/09 (cited).",
    "reference_date": "2026-11-12",
    "kind": "handelingen",
    "date": "2026-11-12",
    "self_id": None,
    "kamerstukken": [
        K("kst-36800-VI-71"), K("kst-29544-1290"), K("kst-36600-XV-88"), K("kst-21501-08-1012"),
        K("kst-29689-1402"), K("kst-29689-1410"), K("kst-29689-1405"), K("kst-29544-1161"),
    ],
    "handelingen": [],
    "tk_numbers": [],
    "motions": [
        M("kst-36800-VI-71", rel="cited"), M("kst-29544-1290", rel="cited"),
        M("kst-36600-XV-88", rel="cited"), M("kst-21501-08-1012", rel="cited"),
        M("kst-29689-1402", [("Bushoff", None)], True, "cited"),
        M("kst-29689-1410", [("Kosti\u0107", None)], False, "cited"),
        M("kst-29689-1405", rel="cited"),
        M("kst-29544-1161", [("Van Kent", None), ("Dekker-Abdulaziz", None)], False),
    ],
    "commitments": [
        C(["MSZW"], "2026-09-24", rel="cited", about="uitzendbranche (CD 24/09), cited by Van Kent"),
        C(["MSZW"], "2026-11-12", deadline="voor de zomer van 2027", rel="made", about="handhavingsresultaten vergunningplicht"),
    ],
}
