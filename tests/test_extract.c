/*
 * test_extract.c - ingest/extract.h against real PDFs made by mkpdf (the
 * .src documents are written here) and real text files: the exact body
 * text, the page map, the margin metadata, and a status with a message for
 * every kind of bad input.  Needs build/bin/mkpdf ($MKPDF) and, for the
 * encrypted cases, qpdf.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "ingest/extract.h"
#include "ingest/textfile.h"

static char scratch[256];

static int make_scratch(void **state)
{
    (void)state;
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/test_extract.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    return mkdtemp(scratch) ? 0 : -1;
}

static int remove_scratch(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *path_of(const char *name)
{
    static char buf[4][512];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", scratch, name);
    return buf[k];
}

static void write_file(const char *name, const char *data, size_t len)
{
    FILE *f = fopen(path_of(name), "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static void run(const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    if (system(cmd) != 0)
        fail_msg("command failed: %s", cmd);
}

/* Writes NAME.src and lays it out as NAME.pdf. */
static const char *make_pdf(const char *name, const char *src)
{
    char s[128], p[128];
    snprintf(s, sizeof s, "%s.src", name);
    snprintf(p, sizeof p, "%s.pdf", name);
    write_file(s, src, strlen(src));
    const char *mk = getenv("MKPDF");
    run("'%s' '%s' '%s'", mk && *mk ? mk : "build/bin/mkpdf", path_of(s), path_of(p));
    return path_of(p);
}

static ki_text *extract_ok(const char *path)
{
    ki_text *t = NULL;
    ki_err err = {""};
    ki_status s = ki_extract_file(path, &t, &err);
    if (s)
        fail_msg("%s: %s (%s)", path, ki_status_str(s), err.msg);
    assert_non_null(t);
    assert_int_equal(strlen(t->buf), t->len); /* no NUL inside */
    return t;
}

static void expect_error(const char *path, ki_status want, const char *msg_part)
{
    ki_text *t = (ki_text *)1;
    ki_err err = {""};
    ki_status s = ki_extract_file(path, &t, &err);
    if (s != want)
        fail_msg("%s: got %s (%s), want %s", path, ki_status_str(s), err.msg,
                 ki_status_str(want));
    assert_null(t);
    if (!strstr(err.msg, msg_part))
        fail_msg("%s: message \"%s\" lacks \"%s\"", path, err.msg, msg_part);
}

/* ---- a ministry letter ---- */

static const char letter_src[] =
    "# A two-page letter laid out like a ministry's.\n"
    "@title: Voortgang aanpak femicide\n"
    "@date: 2025-06-20\n"
    "@margin-first: Directie Maatschappelijke Ondersteuning\n"
    "@margin-first: Parnassusplein 5\n"
    "@margin: Kenmerk\n"
    "@margin: 4132817-1084052-DMO\n"
    "@margin:\n"
    "@margin: Datum\n"
    "@margin: 20 juni 2025\n"
    "@header: Ministerie van Volksgezondheid, Welzijn en Sport\n"
    "@footer: Pagina {page} van {pages}\n"
    "@hyphenate: yes\n"
    "@vertical: 2024D12345 Rijksoverheid\n"
    "\n"
    "## 1. Aanleiding\n"
    "\n"
    "U heeft toegezegd in uw Kamerbrief van 7 juni 2024 dat u voor de zomer van\n"
    "2025 de voortgang van het plan van aanpak Stop femicide!^1 aan de Kamer zou\n"
    "rapporteren.\n"
    "\n"
    "- akkoord te gaan met het versturen van de Kamerbrief over de voortgang van de\n"
    "  prioriteiten uit het plan van aanpak;\n"
    "- akkoord te gaan met de toezegging.\n"
    "\n"
    "[^1]: Kamerstukken II, 2023-2024, 28345, nr. 278, en de brief van de minister\n"
    "  over de uitvoering van de motie van het lid Van der Werf (D66) over femicide.\n"
    "\n"
    "LONGPARA\n"
    "\n"
    "## 2. Kernpunten\n"
    "\n"
    "De Kamer wordt voor de zomer van 2026 ge\xc3\xafnformeerd.^2\n"
    "\n"
    "[^2]: Handelingen II 2023/24, nr. 45, item 12.\n"
    "\n"
    "@raw:\n"
    "Tweede Kamer der Staten-Generaal\n"
    "Vergaderjaar 2024-2025\n"
    "@endraw\n";

static const char sentences[] =
    "Om femicide vaker te voorkomen is het cruciaal om tijdig in te grijpen bij dreigend "
    "huiselijk geweld en kindermishandeling. In het plan van aanpak zijn verschillende "
    "acties aangekondigd waarmee wij femicide willen voorkomen. Deze acties zijn gericht "
    "op het voorkomen van geweld, het herkennen van geweld en het ingrijpen bij geweld om "
    "verdere escalatie te voorkomen. In deze brief licht u samen met de staatssecretaris "
    "van Justitie en Veiligheid de voortgang van de tien prioriteiten toe.";

static char *replace(const char *s, const char *what, const char *with)
{
    const char *at = strstr(s, what);
    assert_non_null(at);
    size_t n = strlen(s) - strlen(what) + strlen(with) + 1;
    char *r = malloc(n);
    assert_non_null(r);
    snprintf(r, n, "%.*s%s%s", (int)(at - s), s, with, at + strlen(what));
    return r;
}

static void test_letter(void **state)
{
    (void)state;
    char longpara[4096];
    size_t o = 0;
    for (int i = 0; i < 5; i++)
        o += (size_t)snprintf(longpara + o, sizeof longpara - o, "%s%s", i ? " " : "", sentences);
    char *src = replace(letter_src, "LONGPARA", longpara);
    ki_text *t = extract_ok(make_pdf("letter", src));
    free(src);

    char want[8192];
    snprintf(want, sizeof want,
             "1. Aanleiding\n\n"
             "U heeft toegezegd in uw Kamerbrief van 7 juni 2024 dat u voor de zomer van 2025 "
             "de voortgang van het plan van aanpak Stop femicide!^1 aan de Kamer zou "
             "rapporteren.\n\n"
             "- akkoord te gaan met het versturen van de Kamerbrief over de voortgang van de "
             "prioriteiten uit het plan van aanpak;\n\n"
             "- akkoord te gaan met de toezegging.\n\n"
             "%s\n\n"
             "[^1] Kamerstukken II, 2023-2024, 28345, nr. 278, en de brief van de minister over "
             "de uitvoering van de motie van het lid Van der Werf (D66) over femicide.\n\n"
             "2. Kernpunten\n\n"
             "De Kamer wordt voor de zomer van 2026 ge\xc3\xafnformeerd.^2\n\n"
             "Tweede Kamer der Staten-Generaal\n"
             "Vergaderjaar 2024-2025\n\n"
             "[^2] Handelingen II 2023/24, nr. 45, item 12.\n",
             longpara);
    assert_string_equal(t->buf, want);

    /* Metadata: margin values and the PDF Info dictionary. */
    assert_string_equal(t->source_kind, "pdf");
    assert_non_null(t->kenmerk);
    assert_string_equal(t->kenmerk, "4132817-1084052-DMO");
    assert_non_null(t->margin_date);
    assert_string_equal(t->margin_date, "20 juni 2025");
    assert_non_null(t->pdf_title);
    assert_string_equal(t->pdf_title, "Voortgang aanpak femicide");
    assert_non_null(t->pdf_date);
    assert_string_equal(t->pdf_date, "2025-06-20");
    assert_int_equal(t->nwarnings, 0);

    /* Page map: the long paragraph runs on to page 2; page 2 starts inside
     * it, and "Kernpunten" is on page 2. */
    assert_int_equal(t->npages, 2);
    assert_int_equal(t->page_start[0], 0);
    const char *para = strstr(t->buf, "Om femicide");
    assert_non_null(para);
    assert_true(t->page_start[1] > (size_t)(para - t->buf));
    assert_true(t->page_start[1] < (size_t)(para - t->buf) + strlen(longpara));
    assert_int_equal(ki_text_page(t, (size_t)(strstr(t->buf, "Stop femicide") - t->buf)), 1);
    assert_int_equal(ki_text_page(t, (size_t)(strstr(t->buf, "Kernpunten") - t->buf)), 2);
    /* Nothing from the margin, header or footer leaked in. */
    assert_null(strstr(t->buf, "Kenmerk"));
    assert_null(strstr(t->buf, "Pagina"));
    assert_null(strstr(t->buf, "Ministerie"));
    assert_null(strstr(t->buf, "Parnassusplein"));
    assert_null(strstr(t->buf, "\n5\n")); /* the vertical document number */
    ki_text_free(t);
}

/* Line-end hyphens over a long paragraph: every hyphenation undone, every
 * real hyphen kept (GL-, 2023-, zorg- en, 501-, CDA-, 10- all fall at line
 * ends in this layout; tests/e2e/text.sh checks that they do). */
static const char hyphen_para[] = "Kamer als ook tot aan verantwoordelijkheidsverdeling GL-PvdA van in in ook meer door nog staatssecretaris dat het meer samenwerking in aan 2023-2024 het rapport met aan zo zorg- en welzijnsveld meer die een dat door het toezegging minder meer uitvoering dat van zorg- en welzijnsveld als over bij bij nog CDA-fractie 10-jarige ontwikkeling 10-jarige CDA-fractie door niet 21 501-07 een 2023-2024 aan meer gemeenten brief in CDA-fractie 21 501-07 zo dat ook 21 501-07 samenwerking naar CDA-fractie de brief rapport tot meer samenwerking maar toezegging in met beleid wel niet het bij als niet 21 501-07 over voortgang zorg- en welzijnsveld voor brief minister staatssecretaris minder maar niet rapport nog GL-PvdA over maar maar 2023-2024 zorg- en welzijnsveld bij motie brief in zorg- en welzijnsveld de met 21 501-07 2023-2024 brief minister verantwoordelijkheidsverdeling brief ontwikkeling bij aan het Kamer ook wel door verantwoordelijkheidsverdeling van door door 21 501-07 2023-2024 minder GL-PvdA maar door GL-PvdA met maar die meer aan toezegging zorg- en welzijnsveld wel met verantwoordelijkheidsverdeling zo over verantwoordelijkheidsverdeling Kamer beleid motie ook Kamer toezegging ontwikkeling van als de gemeenten aan samenwerking over meer op in 21 501-07 de motie aan Kamer dat een 2023-2024 21 501-07 ook CDA-fractie verantwoordelijkheidsverdeling zo 21 501-07 niet ontwikkeling zorg- en welzijnsveld GL-PvdA verantwoordelijkheidsverdeling uitvoering beleid dat 2023-2024 10-jarige toezegging naar aan minister die wel verantwoordelijkheidsverdeling brief over GL-PvdA over rapport 2023-2024 uitvoering gemeenten het GL-PvdA bij minder 21 501-07 maar die bij niet zorg- en welzijnsveld met als CDA-fractie over het van wel op ook aan op beleid die nog voortgang meer meer zorg- en welzijnsveld beleid toezegging samenwerking wel dat ook beleid aan dat 21 501-07 ook zo motie wel in op minister dat minder tot nog zo uitvoering als niet.";

static void test_hyphenation(void **state)
{
    (void)state;
    char src[8192];
    snprintf(src, sizeof src,
             "@title: Hyphen test\n@margin: Kenmerk\n@margin: 123-ABC\n"
             "@footer: Pagina {page} van {pages}\n@hyphenate: yes\n\n%s\n", hyphen_para);
    ki_text *t = extract_ok(make_pdf("hyphen", src));
    char want[8192];
    snprintf(want, sizeof want, "%s\n", hyphen_para);
    assert_string_equal(t->buf, want);
    assert_string_equal(t->kenmerk, "123-ABC");
    assert_null(t->margin_date);
    assert_null(t->pdf_date);
    ki_text_free(t);
}

/* Pages: three pages, each starting a new paragraph. */
static void test_page_map(void **state)
{
    (void)state;
    ki_text *t = extract_ok(make_pdf("pages",
                                     "@footer: {page}/{pages}\n\nEerste pagina.\n\n@pagebreak\n"
                                     "Tweede pagina.\n\n@pagebreak\nDerde pagina.\n"));
    assert_string_equal(t->buf, "Eerste pagina.\n\nTweede pagina.\n\nDerde pagina.\n");
    assert_int_equal(t->npages, 3);
    assert_int_equal(t->page_start[0], 0);
    assert_int_equal(t->page_start[1], strlen("Eerste pagina.\n\n"));
    assert_int_equal(t->page_start[2], strlen("Eerste pagina.\n\nTweede pagina.\n\n"));
    assert_int_equal(ki_text_page(t, t->len - 2), 3);
    ki_text_free(t);
}

/* No margin column, a one-page motion: the dossier block (raw lines, no
 * space between them) keeps its lines; the running header at the top edge
 * goes even though one page cannot show it repeating. */
static void test_no_margin(void **state)
{
    (void)state;
    ki_text *t = extract_ok(make_pdf(
        "motie",
        "@title: Motie\n@header: Tweede Kamer, vergaderjaar 2023-2024, 29 279, nr. 889\n"
        "@font: serif\n\n@raw:\nTweede Kamer der Staten-Generaal\nVergaderjaar 2023-2024\n\n"
        "Nr. 889 MOTIE VAN HET LID VAN DER HEIJDE\n@endraw\n\nDe Kamer,\n\n"
        "gehoord de beraadslaging, overwegende dat femicide vrijwel altijd wordt voorafgegaan "
        "door signalen van dwingende controle, stalking of eerder geweld;\n\n"
        "en gaat over tot de orde van de dag.\n"));
    assert_string_equal(t->buf,
                        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2023-2024\n\n"
                        "Nr. 889 MOTIE VAN HET LID VAN DER HEIJDE\n\nDe Kamer,\n\n"
                        "gehoord de beraadslaging, overwegende dat femicide vrijwel altijd wordt "
                        "voorafgegaan door signalen van dwingende controle, stalking of eerder "
                        "geweld;\n\nen gaat over tot de orde van de dag.\n");
    assert_null(t->kenmerk);
    assert_null(t->margin_date);
    ki_text_free(t);
}

/* Two body columns (Handelingen): column one is read before column two,
 * paragraphs running from one column into the next are joined, the
 * running footer goes, and each column's footnotes are found. */
static void test_two_columns(void **state)
{
    (void)state;
    static const char sentence[] =
        "Zij spreekt over de motie op stuk nr. 8%02d en over de toezegging die de minister "
        "heeft gedaan in het commissiedebat over huiselijk geweld en femicide.";
    char src[16384], want[16384], para[2048];
    size_t so = 0, wo = 0;
    so += (size_t)snprintf(src, sizeof src,
                           "@title: Handelingen\n@header: Handelingen 2023-2024, nr. 58\n"
                           "@footer: TK 58 {page}\n@columns: 2\n@hyphenate: yes\n\n");
    for (int i = 1; i <= 20; i++) {
        size_t po = (size_t)snprintf(para, sizeof para, "De voorzitter: bijdrage %d.", i);
        for (int k = 0; k <= i % 4; k++) {
            po += (size_t)snprintf(para + po, sizeof para - po, " ");
            po += (size_t)snprintf(para + po, sizeof para - po, sentence, i * 4 + k);
        }
        if (i == 5)
            po += (size_t)snprintf(para + po, sizeof para - po, "^1");
        so += (size_t)snprintf(src + so, sizeof src - so, "%s\n\n", para);
        if (i == 5)
            so += (size_t)snprintf(src + so, sizeof src - so,
                                   "[^1]: Kamerstukken II 2023/24, 29279, nr. 889.\n\n");
        wo += (size_t)snprintf(want + wo, sizeof want - wo, "%s%s", i > 1 ? "\n\n" : "", para);
    }
    ki_text *t = extract_ok(make_pdf("two", src));
    assert_int_equal(t->npages, 3);
    /* The note sits under column one of page 1; it follows page 1's body. */
    const char *note = strstr(t->buf, "\n\n[^1] Kamerstukken II 2023/24, 29279, nr. 889.\n");
    assert_non_null(note);
    size_t nl = strlen("\n\n[^1] Kamerstukken II 2023/24, 29279, nr. 889.");
    char got[16384];
    snprintf(got, sizeof got, "%.*s%s", (int)(note - t->buf), t->buf, note + nl);
    wo += (size_t)snprintf(want + wo, sizeof want - wo, "\n");
    assert_string_equal(got, want);
    assert_null(strstr(t->buf, "TK 58"));
    ki_text_free(t);
}

static const char broken_src[] =
    "@title: Kapot\n@margin: Kenmerk\n@margin: 1\n\nDit is een brief met tekst.\n\n"
    "@pagebreak\nEn nog een pagina.\n";

static void test_bad_pdfs(void **state)
{
    (void)state;
    char good[512];
    snprintf(good, sizeof good, "%s", make_pdf("good", broken_src));
    struct stat st;
    assert_int_equal(stat(good, &st), 0);

    run("head -c %lld '%s' > '%s'", (long long)st.st_size / 2, good, path_of("trunc.pdf"));
    expect_error(path_of("trunc.pdf"), KI_ERR_CORRUPT, "damaged");

    run("qpdf --encrypt user owner 256 -- '%s' '%s'", good, path_of("enc.pdf"));
    expect_error(path_of("enc.pdf"), KI_ERR_ENCRYPTED, "password");

    /* An owner password alone restricts editing, not reading. */
    run("qpdf --encrypt '' owner 256 -- '%s' '%s'", good, path_of("owner.pdf"));
    ki_text *t = extract_ok(path_of("owner.pdf"));
    assert_string_equal(t->buf, "Dit is een brief met tekst.\n\nEn nog een pagina.\n");
    ki_text_free(t);

    const char *scan = make_pdf("scan", "@image-only: yes\n@title: Scan\n\nGescande tekst.\n");
    expect_error(scan, KI_ERR_NO_TEXT, "scan");

    /* One scanned page among text pages: text, and a warning. */
    t = extract_ok(make_pdf("mixed", "@image-only: 2\n\nTekst.\n\n@pagebreak\nScan.\n"
                                     "\n@pagebreak\nWeer tekst.\n"));
    assert_string_equal(t->buf, "Tekst.\n\nWeer tekst.\n");
    assert_int_equal(t->npages, 3);
    assert_int_equal(t->nwarnings, 1);
    assert_non_null(strstr(t->warnings[0], "page 2"));
    ki_text_free(t);

    write_file("garbage.pdf", "%PDF-1.4\n\x01\x02 not really a pdf\n", 30);
    expect_error(path_of("garbage.pdf"), KI_ERR_CORRUPT, "damaged");
}

static void test_bad_files(void **state)
{
    (void)state;
    expect_error(path_of("does-not-exist.pdf"), KI_ERR_NOT_FOUND, "No such file");
    expect_error(scratch, KI_ERR_IO, "directory");
    write_file("empty.pdf", "", 0);
    expect_error(path_of("empty.pdf"), KI_ERR_NO_TEXT, "empty file");
    char bin[4096];
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (char)(i * 7 % 256);
    write_file("binary.pdf", bin, sizeof bin);
    expect_error(path_of("binary.pdf"), KI_ERR_NOT_PDF, "binary");
    write_file("spaces.txt", " \n\t\r\n", 5);
    expect_error(path_of("spaces.txt"), KI_ERR_NO_TEXT, "white space");
}

/* ---- text files ---- */

#define text_of(name, lit) text_of_(name, lit, sizeof lit - 1)
static ki_text *text_of_(const char *name, const char *data, size_t len)
{
    write_file(name, data, len);
    ki_text *t = extract_ok(path_of(name));
    assert_string_equal(t->source_kind, "text");
    return t;
}

static void test_text_files(void **state)
{
    (void)state;
    ki_text *t = text_of("utf8.txt", "Financi\xc3\xable  \nzaken\n");
    assert_string_equal(t->buf, "Financi\xc3\xable\nzaken\n");
    assert_int_equal(t->npages, 1);
    ki_text_free(t);

    t = text_of("latin1.txt", "Financi\xeble \x96 \x80 5\r\nregel\r\n");
    assert_string_equal(t->buf, "Financi\xc3\xable - \xe2\x82\xac 5\nregel\n");
    ki_text_free(t);

    /* A stray NUL in text is dropped; CR LF and lone CR become LF. */
    char nul[300];
    memset(nul, 'x', sizeof nul);
    memcpy(nul, "a\0b\r\nc\rd ", 9);
    t = text_of_("nul.txt", nul, sizeof nul);
    assert_memory_equal(t->buf, "ab\nc\nd xxx", 10);
    assert_int_equal(t->len, 7 + sizeof nul - 9);
    ki_text_free(t);

    /* Form feeds (pdftotext's page breaks) make pages; ligatures, NBSP,
     * soft hyphens and a BOM are normalised. */
    t = text_of("ff.txt", "\xef\xbb\xbf" "een\xef\xac\x81 x\xc2\xa0y\n\fbe\xc2\xadsluit\n\f");
    assert_string_equal(t->buf, "eenfi x y\nbesluit\n");
    assert_int_equal(t->npages, 2);
    assert_int_equal(t->page_start[1], strlen("eenfi x y\n"));
    ki_text_free(t);

    t = text_of("utf16.txt", "\xff\xfe" "A\0\xeb\0\n\0");
    assert_string_equal(t->buf, "A\xc3\xab\n");
    ki_text_free(t);

    /* A table exported with tabs between its cells is written as rows of
     * cells; an indent or a lone tab is a space; page starts move along. */
    t = text_of("tabs.txt", "\tIntro\tzin\n\fNummer\tOmschrijving\t\tTermijn\nTZ1\tBrief sturen\tvoor de zomer\t\n"
                            "\fslot\n");
    assert_string_equal(t->buf, " Intro zin\n| Nummer | Omschrijving | Termijn |\n| TZ1 | Brief sturen | voor de zomer |\n"
                                "slot\n");
    assert_int_equal(t->npages, 3);
    assert_int_equal(t->page_start[1], strlen(" Intro zin\n"));
    assert_int_equal(t->page_start[2], strlen(t->buf) - strlen("slot\n"));
    ki_text_free(t);

    /* A row whose cells run on over the lines below it (each starting with
     * a tab per empty cell before its text) is one row; a line-end hyphen
     * goes between small letters and stays after a capital; a run-on line
     * on the next page, or with more cells than the row, is not the row's. */
    t = text_of("runon.txt", "Nr.\tToezegging\tGedaan in\tStatus\n"
                             "1\tDe minister stuurt een herstel-\tCommissiedebat\tLoopt\n"
                             "\tplan over de EU-\tNatuur 12 maart 2026\n\tverordening.\n"
                             "2\tDe minister schrijft\tTweeminutendebat\tAfgerond\n"
                             "\f\tnog een\tdoorlopende\n"
                             "3\tIets\tDebat\tLoopt\n\ta\tb\tc\td\n");
    assert_string_equal(t->buf, "| Nr. | Toezegging | Gedaan in | Status |\n"
                                "| 1 | De minister stuurt een herstelplan over de EU-verordening. | "
                                "Commissiedebat Natuur 12 maart 2026 | Loopt |\n"
                                "| 2 | De minister schrijft | Tweeminutendebat | Afgerond |\n"
                                " nog een doorlopende\n"
                                "| 3 | Iets | Debat | Loopt |\n| a | b | c | d |\n");
    assert_int_equal(t->npages, 2);
    assert_int_equal(t->page_start[1], strlen(t->buf) - strlen(" nog een doorlopende\n"
                                                               "| 3 | Iets | Debat | Loopt |\n| a | b | c | d |\n"));
    ki_text_free(t);
}

static void test_decode_limits(void **state)
{
    (void)state;
    ki_text *t = (ki_text *)1;
    ki_err err = {""};
    assert_int_equal(ki_textfile_decode("x", KI_TEXTFILE_MAX + 1, &t, &err), KI_ERR_TOO_LARGE);
    assert_null(t);
    assert_non_null(strstr(err.msg, "limit"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letter),       cmocka_unit_test(test_hyphenation),
        cmocka_unit_test(test_page_map),     cmocka_unit_test(test_no_margin),
        cmocka_unit_test(test_two_columns),
        cmocka_unit_test(test_bad_pdfs),
        cmocka_unit_test(test_bad_files),    cmocka_unit_test(test_text_files),
        cmocka_unit_test(test_decode_limits),
    };
    return cmocka_run_group_tests(tests, make_scratch, remove_scratch);
}
