from lib import *

NAME = "007_aanhangsel_antwoord_vws_ggz_vraag_antwoord"

first_header = [P("Tweede Kamer der Staten-Generaal{tab}Aanhangsel van de Handelingen", "OBChamber"),
                P("Vergaderjaar 2024–2025", "OBYear")]
header = [P("Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel{tab}{page}", "HeadLine")]
first_footer = [P("ah-tk-20242025-1987\nISSN 0921 - 7398\n's-Gravenhage 2025{tab}Aanhangsel Handelingen II "
                  "2024/25{tab}1", "OBFoot")]

qa = [
    ("Vraag 1", "Bent u bekend met het bericht 'Wachtlijst voor eetstoorniszorg in Noord-Holland opnieuw "
     "gegroeid' van 28 januari 2025?"),
    ("Antwoord 1", "Ja."),
    ("Vraag 2", "Hoe verhoudt dit bericht zich tot uw toezegging in het commissiedebat GGZ en suïcidepreventie "
     "van 14 november 2024 om de Kamer te informeren over een landelijke aanpak van de wachttijden in de "
     "specialistische ggz?"),
    ("Antwoord 2", "Die toezegging loopt nog. De Nederlandse Zorgautoriteit brengt de wachttijden per regio in "
     "kaart; ik verwacht uw Kamer daarover in mei te kunnen informeren. De wachtlijst in Noord-Holland "
     "betreft vooral de hoogspecialistische behandeling van jongeren met anorexia nervosa."),
    ("Vraag 3", "Wat is de stand van de uitvoering van de motie van het lid Dijk-Hoogland c.s. over "
     "regionale afspraken over de opnamecapaciteit (Kamerstuk 25 424, nr. 712)?"),
    ("Antwoord 3", "De zorgverzekeraars en aanbieders in de regio's Amsterdam, Haaglanden en Twente hebben "
     "inmiddels afspraken gemaakt over de opnamecapaciteit. In de overige regio's worden de afspraken "
     "dit jaar gemaakt. De uitvoering van de motie loopt; de afspraken worden opgenomen in het "
     "hoofdlijnenakkoord ggz (zie ook Kamerstukken II 2023/24, 25 424, nr. 688)."),
    ("Vraag 4", "Bent u bereid de Kamer voor 1 juli 2025 te informeren over de mogelijkheden om "
     "eetstoorniszorg als landelijke functie aan te wijzen?"),
    ("Antwoord 4", "Ja. Ik zal uw Kamer voor 1 juli 2025 informeren over de mogelijkheden om "
     "eetstoorniszorg aan te wijzen als zorg met een landelijke functie. Ik betrek daarbij het advies van "
     "de Nederlandse Zorgautoriteit over de bekostiging van hoogspecialistische ggz-zorg (kenmerk "
     "NZa/2025-0412)."),
    ("Vraag 5", "Kunt u deze vragen beantwoorden voor het commissiedebat GGZ van 19 maart 2025?"),
    ("Antwoord 5", "Ja."),
]

body = [
    P("Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden", "Head"),
    P(""),
    Table([2.6, 13.6], None, [["**1987**", "Vragen van het lid Tielemans-Bos (NSC) aan de minister van "
                               "Volksgezondheid, Welzijn en Sport over de wachtlijsten in de eetstoorniszorg "
                               "(ingezonden 3 februari 2025)."],
                              ["2025Z02204", "Antwoord van minister Aldershof-Kruk (Volksgezondheid, Welzijn en "
                               "Sport) (ontvangen 4 maart 2025). Zie ook Aanhangsel Handelingen, vergaderjaar "
                               "2024–2025, nr. 1702."]], style="Body", border=False),
    P(""),
]
for q, t in qa:
    body.append(P(q, "Head"))
    body.append(P(t, "BodyJ"))

xml = fodt(body, page={"left": "2.4cm", "right": "2.4cm", "top": "1.2cm", "header_h": "2.2cm",
                       "header_h2": "1.0cm", "footer_h": "1.4cm"},
           first_header=first_header, header=header, footer=[P("", "Small")], first_footer=first_footer,
           font="Liberation Serif", size="10.5pt")

build(NAME, xml,
      "Answers to Kamervragen in the Aanhangsel form as officielebekendmakingen prints it: 'Tweede Kamer "
      "der Staten-Generaal  Aanhangsel van de Handelingen', 'Vergaderjaar 2024–2025', number 1987 and zaak "
      "2025Z02204 in the left cell beside the question and answer heads, 'Vraag N'/'Antwoord N' headings; "
      "foot 'ah-tk-20242025-1987 / ISSN 0921 - 7398 / 's-Gravenhage 2025  Aanhangsel Handelingen II "
      "2024/25  1'.  kind antwoord, date the ontvangen date, self_id ah-tk-20242025-1987.  ik = MVWS; the "
      "question's 'uw toezegging' is the minister's.  Commitments: CD GGZ en suïcidepreventie 14 november "
      "2024 progress ('Die toezegging loopt nog'); 'Ik zal uw Kamer voor 1 juli 2025 informeren' made.  "
      "Motion Dijk-Hoogland c.s. progress.  Handelingen: 'Zie ook Aanhangsel Handelingen, vergaderjaar "
      "2024–2025, nr. 1702'.  Look-alikes: kenmerk NZa/2025-0412, ISSN.",
      "2025-03-04", "antwoord", "2025-03-04", "ah-tk-20242025-1987",
      [K("kst-25424-712"), K("kst-25424-688", "II", "2023-2024")],
      [H("ah-tk-20242025-1702")],
      [T("2025Z02204", "zaak")],
      [M("kst-25424-712", [S("Dijk-Hoogland")], True, "progress")],
      [C(["MVWS"], "2024-11-14", "progress", venue="commissiedebat GGZ en suïcidepreventie",
         about="landelijke aanpak wachttijden"),
       C(["MVWS"], None, "made", deadline="voor 1 juli 2025", about="eetstoorniszorg landelijke functie")])
