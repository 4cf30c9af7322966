"""python3 tests/pdf16/gen.py: the small PDFs of tests/test_pdf16.c, laid out by
LibreOffice from flat ODT (tests/heldout16/gen/lib.py); LibreOffice is needed
only here, the PDFs are committed."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "heldout16", "gen"))
import lib  # noqa: E402
from lib import P, Table, fodt  # noqa: E402


def out(name, body, **kw):
    src = os.path.join(HERE, name + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt(body, **kw))
    del lib._auto[:]
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL)


# A body at 9.5 pt with 135% line spacing and a table at 8.5 pt holding more
# text than the body: the table's size is the most common, and its tight
# spacing must not split the body's paragraphs line by line.
cell = ("Loopt. De aanbesteding start in het najaar en de uitvoering volgt in het jaar daarna, "
        "zodat de Kamer bij de volgende voortgangsbrief de stand van zaken ontvangt. ")
out("leading", [
    P("De commissie heeft daarnaast op 8 mei 2025 om een reactie op het rapport van de Autoriteit "
      "Consument en Markt gevraagd; die reactie is in de brief opgenomen en wordt met deze nota aan u "
      "voorgelegd ter ondertekening.", "BodyJ"),
    P("Tweede alinea van de nota.", "BodyJ"),
    Table([4.0, 4.0, 4.0], ["Motie", "Vindplaats", "Stand"],
          [["Motie %d over de regionale treinen" % i, "Kamerstuk 29 984, nr. %d" % (1180 + i), cell * 2]
           for i in range(4)]),
], page={"right": "6.0cm"})

# Justified text hyphenated at line ends: LibreOffice sets the hyphen apart
# at the right edge ("no -" / "vember"); the word must come back whole.
out("hyphen", [
    P("Hoe verhoudt dit bericht zich tot uw toezegging in het commissiedebat GGZ en suïcidepreventie "
      "van 14 november 2024 om de Kamer te informeren over een landelijke aanpak van de wachttijden in "
      "de specialistische ggz?", "BodyJ"),
    P("Bent u bereid de Kamer voor 1 juli 2025 te informeren over de mogelijkheden om "
      "eetstoorniszorg als landelijke functie aan te wijzen? Het Noord-Hollandse ziekenhuis en de "
      "GL-PvdA-fractie vroegen daar eerder om.", "BodyJ"),
], font="Liberation Serif", size="10.5pt")

# A bordered table with LibreOffice's narrow cell padding: the gap between
# two cells' text is less than an em, and the first column holds row
# numbers; every cell must still start at its own column.
out("table", [
    P("De onderstaande tabel geeft de stand van zaken per motie.", "BodyJ"),
    Table([0.9, 4.6, 3.4, 3.7], ["Nr.", "Motie/toezegging", "Vindplaats", "Stand van zaken"], [
        ["1", "Motie van het lid Van Dalen-Pieters over een meldpunt voor uitgevallen treinen in de regio",
         "Kamerstuk 36 600 XII, nr. 44", "Uitgevoerd. Het meldpunt is sinds 1 april 2025 open."],
        ["2", "Motie van het lid Kröger-Baart c.s. over de herintroductie van de nachttrein naar "
              "Noord-Duitsland", "Kamerstuk 29 984, nr. 1187", "Loopt. De aanbesteding start in het najaar."],
    ]),
    P(""),
    P("Na de tabel volgt gewone tekst in een alinea die over meer dan een regel loopt, zodat de regels "
      "na de tabel geen cellen krijgen: de brief kan na ondertekening aan de Kamer worden gezonden.",
      "BodyJ"),
], page={"right": "6.0cm"})

# Two columns with a running footer whose row spans both ("Tweede Kamer
# Onderwerp" | "12 maart 2025", "TK 58" | "58-7-N"): the whole row goes,
# and its date is no footnote.
from lib import Columns  # noqa: E402
speech = ("Dank u wel, voorzitter. Ik begin met de vragen over de betaalbare koopwoningen. De grens "
          "wordt ieder jaar per 1 januari aangepast aan de bouwkostenontwikkeling, zodat de definitie "
          "van een betaalbare koopwoning met de markt meebeweegt. ")
out("footer2col", [
    P("Wet versterking regie volkshuisvesting", "Title"),
    Columns([P("Minister Keijzer-Brink:", "Head")] + [P(speech * 2, "BodyJ") for _ in range(14)]),
], page={"left": "2.0cm", "right": "2.0cm", "header_h": "0.6cm"},
    header=[P("", "Small")],
    footer=[P("Tweede Kamer{tab}Wet versterking regie volkshuisvesting{tab}12 maart 2025\n"
              "TK 58{tab}{tab}58-7-{page}", "OBFoot")], size="8.5pt")

# A Kamerstuk's first page with the colophon at its foot, on that page only
# ("kst-29279-901", "ISSN 0921 - 7371", "'s-Gravenhage 2025  Tweede Kamer,
# ..."): a footer though it cannot be seen to repeat; a footnote stays.
body = ("Met deze brief informeer ik uw Kamer over de stand van zaken van het stelsel van "
        "gesubsidieerde rechtsbijstand en over de vergoedingen voor sociaal advocaten. ")
out("colophon", [
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Tight"), P(""),
    P(body * 3 + "De motie[[fn:Kamerstuk 29 279, nr. 880.]] is uitgevoerd.", "BodyJ"),
    P(body * 4, "BodyJ"),
], first_header=[P("Tweede Kamer der Staten-Generaal{tab}2", "OBChamber"),
                 P("Vergaderjaar 2024–2025", "OBYear")],
    header=[P("", "Small")], footer=[P("", "Small")],
    first_footer=[P("kst-29279-901\nISSN 0921 - 7371\n's-Gravenhage 2025{tab}Tweede Kamer, vergaderjaar "
                    "2024–2025, 29 279, nr. 901{tab}1", "OBFoot")],
    page={"header_h": "2.2cm", "footer_h": "1.4cm"}, font="Liberation Serif", size="10.5pt")

# Footnote markers followed by punctuation: "gepubliceerd^1;", "leraren^2."
out("notes", [
    P("De subsidieregeling is op 1 mei gepubliceerd[[fn:Staatscourant 2025, 14021.]]; de motie is "
      "daarmee uitgevoerd. Het geld gaat naar de begeleiding van startende "
      "leraren[[fn:Kamerstuk 27 923, nr. 515.]].", "BodyJ"),
], page={"right": "6.0cm"})

# A table whose row a page break splits, its header row repeated on the next
# page: the row's end belongs with its beginning.
filler = ("Het overzicht in de tabel vermeldt per toezegging het nummer in het register van de Kamer, "
          "het debat waarin zij is gedaan en de stand van zaken. ")
rows = [["TZ2025%02d-0%02d" % (i + 1, i), "De minister zegt toe de Kamer te informeren over onderwerp %d en "
         "daarbij in te gaan op de financiële positie van de Waddeneilanden en de eilandgemeenten in "
         "Zuid-Holland en Noord-Holland." % i, "Commissiedebat Financiële verhoudingen, %d april 2025" % (i + 1),
         "Loopt; de Kamer ontvangt de informatie bij de suppletoire begroting."] for i in range(9)]
out("rowsplit", [P(filler * 9, "BodyJ"),
                 Table([2.3, 5.0, 3.3, 2.0], ["Nr.", "Toezegging", "Debat en datum", "Stand"], rows),
                 P(""), P("Na de tabel volgt gewone tekst.", "BodyJ")], page={"right": "6.0cm"})

# Two justified columns below a full-width head (a Kamerstuk's number and
# title in two cells across the page): the columns are read one after the
# other, the head first.
considerans = ("constaterende dat het aantal verkeersdoden op provinciale wegen in 2024 is gestegen tot "
               "287, het hoogste aantal in tien jaar, en dat de motie-Olgün-Bos (36 200 XII, nr. 38) "
               "over een investeringsimpuls voor de verkeersveiligheid nog niet is uitgevoerd;")
out("headcols", [
    Table([2.6, 13.6], None, [["**36 600 XII**", "**Vaststelling van de begrotingsstaten van het Ministerie "
                               "van Infrastructuur en Waterstaat (XII) voor het jaar 2025**"]],
          style="Body", border=False),
    P(""),
    Columns([P("De Kamer,", "BodyJ"), P("gehoord de beraadslaging,", "BodyJ")] +
            [P(considerans.replace("287", str(280 + i)), "BodyJ") for i in range(5)] +
            [P("en gaat over tot de orde van de dag.", "BodyJ")]),
], first_header=[P("Tweede Kamer der Staten-Generaal{tab}2", "OBChamber"), P("Vergaderjaar 2024–2025", "OBYear")],
    header=[P("", "Small")], page={"header_h": "2.2cm"}, font="Liberation Serif", size="10.5pt")

# The same head above a table of two wide columns with an empty narrow
# column between them (a gutter no word crosses), ragged text: a table, read
# row by row, not two columns.
out("headtable", [
    Table([2.6, 13.6], None, [["**36 600 XII**", "**Vaststelling van de begrotingsstaten van het Ministerie "
                               "van Infrastructuur en Waterstaat (XII) voor het jaar 2025**"]],
          style="Body", border=False),
    P(""),
    Table([7.6, 0.8, 7.6], None,
          [["Rij %d links: de minister zegt toe de Kamer te informeren over de verkeersveiligheid op "
            "provinciale wegen en de investeringsimpuls." % i, "",
            "Rij %d rechts: loopt; de Kamer ontvangt de informatie bij de suppletoire begroting van "
            "dit jaar." % i] for i in range(6)], border=False),
], first_header=[P("Tweede Kamer der Staten-Generaal{tab}2", "OBChamber"), P("Vergaderjaar 2024–2025", "OBYear")],
    header=[P("", "Small")], page={"header_h": "2.2cm"}, font="Liberation Serif", size="10.5pt")

# Two justified columns over the whole page but for a head in its top band
# (set above the part the gutter is sought in) that runs across the gutter:
# the head stays whole.
out("topheadcols", [
    Table([2.6, 13.6], None, [["**36 600 XII**", "**Vaststelling van de begrotingsstaten van het Ministerie "
                               "van Infrastructuur en Waterstaat (XII) voor het jaar 2025**"]],
          style="Body", border=False),
    P(""),
    Columns([P("De Kamer,", "BodyJ"), P("gehoord de beraadslaging,", "BodyJ")] +
            [P(considerans.replace("287", str(280 + i)), "BodyJ") for i in range(12)] +
            [P("en gaat over tot de orde van de dag.", "BodyJ")]),
], page={"top": "0.8cm"}, font="Liberation Serif", size="10.5pt")
