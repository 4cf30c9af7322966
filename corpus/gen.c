/*
 * gen.c - writes N synthetic Dutch parliamentary documents for benchmarks.
 *
 *   gen [--seed S] [--format pdf|src|txt] [-j JOBS] [--keep-src] N DIR
 *
 * Defaults: --seed 1, --format pdf, -j the number of online cores.
 *
 * Each document is a fictional Kamerbrief (as a Kamerstuk or as the
 * ministry's own letter with its margin column), beslisnota, motion, answer
 * to Kamervragen or commissiedebat verslag, 1 to 10 pages long, with the
 * reference density of real letters: Kamerstukken in every form the
 * detector must know, Handelingen and Aanhangsel numbers, Kamer document
 * and zaak numbers, motions with sponsors and parties, commitments with
 * actors, venues and deadlines, and the look-alikes that must not match
 * (amounts, phone numbers, article numbers, postcodes).
 *
 * Reproducible: document i depends only on (seed, i), so the same seed and
 * N give byte-identical files, and a larger N extends a smaller one.
 * Motions are drawn from a fixed pool per dossier, so at scale many letters
 * handle the same motion, as they do in reality.
 *
 * Formats:
 *   txt  DIR/gen-NNNNNN-KIND.txt, the text as `kamerindex text` would give
 *        it (one paragraph a line, footnotes as "[^N] ..." lines).  Fast:
 *        100,000 documents take well under a minute on one core.
 *   src  DIR/gen-NNNNNN-KIND.src in the mkpdf source format
 *        (notes/src-format.md).
 *   pdf  writes the .src, runs mkpdf on it ($MKPDF, else build/bin/mkpdf),
 *        JOBS at a time (default: online cores), and removes the .src
 *        unless --keep-src.
 *
 * Everything here is invented: names, numbers and events.  Exit status 0,
 * 1 when some PDFs failed, 2 on a usage error or when DIR cannot be written.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/buf.h"

extern char **environ;

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- random numbers: splitmix64, one stream per document ---- */

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t rng_next(rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); n > 0. */
static unsigned rnd(rng *r, unsigned n)
{
    return (unsigned)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi]. */
static int rnd_between(rng *r, int lo, int hi)
{
    return lo + (int)rnd(r, (unsigned)(hi - lo + 1));
}

/* True with probability pct/100. */
static int chance(rng *r, unsigned pct)
{
    return rnd(r, 100) < pct;
}

#define PICK(r, a) ((a)[rnd((r), (unsigned)COUNT(a))])

/* ---- the invented world ---- */

typedef struct member {
    const char *name;
    const char *party;
} member;

static const member members[] = {
    {"Van der Heijde", "D66"},   {"Bennink", "VVD"},
    {"Sarmo", "SP"},             {"Ouaziz", "GL-PvdA"},
    {"Wolthuis", "CDA"},         {"El Idrissi", "DENK"},
    {"De Laat", "PVV"},          {"Van Oort", "NSC"},
    {"Brinkhuis", "ChristenUnie"}, {"Ten Hoeve", "BBB"},
    {"Lammers", "PvdD"},         {"Van Dijkhuizen", "SGP"},
    {"Çelik", "GL-PvdA"},        {"Van 't Veld", "BBB"},
    {"Hofstede", "VVD"},         {"Meulenbelt", "NSC"},
    {"Kortenhoeven", "PVV"},     {"De Graaf-Zwart", "CDA"},
    {"Ramdin", "D66"},           {"Aydoğan", "DENK"},
    {"Schuurmans", "Volt"},      {"Van der Vlist", "JA21"},
    {"Oosterveld", "GL-PvdA"},   {"Nijenhuis", "SP"},
    {"Terlouw", "PVV"},          {"Bakker-Smit", "NSC"},
    {"Dekkers", "VVD"},          {"Van Beek", "BBB"},
    {"Zandstra", "ChristenUnie"}, {"Yılmaz-Koç", "DENK"},
};

typedef struct dossier {
    const char *num;   /* "29279", "36600-VI", "21501-07" */
    const char *title;
    int motion_lo;     /* motions are drawn from [motion_lo, motion_hi] */
    int motion_hi;
} dossier;

typedef struct actor {
    const char *abbr;  /* SJenV */
    const char *title; /* de staatssecretaris van Justitie en Veiligheid */
    const char *caps;  /* DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID */
    const char *sign;  /* De Staatssecretaris van Justitie en Veiligheid, */
    const char *name;  /* M.L. van Rijswijk */
} actor;

typedef struct ministry {
    const char *abbr;
    const char *name;      /* Ministerie van ... */
    const char *address[2];
    const char *directies[3];
    const char *kenmerk_fmt; /* "%07u" style, see make_kenmerk() */
    actor actors[2];
    dossier dossiers[4];
    const char *topics[6];
    const char *orgs[6];
    const char *groups[4];
    const char *venues[3]; /* commissiedebat names */
} ministry;

static const ministry ministries[] = {
    {"JenV", "Ministerie van Justitie en Veiligheid",
     {"Turfmarkt 147", "2511 DP Den Haag"},
     {"Directoraat-Generaal Rechtspleging en Rechtshandhaving",
      "Directie Strafrechtketen", "Directie Rechtshandhaving en Criminaliteitsbestrijding"},
     "jenv",
     {{"MJenV", "de minister van Justitie en Veiligheid", "DE MINISTER VAN JUSTITIE EN VEILIGHEID",
       "De Minister van Justitie en Veiligheid,", "D.R. Kuyper"},
      {"SJenV", "de staatssecretaris van Justitie en Veiligheid",
       "DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID",
       "De Staatssecretaris van Justitie en Veiligheid,", "M.L. van Rijswijk"}},
     {{"29279", "Rechtsstaat en Rechtsorde", 700, 960},
      {"28345", "Huiselijk geweld", 240, 300},
      {"29628", "Politie", 1100, 1300},
      {"36600-VI", "Vaststelling van de begrotingsstaten van het Ministerie van Justitie en Veiligheid (VI) voor het jaar 2025", 10, 160}},
     {"de aanpak van ondermijning", "de capaciteit van de rechtspraak",
      "de bescherming van slachtoffers van stalking", "de aanpak van femicide",
      "de versterking van de reclassering", "de aanpak van cybercriminaliteit"},
     {"de politie", "het Openbaar Ministerie", "de Raad voor de rechtspraak",
      "Reclassering Nederland", "Slachtofferhulp Nederland", "het WODC"},
     {"slachtoffers", "jongeren in detentie", "advocaten in de sociale advocatuur", "wijkagenten"},
     {"Strafrechtketen", "Zeden en (on)veiligheid van vrouwen", "Politie"}},
    {"VWS", "Ministerie van Volksgezondheid, Welzijn en Sport",
     {"Parnassusplein 5", "2511 VX Den Haag"},
     {"Directie Jeugd", "Directie Maatschappelijke Ondersteuning", "Directie Curatieve Zorg"},
     "vws",
     {{"MVWS", "de minister van Volksgezondheid, Welzijn en Sport",
       "DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
       "De Minister van Volksgezondheid, Welzijn en Sport,", "P.J. Oosterhout"},
      {"SVWS", "de staatssecretaris van Volksgezondheid, Welzijn en Sport",
       "DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
       "De Staatssecretaris van Volksgezondheid, Welzijn en Sport,", "K. Haverkamp"}},
     {{"31839", "Jeugdbeleid", 900, 1100},
      {"29282", "Arbeidsmarktbeleid in de zorg", 500, 620},
      {"32793", "Preventief gezondheidsbeleid", 700, 820},
      {"36600-XVI", "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025", 10, 180}},
     {"de wachttijden in de jeugd-GGZ", "de arbeidsmarkt in zorg en welzijn",
      "de aanpak van kindermishandeling", "de toegankelijkheid van de huisartsenzorg",
      "de preventie van overgewicht bij kinderen", "de ondersteuning van mantelzorgers"},
     {"de Nederlandse Zorgautoriteit", "de Inspectie Gezondheidszorg en Jeugd",
      "Zorgverzekeraars Nederland", "de VNG", "het RIVM", "de Nederlandse ggz"},
     {"jongeren", "mantelzorgers", "ouderen", "jeugdprofessionals"},
     {"Jeugd", "Zorgverzekeringsstelsel", "Arbeidsmarktbeleid in de zorg"}},
    {"BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
     {"Turfmarkt 147", "2511 DP Den Haag"},
     {"DG Volkshuisvesting en Bouwen", "Directie Woningmarkt", "DG Openbaar Bestuur en Democratische Rechtsstaat"},
     "bzk",
     {{"MBZK", "de minister van Binnenlandse Zaken en Koninkrijksrelaties",
       "DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
       "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,", "E.J. Verbeek"},
      {"MVRO", "de minister voor Volkshuisvesting en Ruimtelijke Ordening",
       "DE MINISTER VOOR VOLKSHUISVESTING EN RUIMTELIJKE ORDENING",
       "De Minister voor Volkshuisvesting en Ruimtelijke Ordening,", "S.A. Lindeboom"}},
     {{"32847", "Integrale visie op de woningmarkt", 1050, 1250},
      {"32802", "Informatiehuishouding en openbaarheid", 140, 260},
      {"35925-VII", "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2022", 10, 140},
      {"36600-VII", "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2025", 10, 150}},
     {"de bouw van betaalbare woningen", "de huurbescherming van studenten",
      "de informatiehuishouding van de rijksoverheid", "de uitvoering van de Wet open overheid",
      "de weerbaarheid van het openbaar bestuur", "de verduurzaming van huurwoningen"},
     {"de VNG", "Aedes", "de Woonbond", "het Interprovinciaal Overleg",
      "de Autoriteit woningcorporaties", "het Adviescollege Openbaarheid en Informatiehuishouding"},
     {"huurders", "studenten", "starters op de woningmarkt", "decentrale overheden"},
     {"Bouwen en wonen", "Huurbeleid", "Informatiehuishouding"}},
    {"OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap",
     {"Rijnstraat 50", "2515 XP Den Haag"},
     {"Directie Primair Onderwijs", "Directie Hoger Onderwijs en Studiefinanciering", "Directie Emancipatie"},
     "ocw",
     {{"MOCW", "de minister van Onderwijs, Cultuur en Wetenschap",
       "DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP",
       "De Minister van Onderwijs, Cultuur en Wetenschap,", "A.G. Pruijs"},
      {"SOCW", "de staatssecretaris van Onderwijs, Cultuur en Wetenschap",
       "DE STAATSSECRETARIS VAN ONDERWIJS, CULTUUR EN WETENSCHAP",
       "De Staatssecretaris van Onderwijs, Cultuur en Wetenschap,", "H. de Groot-Elzinga"}},
     {{"31293", "Primair Onderwijs", 650, 760},
      {"31289", "Voortgezet Onderwijs", 480, 600},
      {"30420", "Emancipatiebeleid", 380, 440},
      {"36600-VIII", "Vaststelling van de begrotingsstaten van het Ministerie van Onderwijs, Cultuur en Wetenschap (VIII) voor het jaar 2025", 10, 170}},
     {"het leesonderwijs in het primair onderwijs", "het lerarentekort",
      "de sociale veiligheid in het hoger onderwijs", "de toegankelijkheid van het mbo",
      "de kansengelijkheid in het funderend onderwijs", "de aanpak van seksuele intimidatie"},
     {"de PO-Raad", "de Inspectie van het Onderwijs", "de VO-raad", "de MBO Raad",
      "de Vereniging Hogescholen", "de Universiteiten van Nederland"},
     {"leerlingen", "leraren", "studenten", "schoolleiders"},
     {"Funderend onderwijs", "Emancipatie", "Hoger onderwijs"}},
    {"SZW", "Ministerie van Sociale Zaken en Werkgelegenheid",
     {"Parnassusplein 5", "2511 VX Den Haag"},
     {"Directie Participatie en Decentrale Voorzieningen", "Directie Arbeidsmarkt en Sociaal-Economische Aangelegenheden", "Directie Armoede"},
     "szw",
     {{"MSZW", "de minister van Sociale Zaken en Werkgelegenheid",
       "DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID",
       "De Minister van Sociale Zaken en Werkgelegenheid,", "R.T. Smits"},
      {"SSZW", "de staatssecretaris van Sociale Zaken en Werkgelegenheid",
       "DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID",
       "De Staatssecretaris van Sociale Zaken en Werkgelegenheid,", "J.W. Bosveld"}},
     {{"34352", "Participatiewet", 280, 360},
      {"29544", "Arbeidsmarktbeleid", 1180, 1300},
      {"24515", "Armoede- en schuldenbeleid", 700, 800},
      {"36600-XV", "Vaststelling van de begrotingsstaten van het Ministerie van Sociale Zaken en Werkgelegenheid (XV) voor het jaar 2025", 10, 140}},
     {"de kostendelersnorm in de Participatiewet", "de aanpak van armoede onder kinderen",
      "de handhaving van de arbeidsmarktregels", "de vereenvoudiging van de sociale zekerheid",
      "de aanpak van problematische schulden", "de positie van arbeidsmigranten"},
     {"het UWV", "de SVB", "de Nederlandse Arbeidsinspectie", "Divosa",
      "de Stichting van de Arbeid", "het Nibud"},
     {"jongeren tot 27 jaar", "uitkeringsgerechtigden", "arbeidsmigranten", "gezinnen met kinderen"},
     {"Participatiewet", "Armoede- en schuldenbeleid", "Arbeidsmarktbeleid"}},
    {"IenW", "Ministerie van Infrastructuur en Waterstaat",
     {"Rijnstraat 8", "2515 XP Den Haag"},
     {"DG Mobiliteit", "Directie Openbaar Vervoer en Spoor", "Directie Wegen en Verkeersveiligheid"},
     "ienw",
     {{"MIenW", "de minister van Infrastructuur en Waterstaat",
       "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT",
       "De Minister van Infrastructuur en Waterstaat,", "W.F. Hogendoorn"},
      {"SIenW", "de staatssecretaris van Infrastructuur en Waterstaat",
       "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT",
       "De Staatssecretaris van Infrastructuur en Waterstaat,", "C.M. Dijkema"}},
     {{"31305", "Mobiliteitsbeleid", 380, 480},
      {"29984", "Spoor: vervoer- en beheerplan", 1050, 1180},
      {"29398", "Maatregelen verbetering verkeersveiligheid", 1020, 1110},
      {"36600-XII", "Vaststelling van de begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het jaar 2025", 10, 130}},
     {"de bereikbaarheid van regio's met het openbaar vervoer", "de sociale veiligheid in het openbaar vervoer",
      "het onderhoud van bruggen en tunnels", "de verkeersveiligheid op provinciale wegen",
      "de toegankelijkheid van stations", "de capaciteit op het spoor"},
     {"Rijkswaterstaat", "ProRail", "NS", "de provincies", "het CBR", "de Inspectie Leefomgeving en Transport"},
     {"reizigers", "inwoners van krimpregio's", "mensen met een beperking", "fietsers"},
     {"OV en taxi", "Verkeersveiligheid", "Spoor"}},
    {"Fin", "Ministerie van Financiën",
     {"Korte Voorhout 7", "2511 CW Den Haag"},
     {"Directie Algemene Financiële en Economische Politiek", "Directie Toeslagen", "Directie Financiële Markten"},
     "fin",
     {{"MFin", "de minister van Financiën", "DE MINISTER VAN FINANCIËN",
       "De Minister van Financiën,", "J.A. Brandsma"},
      {"SFin", "de staatssecretaris van Financiën", "DE STAATSSECRETARIS VAN FINANCIËN",
       "De Staatssecretaris van Financiën,", "T. Mulder"}},
     {{"31066", "Belastingdienst", 1350, 1480},
      {"21501-07", "Raad voor Economische en Financiële Zaken", 1900, 2050},
      {"31477", "Preventie witwassen en terrorismefinanciering", 80, 140},
      {"36600-IX", "Vaststelling van de begrotingsstaten van het Ministerie van Financiën (IX) en de begrotingsstaat van Nationale Schuld (XI) voor het jaar 2025", 10, 90}},
     {"de hersteloperatie kinderopvangtoeslag", "de dienstverlening van de Belastingdienst",
      "de Europese begrotingsregels", "de aanpak van witwassen",
      "de modernisering van de inningsprocessen", "de bescherming van gedupeerden"},
     {"de Belastingdienst", "de Dienst Toeslagen", "de Algemene Rekenkamer", "De Nederlandsche Bank",
      "de Commissie Werkelijke Schade", "de Nationale ombudsman"},
     {"gedupeerde ouders", "belastingplichtigen", "banken", "ondernemers"},
     {"Belastingdienst", "Hersteloperatie kinderopvangtoeslag", "Eurogroep/Ecofin"}},
};

static const char *const months[] = {
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
};

static const char *const places[] = {
    "Groningen", "Haaglanden", "Limburg-Noord", "Utrecht", "Twente", "Zeeland",
    "Rotterdam-Rijnmond", "Noord-Holland Noord", "Drenthe", "Midden-Brabant",
};

static const char *const deadlines[] = {
    "voor de zomer van %d", "in het eerste kwartaal van %d", "voor het einde van %d",
    "in het najaar van %d", "voor 1 juli %d", "in het voorjaar van %d",
};

/* ---- dates ---- */

typedef struct date {
    int y, m, d; /* m 1..12 */
} date;

static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

static long date_days(date t) /* days since 2000-01-01, 2000..2099 is enough */
{
    long n = (long)(t.y - 2000) * 365 + (t.y - 1997) / 4;
    for (int i = 0; i < t.m - 1; i++)
        n += mdays[i];
    if (t.m > 2 && t.y % 4 == 0)
        n++;
    return n + t.d - 1;
}

static date date_from_days(long n)
{
    date t = {2000, 1, 1};
    for (;;) {
        int len = 365 + (t.y % 4 == 0);
        if (n < len)
            break;
        n -= len;
        t.y++;
    }
    for (int i = 0; i < 12; i++) {
        int len = mdays[i] + (i == 1 && t.y % 4 == 0);
        if (n < len) {
            t.m = i + 1;
            t.d = (int)n + 1;
            break;
        }
        n -= len;
    }
    return t;
}

/* A date between 2023-01-02 and 2025-12-19, skipping weekends. */
static date random_doc_date(rng *r)
{
    long lo = date_days((date){2023, 1, 2}), hi = date_days((date){2025, 12, 19});
    long n = lo + (long)rnd(r, (unsigned)(hi - lo));
    while ((n + 5) % 7 >= 5) /* 2000-01-01 was a Saturday: weekday 5 */
        n++;
    return date_from_days(n);
}

/* A date 10..700 days before t. */
static date earlier(rng *r, date t)
{
    return date_from_days(date_days(t) - rnd_between(r, 10, 700));
}

/* The parliamentary year (vergaderjaar) starts in September. */
static int vj_start(date t)
{
    return t.m >= 9 ? t.y : t.y - 1;
}

/* ---- output helpers; an allocation failure ends the program ---- */

static void oom(void)
{
    fputs("gen: out of memory\n", stderr);
    exit(2);
}

static void add(ki_buf *b, const char *s)
{
    if (ki_buf_adds(b, s))
        oom();
}

static void addf(ki_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void addf(ki_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ki_status st = ki_buf_vaddf(b, fmt, ap);
    va_end(ap);
    if (st)
        oom();
}

static void add_date(ki_buf *b, date t)
{
    addf(b, "%d %s %d", t.d, months[t.m - 1], t.y);
}

/* "29279" as "29 279" (the Kamerstuk typography); other forms unchanged. */
static void add_spaced_dossier(ki_buf *b, const char *num)
{
    size_t digits = strspn(num, "0123456789");
    if (digits == 5) {
        addf(b, "%.2s %s", num, num + 2);
    } else {
        add(b, num);
    }
}

/* ---- the document being built ---- */

enum fmt { FMT_TXT, FMT_SRC, FMT_PDF };

enum kind { K_BRIEF_KST, K_BRIEF_MIN, K_BESLISNOTA, K_MOTIE, K_ANTWOORD, K_VERSLAG };
static const char *const kind_names[] = {"brief", "brief", "beslisnota", "motie", "antwoord", "verslag"};

typedef struct doc {
    rng r;
    enum fmt fmt;
    ki_buf *b;
    const ministry *min;
    const actor *act;
    date when;
    int fn;          /* last footnote number */
    ki_buf notes;    /* footnotes waiting for the end of the paragraph */
    long words;      /* approximate words written so far */
    char kenmerk[40]; /* the document's own reference, as in the margin */
} doc;

/* Appends a footnote marker "^N" to the paragraph being built; the note
 * itself is written after the paragraph (para_end), as "[^N]: text" in the
 * mkpdf source and as "[^N] text" in the text format (what `kamerindex text`
 * prints for a PDF footnote). */
static void footnote(doc *d, ki_buf *para, const char *text)
{
    d->fn++;
    addf(para, "^%d", d->fn);
    if (d->fmt == FMT_TXT)
        addf(&d->notes, "[^%d] %s\n", d->fn, text);
    else
        addf(&d->notes, "[^%d]: %s\n", d->fn, text);
}

static void para_end(doc *d, ki_buf *para)
{
    add(d->b, ki_buf_str(para));
    add(d->b, "\n\n");
    if (d->notes.len) {
        add(d->b, ki_buf_str(&d->notes));
        add(d->b, "\n");
        ki_buf_truncate(&d->notes, 0);
    }
    for (const char *p = ki_buf_str(para); *p; p++)
        d->words += (*p == ' ');
    ki_buf_truncate(para, 0);
}

static void heading(doc *d, const char *h)
{
    addf(d->b, "%s%s\n\n", d->fmt == FMT_TXT ? "" : "## ", h);
}

/* One of the ministry's own dossiers, as it existed on the document's date. */
static const dossier *own_dossier(doc *d)
{
    const dossier *ds = &PICK(&d->r, d->min->dossiers);
    if (strncmp(ds->num, "36600", 5) == 0 && date_days(d->when) < date_days((date){2024, 9, 17}))
        ds = &d->min->dossiers[0];
    return ds;
}

static const dossier *pick_dossier(doc *d)
{
    /* Mostly the ministry's own dossiers, sometimes another's. */
    const ministry *m = chance(&d->r, 85) ? d->min : &PICK(&d->r, ministries);
    const dossier *ds = &PICK(&d->r, m->dossiers);
    /* the 2025 budget dossiers (36600-...) exist from Prinsjesdag 2024 on */
    if (strncmp(ds->num, "36600", 5) == 0 && date_days(d->when) < date_days((date){2024, 9, 17}))
        ds = &m->dossiers[0];
    return ds;
}

/* A Kamerstuk reference to dossier ds, nr, published on date t, in one of
 * the many forms real letters use. */
static void add_kst(doc *d, ki_buf *b, const dossier *ds, int nr, date t)
{
    int y = vj_start(t);
    switch (rnd(&d->r, 10)) {
    case 0:
        addf(b, "Kamerstukken II %d/%02d, ", y, (y + 1) % 100);
        add_spaced_dossier(b, ds->num);
        addf(b, ", nr. %d", nr);
        break;
    case 1:
        addf(b, "Kamerstukken II, %d-%d, %s, nr. %d", y, y + 1, ds->num, nr);
        break;
    case 2:
        addf(b, "Kamerstuk II, %s, nr. %d", ds->num, nr);
        break;
    case 3:
        addf(b, "Kamerstuk %s-%d", ds->num, nr);
        break;
    case 4:
        addf(b, "Kamerstukken II %d/%d, %s, nr. %d", y, y + 1, ds->num, nr);
        break;
    case 5:
        add_spaced_dossier(b, ds->num);
        addf(b, ", nr. %d", nr);
        break;
    default:
        addf(b, "Kamerstuk %s, nr. %d", ds->num, nr);
        break;
    }
}

static const member *pick_member(doc *d)
{
    return &PICK(&d->r, members);
}

static const char *const motion_subjects[] = {
    "het versterken van %s", "structurele financiering voor %s", "een onafhankelijke evaluatie van %s",
    "het betrekken van ervaringsdeskundigen bij %s", "meer regie van het Rijk op %s",
    "het terugdraaien van de bezuiniging op %s", "een landelijk meldpunt voor %s",
    "het verminderen van de regeldruk bij %s",
};

/* "over SUBJECT", the topic with "de"/"het" kept. */
static void add_subject(doc *d, ki_buf *b)
{
    addf(b, PICK(&d->r, motion_subjects), PICK(&d->r, d->min->topics));
}

/* One motion mention with sponsors, subject and Kamerstuk; the relation
 * sentence follows in the caller. */
static void add_motion(doc *d, ki_buf *b, int in_list)
{
    const dossier *ds = pick_dossier(d);
    int nr = rnd_between(&d->r, ds->motion_lo, ds->motion_hi);
    date t = earlier(&d->r, d->when);
    const member *a = pick_member(d), *c = pick_member(d);
    if (c == a)
        c = &members[(size_t)(a - members + 1) % COUNT(members)];
    unsigned form = rnd(&d->r, 6);
    const char *lead = in_list ? "Motie" : "De motie";
    switch (form) {
    case 0:
        addf(b, "%s van het lid %s (%s) over ", lead, a->name, a->party);
        break;
    case 1:
        addf(b, "%s van de leden %s (%s) en %s (%s) over ", lead, a->name, a->party, c->name, c->party);
        break;
    case 2:
        addf(b, "%s van het lid %s c.s. over ", lead, a->name);
        break;
    case 3:
        addf(b, "%s-%s/%s over ", in_list ? "Motie" : "De motie", a->name, c->name);
        break;
    case 4:
        addf(b, "%s van de leden %s en %s over ", lead, a->name, c->name);
        break;
    default:
        addf(b, "%s-%s over ", in_list ? "Motie" : "De motie", a->name);
        break;
    }
    add_subject(d, b);
    add(b, " (");
    add_kst(d, b, ds, nr, t);
    add(b, ")");
}

static void add_commitment(doc *d, ki_buf *b, int in_list)
{
    const ministry *m = d->min;
    const actor *a = &m->actors[rnd(&d->r, 2)];
    date t = earlier(&d->r, d->when);
    int jl = t.y == d->when.y && date_days(d->when) - date_days(t) < 200 && chance(&d->r, 40);
    addf(b, "%s van %s ", in_list ? "Toezegging" : "De toezegging", chance(&d->r, 60) ? a->abbr : a->title);
    switch (rnd(&d->r, 4)) {
    case 0:
        addf(b, "in het commissiedebat %s d.d. ", PICK(&d->r, m->venues));
        break;
    case 1:
        addf(b, "tijdens het commissiedebat %s van ", PICK(&d->r, m->venues));
        break;
    case 2:
        add(b, "tijdens het plenaire debat van ");
        break;
    default:
        add(b, "in het wetgevingsoverleg van ");
        break;
    }
    if (jl)
        addf(b, "%d %s jl.", t.d, months[t.m - 1]);
    else if (chance(&d->r, 20))
        addf(b, "%02d-%02d-%d", t.d, t.m, t.y);
    else
        add_date(b, t);
    add(b, " om uw Kamer ");
    addf(b, PICK(&d->r, deadlines), t.y + 1);
    addf(b, " te informeren over %s", PICK(&d->r, m->topics));
    if (chance(&d->r, 25))
        addf(b, " (TZ%d%02d-%03d)", t.y, t.m, rnd_between(&d->r, 1, 400));
}

static const char *const settle_sentences[] = {
    "Hiermee beschouw ik de motie als afgedaan.",
    "Daarmee is aan de motie voldaan.",
    "Met deze brief is de motie uitgevoerd.",
    "Hiermee doe ik mijn toezegging gestand.",
    "Met deze brief is de toezegging afgedaan.",
};

static const char *const progress_sentences[] = {
    "Over de verdere voortgang informeer ik uw Kamer %s.",
    "Ik verwacht uw Kamer %s over de uitkomsten te kunnen informeren.",
    "De uitvoering loopt; ik kom hier %s op terug.",
};

/* ---- filler sentences ---- */

/* A topic without its article: "de aanpak van X" -> "aanpak van X". */
static const char *bare(const char *topic)
{
    if (strncmp(topic, "de ", 3) == 0)
        return topic + 3;
    if (strncmp(topic, "het ", 4) == 0)
        return topic + 4;
    return topic;
}

/* Two different entries of a four- or six-entry list. */
static void pick_two(rng *r, const char *const *list, unsigned n, const char **a, const char **b)
{
    unsigned i = rnd(r, n), j = rnd(r, n - 1);
    *a = list[i];
    *b = list[j >= i ? j + 1 : j];
}

/* One filler sentence; `used` is a bit set of the templates already used
 * in this paragraph, so that a paragraph does not repeat itself. */
static void sentence_t(doc *d, ki_buf *b, uint32_t *used)
{
    const ministry *m = d->min;
    rng *r = &d->r;
    size_t start = b->len;
    unsigned t = rnd(r, 22);
    for (int tries = 0; tries < 6 && (*used >> t & 1u); tries++)
        t = rnd(r, 22);
    *used |= 1u << t;
    const char *o1, *o2;
    pick_two(r, m->orgs, (unsigned)COUNT(m->orgs), &o1, &o2);
    switch (t) {
    case 0:
        addf(b, "Het kabinet hecht groot belang aan %s.", PICK(r, m->topics));
        break;
    case 1:
        addf(b, "In de afgelopen maanden is met %s en %s gesproken over de uitvoering.", o1, o2);
        break;
    case 2: {
        int total = rnd_between(r, 10, 25);
        addf(b, "Uit de evaluatie door %s blijkt dat de aanpak in %d van de %d regio's tot betere resultaten leidt.",
             PICK(r, m->orgs), rnd_between(r, 2, total - 1), total);
        break;
    }
    case 3:
        add(b, "Tegelijkertijd constateer ik dat de uitvoering onder druk staat en dat de personele capaciteit beperkt is.");
        break;
    case 4:
        addf(b, "Ik vind het belangrijk dat %s tijdig de ondersteuning krijgen die zij nodig hebben.", PICK(r, m->groups));
        break;
    case 5:
        add(b, "Daarbij wordt nauw samengewerkt met gemeenten, uitvoeringsorganisaties en maatschappelijke partners.");
        break;
    case 6:
        addf(b, "De kosten bedragen naar verwachting EUR %d,%d miljoen per jaar; daarnaast is eenmalig EUR %d.%03d beschikbaar gesteld.",
             rnd_between(r, 1, 90), rnd_between(r, 1, 9), rnd_between(r, 10, 99), rnd_between(r, 0, 999));
        break;
    case 7:
        addf(b, "In %s %d is een pilot gestart in de regio %s.", months[rnd(r, 12)], d->when.y - (int)rnd(r, 2), PICK(r, places));
        break;
    case 8:
        add(b, "De eerste resultaten zijn bemoedigend, maar het is te vroeg om daar harde conclusies aan te verbinden.");
        break;
    case 9:
        addf(b, "Op grond van artikel %d, lid %d, van de wet kunnen bij algemene maatregel van bestuur nadere regels worden gesteld.",
             rnd_between(r, 2, 40), rnd_between(r, 1, 6));
        break;
    case 10:
        addf(b, "Het aantal meldingen steeg van %d in %d naar %d.%03d in %d.",
             rnd_between(r, 300, 999), d->when.y - 2, rnd_between(r, 1, 9), rnd_between(r, 0, 999), d->when.y - 1);
        break;
    case 11:
        addf(b, "Deze ontwikkeling sluit aan bij de wens van uw Kamer om %s te versterken.", PICK(r, m->topics));
        break;
    case 12:
        add(b, "Ik zal de voortgang nauwlettend volgen en waar nodig bijsturen.");
        break;
    case 13:
        addf(b, "Een belangrijke les uit de pilots is dat vroegtijdige betrokkenheid van %s het verschil maakt.", PICK(r, m->groups));
        break;
    case 14:
        addf(b, "Vragen over deze brief kunnen worden gesteld via het publieksnummer 0800-%04d of 070 - %03d %02d %02d.",
             rnd_between(r, 1000, 9999), rnd_between(r, 300, 399), rnd_between(r, 10, 99), rnd_between(r, 10, 99));
        break;
    case 15:
        addf(b, "%s heeft aangegeven meer tijd nodig te hebben voor een zorgvuldige implementatie.", o1);
        break;
    case 16: { /* a date earlier this year, written "3 april jl." */
        int mon = (int)rnd(r, (unsigned)d->when.m) + 1;
        int day = rnd_between(r, 1, 28);
        if (mon == d->when.m && day >= d->when.d)
            day = d->when.d > 1 ? d->when.d - 1 : 1;
        addf(b, "Zoals ik op %d %s jl. heb gemeld, is de wetgeving op dit punt in voorbereiding.", day, months[mon - 1]);
        break;
    }
    case 17:
        addf(b, "Het onderzoek wordt uitgevoerd door een consortium onder leiding van %s en wordt in %s %d afgerond.",
             PICK(r, m->orgs), months[rnd(r, 12)], d->when.y + 1);
        break;
    case 18:
        add(b, "Daarmee wordt ook tegemoetgekomen aan de aanbevelingen van de Raad van State over de uitvoerbaarheid.");
        break;
    case 19:
        addf(b, "Ik heb %s gevraagd om de ervaringen van %s daarbij nadrukkelijk te betrekken.", PICK(r, m->orgs), PICK(r, m->groups));
        break;
    case 20:
        addf(b, "Voor de regio's %s en %s zijn aanvullende afspraken gemaakt over de inzet van middelen.", PICK(r, places), PICK(r, places));
        break;
    default:
        add(b, "Ik ben mij ervan bewust dat dit voor de betrokkenen een ingrijpende verandering is.");
        break;
    }
    if (b->data[start] >= 'a' && b->data[start] <= 'z')
        b->data[start] = (char)(b->data[start] - 32);
}

static void sentence(doc *d, ki_buf *b)
{
    uint32_t used = 0;
    sentence_t(d, b, &used);
}

/* A body paragraph of 3..7 sentences; about half of them carry a reference. */
static void paragraph(doc *d, ki_buf *para)
{
    rng *r = &d->r;
    int n = rnd_between(r, 3, 7);
    uint32_t used = 0;
    for (int i = 0; i < n; i++) {
        if (i)
            add(para, " ");
        sentence_t(d, para, &used);
        if (!chance(r, 22))
            continue;
        /* a reference: a footnote, an inline Kamerstuk, or a number */
        ki_buf note = KI_BUF_INIT;
        const dossier *ds = pick_dossier(d);
        date t = earlier(r, d->when);
        int nr = rnd_between(r, ds->motion_lo / 2 + 1, ds->motion_hi + 40);
        switch (rnd(r, 8)) {
        case 0:
        case 1:
        case 2: /* the marker goes before the sentence's full stop */
            add_kst(d, &note, ds, nr, t);
            add(&note, ".");
            ki_buf_truncate(para, para->len - 1);
            footnote(d, para, ki_buf_str(&note));
            add(para, ".");
            break;
        case 3:
            add(para, " Zie ook de brieven op stuk ");
            addf(para, "nrs. %d en %d.", nr, nr + rnd_between(r, 1, 30));
            break;
        case 4: {
            int y = vj_start(t);
            if (chance(r, 50))
                addf(para, " Dit is eerder besproken (Handelingen II %d/%02d, nr. %d, item %d).",
                     y, (y + 1) % 100, rnd_between(r, 1, 100), rnd_between(r, 2, 30));
            else
                addf(para, " Zie ook mijn antwoorden op schriftelijke vragen (Aanhangsel Handelingen II, %d/%02d, nr. %d).",
                     y, (y + 1) % 100, rnd_between(r, 1, 2900));
            break;
        }
        case 5:
            addf(para, " Zie de brief van %d %s %d (%dD%05d).", t.d, months[t.m - 1], t.y, t.y, rnd_between(r, 100, 52000));
            break;
        case 6:
            addf(para, " Dit onderwerp is ook aan de orde in de schriftelijke vragen met kenmerk %dZ%05d.", t.y, rnd_between(r, 100, 22000));
            break;
        default:
            add(para, " Zie ");
            add_kst(d, para, ds, nr, t);
            add(para, ".");
            break;
        }
        ki_buf_free(&note);
    }
    para_end(d, para);
}

static void motion_block(doc *d, ki_buf *para)
{
    rng *r = &d->r;
    add_motion(d, para, 0);
    add(para, " verzoekt de regering ");
    addf(para, "%s te betrekken bij %s.", PICK(r, d->min->orgs), PICK(r, d->min->topics));
    add(para, " ");
    sentence(d, para);
    add(para, " ");
    unsigned rel = rnd(r, 3);
    if (rel == 0) {
        add(para, PICK(r, settle_sentences));
    } else if (rel == 1) {
        addf(para, PICK(r, progress_sentences), "voor de zomer van 2026");
    } else {
        add(para, "Ik kom hierop terug in de volgende voortgangsbrief.");
    }
    para_end(d, para);
}

static void list_block(doc *d, ki_buf *para)
{
    rng *r = &d->r;
    add(para, "In deze brief worden de volgende moties en toezeggingen afgedaan of wordt de voortgang toegelicht:");
    para_end(d, para);
    int n = rnd_between(r, 2, 6);
    for (int i = 0; i < n; i++) {
        add(para, "- ");
        if (chance(r, 55))
            add_motion(d, para, 1);
        else
            add_commitment(d, para, 1);
        add(para, ";");
        add(d->b, ki_buf_str(para));
        add(d->b, "\n");
        ki_buf_truncate(para, 0);
    }
    add(d->b, "\n");
}

static void table_block(doc *d)
{
    rng *r = &d->r;
    if (d->fmt != FMT_TXT)
        add(d->b, "@pagebreak\n\n");
    heading(d, "Bijlage 1. Overzicht moties en toezeggingen");
    if (d->fmt != FMT_TXT)
        add(d->b, "@raw:\n");
    add(d->b, "Nr. | Soort | Indiener(s) | Vindplaats | Stand van zaken\n");
    int n = rnd_between(r, 3, 9);
    for (int i = 1; i <= n; i++) {
        date t = earlier(r, d->when);
        const dossier *ds = pick_dossier(d);
        const char *stand = chance(r, 50) ? "Afgedaan" : "Loopt";
        if (chance(r, 60)) {
            /* the row must fit the body column: the party only when short */
            const member *a = pick_member(d);
            char who[80];
            if (strlen(a->name) + strlen(a->party) + strlen(ds->num) < 22)
                snprintf(who, sizeof who, "%s (%s)", a->name, a->party);
            else
                snprintf(who, sizeof who, "%s", a->name);
            addf(d->b, "%d | Motie | %s | %s, nr. %d | %s\n", i, who, ds->num,
                 rnd_between(r, ds->motion_lo, ds->motion_hi), stand);
        } else {
            addf(d->b, "%d | Toezegging | %s | TZ%d%02d-%03d | %s\n", i,
                 d->min->actors[rnd(r, 2)].abbr, t.y, t.m, rnd_between(r, 1, 400), stand);
        }
    }
    if (d->fmt != FMT_TXT)
        add(d->b, "@endraw\n");
    add(d->b, "\n");
}

/* ---- document kinds ---- */

/* Writes text as lines of at most width bytes (broken at spaces), the first
 * preceded by first, the others by cont: a raw header line or a margin
 * directive must fit its column, as the real ones are broken over lines. */
static void add_wrapped(ki_buf *b, const char *first, const char *cont, const char *text, size_t width)
{
    const char *prefix = first;
    while (*text) {
        size_t n = strlen(text);
        if (n > width) {
            size_t cut = width;
            while (cut > 0 && text[cut] != ' ')
                cut--;
            n = cut ? cut : width;
        }
        addf(b, "%s%.*s\n", prefix, (int)n, text);
        prefix = cont;
        text += n;
        while (*text == ' ')
            text++;
    }
}


static void kst_header(doc *d, const dossier *ds, int nr, const char *what)
{
    int y = vj_start(d->when);
    if (d->fmt != FMT_TXT)
        add(d->b, "@raw:\n");
    addf(d->b, "Tweede Kamer der Staten-Generaal\nVergaderjaar %d-%d\n\n", y, y + 1);
    ki_buf line = KI_BUF_INIT;
    add_spaced_dossier(&line, ds->num);
    addf(&line, " %s", ds->title);
    add_wrapped(d->b, "", "", ki_buf_str(&line), 52);
    add(d->b, "\n");
    ki_buf_truncate(&line, 0);
    addf(&line, "Nr. %d %s", nr, what);
    add_wrapped(d->b, "", "", ki_buf_str(&line), 40); /* capitals are wide */
    ki_buf_free(&line);
    if (d->fmt != FMT_TXT)
        add(d->b, "@endraw\n");
    add(d->b, "\n");
}

static void src_common(doc *d, const char *title, int margin)
{
    if (d->fmt == FMT_TXT)
        return;
    addf(d->b, "@title: %s\n@date: %d-%02d-%02d\n", title, d->when.y, d->when.m, d->when.d);
    addf(d->b, "@font: %s\n", chance(&d->r, 50) ? "serif" : "sans");
    if (chance(&d->r, 50))
        add(d->b, "@hyphenate: yes\n");
    if (margin) {
        add_wrapped(d->b, "@margin-first: ", "@margin-first: ", PICK(&d->r, d->min->directies), 30);
        addf(d->b, "@margin-first:\n@margin-first: %s\n@margin-first: %s\n@margin-first:\n",
             d->min->address[0], d->min->address[1]);
        addf(d->b, "@margin: Kenmerk\n@margin: %s\n", d->kenmerk);
        add(d->b, "@margin:\n@margin: Datum\n@margin: ");
        add_date(d->b, d->when);
        add(d->b, "\n");
        if (chance(&d->r, 30))
            addf(d->b, "@margin-first:\n@margin-first: Uw referentie\n@margin-first: %dZ%05d\n", d->when.y, rnd_between(&d->r, 100, 22000));
        add(d->b, "@footer: Pagina {page} van {pages}\n");
        if (strlen(d->min->name) <= 45)
            addf(d->b, "@header: %s\n", d->min->name);
    } else {
        addf(d->b, "@footer: {page}\n");
    }
    add(d->b, "\n");
}

static void body(doc *d, long target_words, int lists)
{
    ki_buf para = KI_BUF_INIT;
    rng *r = &d->r;
    int sections = 0;
    int did_list = 0;
    while (d->words < target_words) {
        if (chance(r, 18)) {
            const char *t = PICK(r, d->min->topics);
            t += strncmp(t, "de ", 3) == 0 ? 3 : strncmp(t, "het ", 4) == 0 ? 4 : 0;
            char h[160];
            snprintf(h, sizeof h, "%d. %c%s", ++sections, *t >= 'a' && *t <= 'z' ? *t - 32 : *t, t + 1);
            heading(d, h);
        }
        if (lists && !did_list && chance(r, 30)) {
            list_block(d, &para);
            did_list = 1;
        } else if (lists && chance(r, 25)) {
            motion_block(d, &para);
        } else {
            paragraph(d, &para);
        }
    }
    ki_buf_free(&para);
}

static void opening(doc *d, const char *topic)
{
    ki_buf para = KI_BUF_INIT;
    const actor *other = &d->min->actors[d->act == &d->min->actors[0]];
    switch (rnd(&d->r, 3)) {
    case 0:
        addf(&para, "Met deze brief informeer ik uw Kamer, mede namens %s, over %s.", other->title, topic);
        break;
    case 1:
        addf(&para, "In deze brief ga ik in op %s en op de moties en toezeggingen die daarover zijn gedaan.", topic);
        break;
    default:
        addf(&para, "Graag informeer ik uw Kamer over de stand van zaken van %s.", topic);
        break;
    }
    add(&para, " ");
    sentence(d, &para);
    para_end(d, &para);
    ki_buf_free(&para);
}

static void sign(doc *d)
{
    addf(d->b, "%s\n\n%s\n", d->act->sign, d->act->name);
}

/* A target length in words for a letter of 1..10 pages; most are short. */
static long page_words(doc *d)
{
    static const unsigned cum[] = {25, 50, 67, 79, 87, 92, 95, 97, 98, 100};
    unsigned x = rnd(&d->r, 100);
    int pages = 1;
    while (pages < 10 && x >= cum[pages - 1])
        pages++;
    return pages * 290L - 160;
}

static void gen_brief_kst(doc *d)
{
    const dossier *ds = own_dossier(d);
    int nr = rnd_between(&d->r, ds->motion_lo, ds->motion_hi + 60);
    char title[200];
    snprintf(title, sizeof title, "Brief over %s", PICK(&d->r, d->min->topics));
    src_common(d, title, 0);
    char what[120];
    snprintf(what, sizeof what, "BRIEF VAN %s", d->act->caps);
    kst_header(d, ds, nr, what);
    if (d->fmt != FMT_TXT)
        add(d->b, "@raw:\n");
    add(d->b, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, ");
    add_date(d->b, d->when);
    add(d->b, "\n");
    if (d->fmt != FMT_TXT)
        add(d->b, "@endraw\n");
    add(d->b, "\n");
    opening(d, PICK(&d->r, d->min->topics));
    body(d, page_words(d), 1);
    sign(d);
    if (chance(&d->r, 20))
        table_block(d);
}

static void gen_brief_min(doc *d)
{
    const char *topic = PICK(&d->r, d->min->topics);
    char title[200];
    snprintf(title, sizeof title, "Voortgang %s", bare(topic));
    src_common(d, title, 1);
    if (d->fmt != FMT_TXT) /* the address block keeps its lines */
        add(d->b, "@raw:\n");
    add(d->b, "> Retouradres Postbus 20301 2500 EH Den Haag\n\n");
    add(d->b, "Aan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\n");
    add(d->b, "Datum     ");
    add_date(d->b, d->when);
    ki_buf line = KI_BUF_INIT;
    addf(&line, "Voortgang %s", bare(topic));
    add(d->b, "\n");
    add_wrapped(d->b, chance(&d->r, 50) ? "Betreft   " : "Onderwerp ", "          ", ki_buf_str(&line), 44);
    ki_buf_free(&line);
    if (d->fmt != FMT_TXT)
        add(d->b, "@endraw\n");
    add(d->b, "\nGeachte voorzitter,\n\n");
    opening(d, topic);
    body(d, page_words(d), 1);
    addf(d->b, "Hoogachtend,\n\n");
    sign(d);
    if (chance(&d->r, 25))
        table_block(d);
}

static void gen_beslisnota(doc *d)
{
    const char *topic = PICK(&d->r, d->min->topics);
    char title[200];
    snprintf(title, sizeof title, "Nota over %s", topic);
    src_common(d, title, 1);
    if (d->fmt != FMT_TXT)
        add(d->b, "@raw:\n");
    char line[300];
    add(d->b, "Nota\n");
    snprintf(line, sizeof line, "Aan: %s", d->act->title);
    add_wrapped(d->b, "", "", line, 50);
    snprintf(line, sizeof line, "Onderwerp: Kamerbrief over %s", topic);
    add_wrapped(d->b, "", "", line, 50);
    add(d->b, "Datum: ");
    add_date(d->b, d->when);
    addf(d->b, "\nKenmerk: %s\n", d->kenmerk);
    if (d->fmt != FMT_TXT)
        add(d->b, "@endraw\n");
    add(d->b, "\n");
    heading(d, "1. Aanleiding");
    ki_buf para = KI_BUF_INIT;
    paragraph(d, &para);
    heading(d, "2. Geadviseerd besluit");
    add(d->b, "U wordt geadviseerd:\n\n- akkoord te gaan met het versturen van bijgaande Kamerbrief;\n");
    addf(d->b, "- akkoord te gaan met de toezegging de Tweede Kamer ");
    addf(d->b, PICK(&d->r, deadlines), d->when.y + 1);
    addf(d->b, " te informeren over %s.\n\n", topic);
    heading(d, "3. Kernpunten");
    body(d, page_words(d) / 2 + 60, 0);
    heading(d, "4. Toelichting");
    list_block(d, &para);
    body(d, d->words + 200, 0);
    ki_buf_free(&para);
}

static void gen_motie(doc *d)
{
    const dossier *ds = own_dossier(d);
    int nr = rnd_between(&d->r, ds->motion_lo, ds->motion_hi);
    const member *a = pick_member(d), *c = pick_member(d);
    int two = chance(&d->r, 35) && a != c;
    char what[200], title[260];
    char up_a[80], up_c[80];
    snprintf(up_a, sizeof up_a, "%s", a->name);
    snprintf(up_c, sizeof up_c, "%s", c->name);
    for (char *p = up_a; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
    for (char *p = up_c; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
    if (two)
        snprintf(what, sizeof what, "MOTIE VAN DE LEDEN %s EN %s", up_a, up_c);
    else
        snprintf(what, sizeof what, "MOTIE VAN HET LID %s", up_a);
    snprintf(title, sizeof title, "Motie van %s %s over %s", two ? "de leden" : "het lid", a->name, PICK(&d->r, d->min->topics));
    src_common(d, title, 0);
    kst_header(d, ds, nr, what);
    addf(d->b, "Voorgesteld ");
    add_date(d->b, d->when);
    add(d->b, "\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n");
    int n = rnd_between(&d->r, 1, 3);
    for (int i = 0; i < n; i++) {
        addf(d->b, "%s dat %s onvoldoende aandacht krijgt en dat %s daar de gevolgen van ondervinden;\n\n",
             i == 0 ? "constaterende" : "overwegende", PICK(&d->r, d->min->topics), PICK(&d->r, d->min->groups));
    }
    addf(d->b, "verzoekt de regering, in overleg met %s ", PICK(&d->r, d->min->orgs));
    add_subject(d, d->b);
    add(d->b, " te bevorderen en de Kamer daarover ");
    addf(d->b, PICK(&d->r, deadlines), d->when.y + 1);
    add(d->b, " te informeren,\n\nen gaat over tot de orde van de dag.\n\n");
    if (d->fmt != FMT_TXT) /* one signature a line, not a paragraph */
        add(d->b, "@raw:\n");
    addf(d->b, "%s\n", a->name);
    if (two)
        addf(d->b, "%s\n", c->name);
    if (d->fmt != FMT_TXT)
        add(d->b, "@endraw\n");
}

static void gen_antwoord(doc *d)
{
    const member *a = pick_member(d);
    int y = vj_start(d->when);
    int nr = rnd_between(&d->r, 1, 2900);
    date asked = date_from_days(date_days(d->when) - rnd_between(&d->r, 21, 90));
    char title[200];
    snprintf(title, sizeof title, "Antwoord op vragen van het lid %s over %s", a->name, PICK(&d->r, d->min->topics));
    src_common(d, title, 0);
    if (d->fmt != FMT_TXT)
        add(d->b, "@raw:\n");
    addf(d->b, "Aanhangsel van de Handelingen\nVergaderjaar %d-%d\n\n%d\n", y, y + 1, nr);
    if (d->fmt != FMT_TXT)
        add(d->b, "@endraw\n");
    add(d->b, "\n");
    addf(d->b, "Vragen van het lid %s (%s) aan %s over %s (ingezonden ", a->name, a->party, d->act->title,
         PICK(&d->r, d->min->topics));
    add_date(d->b, asked);
    addf(d->b, ", %dZ%05d).\n\n", asked.y, rnd_between(&d->r, 100, 22000));
    addf(d->b, "Antwoord van %s (ontvangen ", d->act->title);
    add_date(d->b, d->when);
    add(d->b, ").\n\n");
    int n = rnd_between(&d->r, 3, 9);
    ki_buf para = KI_BUF_INIT;
    long target = page_words(d);
    for (int i = 1; i <= n || d->words < target / 2; i++) {
        addf(d->b, "Vraag %d\n\n", i);
        addf(&para, "Bent u bekend met de berichtgeving over %s? Wat is uw reactie daarop?", PICK(&d->r, d->min->topics));
        para_end(d, &para);
        addf(d->b, "Antwoord %d\n\n", i);
        if (chance(&d->r, 20)) {
            add(&para, "Ja.");
            para_end(d, &para);
        } else {
            paragraph(d, &para);
        }
        if (i > 40)
            break;
    }
    ki_buf_free(&para);
}

static void gen_verslag(doc *d)
{
    const dossier *ds = own_dossier(d);
    int nr = rnd_between(&d->r, ds->motion_lo, ds->motion_hi + 60);
    const char *venue = PICK(&d->r, d->min->venues);
    date held = date_from_days(date_days(d->when) - rnd_between(&d->r, 14, 40));
    char title[200];
    snprintf(title, sizeof title, "Verslag van een commissiedebat %s", venue);
    src_common(d, title, 0);
    kst_header(d, ds, nr, "VERSLAG VAN EEN COMMISSIEDEBAT");
    add(d->b, "Vastgesteld ");
    add_date(d->b, d->when);
    add(d->b, "\n\n");
    addf(d->b, "De vaste commissie heeft op ");
    add_date(d->b, held);
    addf(d->b, " overleg gevoerd met %s over %s.\n\n", d->act->title, PICK(&d->r, d->min->topics));
    body(d, page_words(d), 1);
    heading(d, "Toezeggingen");
    int n = rnd_between(&d->r, 1, 4);
    for (int i = 0; i < n; i++) {
        addf(d->b, "- %s zegt toe de Kamer ", d->act->title);
        addf(d->b, PICK(&d->r, deadlines), held.y + 1);
        addf(d->b, " te informeren over %s.\n", PICK(&d->r, d->min->topics));
    }
    add(d->b, "\n");
}

/* Builds document i into b; returns its kind. */
static enum kind generate(uint64_t seed, unsigned long i, enum fmt fmt, ki_buf *b)
{
    doc d = {.fmt = fmt, .b = b, .notes = KI_BUF_INIT};
    d.r.s = seed * 0x2545f4914f6cdd1dULL ^ (uint64_t)(i + 1) * 0x9e3779b97f4a7c15ULL;
    rng_next(&d.r);
    d.min = &PICK(&d.r, ministries);
    d.act = &d.min->actors[rnd(&d.r, 2)];
    d.when = random_doc_date(&d.r);
    if (strcmp(d.min->abbr, "VWS") == 0)
        snprintf(d.kenmerk, sizeof d.kenmerk, "%u-%u-DMO", 3000000 + rnd(&d.r, 2000000), 1000000 + rnd(&d.r, 100000));
    else
        snprintf(d.kenmerk, sizeof d.kenmerk, "%u", 4000000 + rnd(&d.r, 3000000));
    unsigned x = rnd(&d.r, 100);
    enum kind k = x < 38 ? K_BRIEF_KST : x < 68 ? K_BRIEF_MIN : x < 78 ? K_BESLISNOTA
                : x < 87 ? K_MOTIE : x < 96 ? K_ANTWOORD : K_VERSLAG;
    switch (k) {
    case K_BRIEF_KST: gen_brief_kst(&d); break;
    case K_BRIEF_MIN: gen_brief_min(&d); break;
    case K_BESLISNOTA: gen_beslisnota(&d); break;
    case K_MOTIE: gen_motie(&d); break;
    case K_ANTWOORD: gen_antwoord(&d); break;
    case K_VERSLAG: gen_verslag(&d); break;
    }
    ki_buf_free(&d.notes);
    return k;
}

/* ---- files and mkpdf ---- */

static int write_file(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -1;
    while (len) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            close(fd);
            return -1;
        }
        data += w;
        len -= (size_t)w;
    }
    return close(fd);
}

typedef struct job {
    pid_t pid;
    char src[4096];
    char pdf[4096];
} job;

static int reap(job *jobs, int *running, int keep_src)
{
    int status, failed = 0;
    pid_t pid = wait(&status);
    if (pid < 0)
        return 0;
    for (int k = 0; k < *running; k++) {
        if (jobs[k].pid != pid)
            continue;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "gen: %s: mkpdf failed\n", jobs[k].src);
            failed = 1;
        } else if (!keep_src) {
            unlink(jobs[k].src);
        }
        jobs[k] = jobs[--*running];
        break;
    }
    return failed;
}

static void usage(void)
{
    fputs("usage: gen [--seed S] [--format pdf|src|txt] [-j JOBS] [--keep-src] N DIR\n", stderr);
    exit(2);
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"seed", required_argument, NULL, 's'},
        {"format", required_argument, NULL, 'f'},
        {"jobs", required_argument, NULL, 'j'},
        {"keep-src", no_argument, NULL, 'k'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    uint64_t seed = 1;
    enum fmt fmt = FMT_PDF;
    long jobs_max = sysconf(_SC_NPROCESSORS_ONLN);
    int keep_src = 0, c;
    while ((c = getopt_long(argc, argv, "s:f:j:kh", opts, NULL)) != -1) {
        switch (c) {
        case 's': {
            char *e;
            errno = 0;
            seed = strtoull(optarg, &e, 0);
            if (errno || *e || !*optarg)
                usage();
            break;
        }
        case 'f':
            if (strcmp(optarg, "txt") == 0)
                fmt = FMT_TXT;
            else if (strcmp(optarg, "src") == 0)
                fmt = FMT_SRC;
            else if (strcmp(optarg, "pdf") == 0)
                fmt = FMT_PDF;
            else
                usage();
            break;
        case 'j': jobs_max = strtol(optarg, NULL, 10); break;
        case 'k': keep_src = 1; break;
        default: usage();
        }
    }
    if (argc - optind != 2)
        usage();
    char *end;
    unsigned long n = strtoul(argv[optind], &end, 10);
    if (*end || !*argv[optind])
        usage();
    const char *dir = argv[optind + 1];
    if (jobs_max < 1)
        jobs_max = 1;
    if (jobs_max > 64)
        jobs_max = 64;
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "gen: %s: %s\n", dir, strerror(errno));
        return 2;
    }
    const char *mkpdf = getenv("MKPDF");
    if (!mkpdf || !*mkpdf)
        mkpdf = "build/bin/mkpdf";
    if (fmt == FMT_PDF && access(mkpdf, X_OK) != 0) {
        fprintf(stderr, "gen: %s: not executable (set MKPDF)\n", mkpdf);
        return 2;
    }

    ki_buf b = KI_BUF_INIT;
    job jobs[64];
    int running = 0, failed = 0;
    for (unsigned long i = 0; i < n; i++) {
        ki_buf_truncate(&b, 0);
        enum kind k = generate(seed, i, fmt, &b);
        char path[4096];
        snprintf(path, sizeof path, "%s/gen-%06lu-%s.%s", dir, i + 1, kind_names[k],
                 fmt == FMT_TXT ? "txt" : "src");
        if (write_file(path, ki_buf_str(&b), b.len) != 0) {
            fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
            return 2;
        }
        if (fmt != FMT_PDF)
            continue;
        while (running >= jobs_max)
            failed |= reap(jobs, &running, keep_src);
        job *j = &jobs[running];
        snprintf(j->src, sizeof j->src, "%s", path);
        snprintf(j->pdf, sizeof j->pdf, "%.*s.pdf", (int)(strlen(path) - 4), path);
        char *args[] = {(char *)mkpdf, j->src, j->pdf, NULL};
        int err = posix_spawn(&j->pid, mkpdf, NULL, NULL, args, environ);
        if (err) {
            fprintf(stderr, "gen: %s: %s\n", mkpdf, strerror(err));
            return 2;
        }
        running++;
    }
    while (running > 0)
        failed |= reap(jobs, &running, keep_src);
    ki_buf_free(&b);
    return failed ? 1 : 0;
}
