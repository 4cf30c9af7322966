# Document 001: verzamelbrief in margin form, signed by MOCW.
from lib import C, K, M, T

NAME = "001_verzamelbrief_ocw_mbo_ho"
TEXT = """> Retouradres Postbus 16375 2500 BJ Den Haag

De Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Datum 16 november 2026
Betreft Verzamelbrief moties en toezeggingen mbo en hoger onderwijs

Onze referentie
55128901
Uw referentie
2026Z17342

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de uitvoering van een aantal moties en
toezeggingen op het terrein van het middelbaar beroepsonderwijs en het hoger
onderwijs. Deze brief heb ik toegezegd in het commissiedebat Mbo van 1 oktober jl.1
Ik stuur hem u ruim voor de begrotingsbehandeling.

1. Moties die met deze brief zijn afgedaan

Motie van het lid Martens-America (VVD) over stagediscriminatie
De motie van het lid Martens-America (Kamerstuk 36 800 VIII, nr. 47) verzoekt de
regering om mbo-instellingen te verplichten meldingen van stagediscriminatie te
registreren. Sinds 1 september 2026 geldt die meldplicht (Stb. 2026, 211). Met de
inwerkingtreding van de meldplicht is aan deze motie uitvoering gegeven.

Motie-Beckerman/Bikker over reiskosten van mbo-studenten
De motie-Beckerman/Bikker (Kamerstuk 31 524, nr. 612) vraagt om compensatie voor
studenten die voor hun stage lange afstanden moeten reizen. De reiskosten-
vergoeding is vanaf studiejaar 2026-2027 opgenomen in de studiefinanciering, met
een budget van \u20ac 12,4 mln. per jaar. Ik beschouw de motie daarmee als afgedaan.

2. Moties in uitvoering

De gewijzigde motie van het lid Van der Laan (NSC) c.s.2 (ter vervanging van die
gedrukt onder nr. 631) vraagt de regering om samen met de hogescholen een
uitvalmonitor voor eerstejaars te ontwikkelen. De Vereniging Hogescholen werkt
aan een eerste versie; de eerste resultaten verwacht ik in het voorjaar van 2027.

3. Toezeggingen

Toezegging TZ202606-044 (commissiedebat Hoger onderwijs, 18 juni 2026): de
minister informeert de Kamer over de instroom van internationale studenten in het
hbo. Deze toezegging is met paragraaf 4 van deze brief afgedaan.

In het wetgevingsoverleg OCW-begroting d.d. 20-11-2025 heeft mijn ambtsvoorganger
toegezegd de Kamer te informeren over de kosten van een verlaagd collegegeld voor
een tweede studie in de zorg of het onderwijs. Het onderzoek daarnaar loopt nog;
ik informeer uw Kamer daarover uiterlijk in maart 2027.

De staatssecretaris van OCW heeft in het commissiedebat Studiefinanciering
(d.d. 04/06) toegezegd te bezien of de aanvullende beurs sneller kan worden
uitbetaald. Daarop wordt in paragraaf 5 ingegaan.

4. Internationale studenten in het hbo

Het aandeel internationale eerstejaars in het hbo daalde van 9,1% in 2024 naar
7,8% in 2026. De daling is het grootst bij de Engelstalige opleidingen in de
techniek (artikel 7.2 WHW).

5. Uitbetaling aanvullende beurs

DUO keert de aanvullende beurs vanaf januari 2027 binnen vier weken na de
aanvraag uit. Voor vragen kunnen studenten bellen met 050 - 599 77 55.

Tot slot zeg ik uw Kamer toe dat ik voor de zomer van 2027 een evaluatie van de
Wet taal en toegankelijkheid stuur.

De minister van Onderwijs, Cultuur en Wetenschap,

R.P. Bruins

1 Kamerstukken II 2026/27, 31 524, nr. 640.
2 Kamerstukken II 2025/26, 31 524, nr. 633.
"""
EXPECTED = {
    "about": "Verzamelbrief in margin form signed by MOCW: two motions settled, a gewijzigde motie "
             "(footnote 2, glued footnote digit, replaced nr. 631) in progress, a TZ-numbered "
             "commitment settled, a predecessor's commitment in progress with a new deadline, a SOCW "
             "commitment addressed, the letter's own commitment settled, one new commitment.",
    "reference_date": "2026-11-16",
    "kind": "brief",
    "date": "2026-11-16",
    "self_id": None,
    "kamerstukken": [
        K("kst-36800-VIII-47"), K("kst-31524-612"), K("kst-31524-631"),
        K("kst-31524-640", "II", "2026-2027"), K("kst-31524-633", "II", "2025-2026"),
    ],
    "handelingen": [],
    "tk_numbers": [T("2026Z17342", "zaak"), T("TZ202606-044", "toezegging")],
    "motions": [
        M("kst-36800-VIII-47", [("Martens-America", "VVD")], False, "settled"),
        M("kst-31524-612", [("Beckerman", None), ("Bikker", None)], False, "settled"),
        M("kst-31524-633", [("Van der Laan", "NSC")], True, "progress"),
        M("kst-31524-631", rel="cited"),
    ],
    "commitments": [
        C(["MOCW"], "2026-10-01", venue="commissiedebat Mbo", rel="settled", about="deze verzamelbrief"),
        C(["MOCW"], "2026-06-18", venue="commissiedebat Hoger onderwijs", refs=["TZ202606-044"],
          rel="settled", about="internationale studenten hbo"),
        C(["MOCW"], "2025-11-20", venue="wetgevingsoverleg OCW-begroting", deadline="uiterlijk in maart 2027",
          rel="progress", about="collegegeld tweede studie"),
        C(["SOCW"], "2026-06-04", venue="commissiedebat Studiefinanciering", rel="addressed",
          about="uitbetaling aanvullende beurs"),
        C(["MOCW"], None, deadline="voor de zomer van 2027", rel="made", about="evaluatie Wet taal en toegankelijkheid"),
    ],
}
