from lib import *

NAME = "004_kamerbrief_bzk_tabel_toezeggingen_over_paginagrens"

marge1 = [P("**Directoraat-Generaal Openbaar Bestuur en Democratische Rechtsorde**", "Small"),
          P("Directie Bestuur, Democratie en Financiën", "Small"),
          P("Turfmarkt 147\nDen Haag\nPostbus 20011\n2500 EA  Den Haag", "SmallB"),
          P("Kenmerk", "SmallB"), P("2025-0000381244", "Small"),
          P("Uw kenmerk", "SmallB"), P("2025Z11907", "Small")]
marge2 = [P("**Directoraat-Generaal Openbaar Bestuur en Democratische Rechtsorde**", "Small"),
          P("Directie Bestuur, Democratie en Financiën", "Small"),
          P("Kenmerk", "SmallB"), P("2025-0000381244", "Small")]
first_header = [P("Ministerie van Binnenlandse Zaken en\nKoninkrijksrelaties", "Logo"),
                Frame("15.4cm", "5.2cm", "4.0cm", "9cm", marge1)]
header = [P("", "Small"), Frame("15.4cm", "2.6cm", "4.0cm", "5cm", marge2)]

rows = [
    ["TZ202502-031", "De minister zegt toe de Kamer voor de zomer te informeren over de uitvoering "
     "van de Wet open overheid bij gemeenten en waterschappen.",
     "Commissiedebat Openbaar bestuur, 5 februari 2025", "Afgedaan met deze brief."],
    ["TZ202502-064", "De minister zegt toe met de Vereniging van Nederlandse Gemeenten in gesprek te "
     "gaan over de uitvoeringskosten van de Omgevingswet en de Kamer over de uitkomst te informeren.",
     "Tweeminutendebat Openbaar bestuur, 12 februari 2025",
     "Loopt. Het bestuurlijk overleg vindt plaats in september."],
    ["TZ202503-112", "De staatssecretaris zegt toe de Kamer te informeren over de voortgang van de "
     "basisvoorzieningen van de digitale overheid.",
     "Plenair debat Wet digitale overheid, 18 maart 2025 (Handelingen II 2024/25, nr. 60, item 5)",
     "Afgedaan met de brief van 2 mei 2025 (Kamerstuk 26 643, nr. 1251)."],
    ["TZ202504-009", "De minister zegt toe bij de Voorjaarsnota terug te komen op de financiële "
     "positie van de Waddeneilanden en de eilandgemeenten in Zuid-Holland.",
     "Commissiedebat Financiële verhoudingen, 2 april 2025",
     "Loopt; de Kamer ontvangt de informatie bij de suppletoire begroting."],
    ["TZ202504-047", "De minister zegt toe de motie van het lid Bromet-Kuijpers (Kamerstuk 35 925 VII, "
     "nr. 41) te betrekken bij de herziening van de verdeling van het gemeentefonds.",
     "Notaoverleg Gemeentefonds, 14 april 2025",
     "Loopt. De verdeelstudies worden in december afgerond."],
    ["TZ202504-088", "De staatssecretaris zegt toe de Kamer in het najaar van 2025 te informeren over "
     "de pilots met de digitale identiteit in de gemeenten Zwolle en Súdwest-Fryslân.",
     "Commissiedebat Digitale overheid, 24 april 2025",
     "Loopt; de brief volgt in het najaar."],
    ["TZ202505-015", "De minister zegt toe een kabinetsreactie te sturen op de voorlichting van de "
     "Afdeling advisering van de Raad van State over het interbestuurlijk toezicht "
     "(W04.24.0311/I).",
     "Commissiedebat Openbaar bestuur, 21 mei 2025",
     "Afgedaan: de kabinetsreactie is als bijlage bij deze brief gevoegd."],
    ["TZ202506-002", "De minister zegt toe de Kamer jaarlijks te informeren over de ondermijning van "
     "het lokaal bestuur, te beginnen met een eerste rapportage over 2025.",
     "Commissiedebat Weerbaar bestuur, 4 juni 2025",
     "Loopt; de eerste rapportage volgt in december 2025."],
    ["TZ202506-019", "De minister zegt toe te onderzoeken of de vergoeding voor raadsleden in kleine "
     "gemeenten kan worden verhoogd, en de Kamer daarover te berichten.",
     "Wetgevingsoverleg Rechtspositie decentrale politieke ambtsdragers, 11 juni 2025",
     "Afgedaan: zie paragraaf 3 van deze brief."],
]

intro = [
    P("> Retouradres Postbus 20011 2500 EA  Den Haag", "Small"), P(""),
    P("Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag", "Tight"),
    P(""), P(""),
    P("Datum{tab}30 juni 2025\nBetreft{tab}Halfjaarlijks overzicht toezeggingen Openbaar bestuur", "Tight"),
    P(""), P(""),
    P("Geachte voorzitter,"),
    P("Op verzoek van de vaste commissie voor Binnenlandse Zaken van 11 juni 2025 stuur ik u het "
      "halfjaarlijkse overzicht van de toezeggingen op het terrein van openbaar bestuur die de "
      "staatssecretaris en ik aan uw Kamer hebben gedaan. Het overzicht in de tabel hieronder vermeldt "
      "per toezegging het nummer in het toezeggingenregister van de Kamer, het debat waarin zij is "
      "gedaan en de stand van zaken. Toezeggingen die met deze brief worden afgedaan, zijn als zodanig "
      "aangeduid.", "BodyJ"),
    P("De motie van het lid Bromet-Kuijpers vraagt de regering bij de herverdeling van het "
      "gemeentefonds rekening te houden met de extra kosten van eilandgemeenten. Zoals uit de tabel "
      "blijkt, betrek ik deze motie bij de herziening; de uitvoering loopt.", "BodyJ"),
    Hd("Overzicht toezeggingen"),
    Table([2.3, 5.0, 3.3, 2.0], ["Nr.", "Toezegging", "Debat en datum", "Stand"], rows),
    P(""),
    Hd("3. Vergoeding raadsleden"),
    P("Uit het onderzoek naar de vergoeding van raadsleden blijkt dat raadsleden in gemeenten met minder "
      "dan 24.000 inwoners gemiddeld 16 uur per week aan hun functie besteden. Het kabinet verhoogt de "
      "vergoeding in die gemeenten per 1 januari 2026 met 12 procent. Het ontwerpbesluit wordt in de "
      "zomer voor consultatie aangeboden.", "BodyJ"),
    P("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,"), P(""), P(""),
    P("H.J. Zwanenburg-Lont"),
]

xml = fodt(intro, page={"right": "6.0cm", "top": "1.0cm", "header_h": "4.6cm", "header_h2": "2.0cm"},
           first_header=first_header, header=header,
           footer=[P("Pagina {page} van {pages}", "PageNo")])

build(NAME, xml,
      "Kamerbrief of the minister van BZK (30 juni 2025, margin column on every page) with a bordered "
      "table of nine promises that crosses the page break, its header row repeated on the next page "
      "(Nr. = the Kamer's TZ number, Toezegging 'De minister/staatssecretaris zegt toe ...', Debat en "
      "datum, Stand).  Each row is a commitment of the minister (MBZK, the signer) or the "
      "staatssecretaris (SBZK), dated the debate, refs its TZ number; 'Afgedaan' settled, 'Loopt' "
      "progress.  The motion Bromet-Kuijpers is progress ('de uitvoering loopt').  The commissie's "
      "request 2025Z11907 (margin 'Uw kenmerk') a zaak.  Look-alikes: kenmerk 2025-0000381244, "
      "W04.24.0311/I (Raad van State), 24.000 inwoners, 12 procent.",
      "2025-06-30", "brief", "2025-06-30", None,
      [K("kst-26643-1251"), K("kst-35925-VII-41")],
      [H("h-tk-20242025-60-5")],
      [T("TZ202502-031", "toezegging"), T("TZ202502-064", "toezegging"), T("TZ202503-112", "toezegging"),
       T("TZ202504-009", "toezegging"), T("TZ202504-047", "toezegging"), T("TZ202504-088", "toezegging"),
       T("TZ202505-015", "toezegging"), T("TZ202506-002", "toezegging"), T("TZ202506-019", "toezegging"),
       T("2025Z11907", "zaak")],
      [M("kst-35925-VII-41", [S("Bromet-Kuijpers")], False, "progress")],
      [C(["MBZK"], "2025-02-05", "settled", venue="commissiedebat Openbaar bestuur",
         refs=["TZ202502-031"], about="Woo bij gemeenten"),
       C(["MBZK"], "2025-02-12", "progress", venue="tweeminutendebat Openbaar bestuur",
         refs=["TZ202502-064"], about="uitvoeringskosten Omgevingswet"),
       C(["SBZK"], "2025-03-18", "settled", refs=["TZ202503-112"], about="basisvoorzieningen digitale overheid"),
       C(["MBZK"], "2025-04-02", "progress", venue="commissiedebat Financiële verhoudingen",
         refs=["TZ202504-009"], about="Waddeneilanden"),
       C(["MBZK"], "2025-04-14", "progress", venue="notaoverleg Gemeentefonds",
         refs=["TZ202504-047"], about="motie Bromet-Kuijpers bij herziening"),
       C(["SBZK"], "2025-04-24", "progress", venue="commissiedebat Digitale overheid",
         refs=["TZ202504-088"], about="pilots digitale identiteit"),
       C(["MBZK"], "2025-05-21", "settled", venue="commissiedebat Openbaar bestuur",
         refs=["TZ202505-015"], about="kabinetsreactie interbestuurlijk toezicht"),
       C(["MBZK"], "2025-06-04", "progress", venue="commissiedebat Weerbaar bestuur",
         refs=["TZ202506-002"], about="ondermijning lokaal bestuur"),
       C(["MBZK"], "2025-06-11", "settled",
         venue="wetgevingsoverleg Rechtspositie decentrale politieke ambtsdragers",
         refs=["TZ202506-019"], about="vergoeding raadsleden")])
