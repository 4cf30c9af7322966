/* test_dates.c - Dutch dates, their resolution, deadlines (ingest/dates.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/dates.h"

/* The first date in text, resolved against ref, must be want ("" for none
 * found, "-" for found but not resolvable). */
static void expect(const char *text, const char *ref, const char *want)
{
    ki_date d;
    char out[11];
    if (!ki_date_find(text, strlen(text), &d)) {
        if (strcmp(want, "") != 0)
            fail_msg("\"%s\": no date found, want %s", text, want);
        return;
    }
    if (!*want)
        fail_msg("\"%s\": found a date at %zu, want none", text, d.start);
    if (!ki_date_resolve(&d, ref, out)) {
        if (strcmp(want, "-") != 0)
            fail_msg("\"%s\" (ref %s): not resolvable, want %s", text, ref ? ref : "-", want);
        return;
    }
    if (strcmp(out, want) != 0)
        fail_msg("\"%s\" (ref %s) -> %s, want %s", text, ref ? ref : "-", out, want);
}

static void test_written_dates(void **state)
{
    (void)state;
    expect("op 16 oktober 2024 in het debat", NULL, "2024-10-16");
    expect("d.d. 16-10-2024", NULL, "2024-10-16");
    expect("d.d. 16/10/2024", NULL, "2024-10-16");
    expect("brief van 6 feb. 2025", NULL, "2025-02-06");
    expect("(2024-10-16)", NULL, "2024-10-16");
    expect("1 januari 2000", NULL, "2000-01-01");
    expect("29 februari 2024", NULL, "2024-02-29");
    expect("29 februari 2023", NULL, "-");
    expect("31 april 2024", NULL, "-");
    expect("16\xC2\xA0oktober\xC2\xA0" "2024", NULL, "2024-10-16");
}

static void test_relative_dates(void **state)
{
    (void)state;
    expect("d.d. 3 april jl. dat", "2025-06-15", "2025-04-03");
    expect("op 17 mei jongstleden", "2025-06-15", "2025-05-17");
    expect("1 januari j.l.", "2025-06-15", "2025-01-01");
    expect("3 december jl.", "2025-01-10", "2024-12-03");  /* year rollover */
    expect("10 januari jl.", "2025-01-10", "2025-01-10");  /* the same day */
    expect("het commissiedebat van 1 oktober jl.1\nIk stuur", "2026-11-12", "2026-10-01"); /* a footnote mark glued */
    expect("Met onze brief van 26 mei 20235 hebben wij", "2024-05-31", "2023-05-26");        /* to the year */
    expect("op 26 mei 202312 werd", "2024-05-31", "2023-05-26");
    expect("(AO d.d. 07/12)", "2025-01-20", "2024-12-07");
    expect("in het debat op 14/11 toegezegd", "2025-01-20", "2024-11-14");
    expect("op 4 maart", "2025-06-15", "2025-03-04");
    expect("3 april jl.", NULL, "-");                    /* nothing to resolve against */
    expect("29 februari jl.", "2025-06-15", "2024-02-29");
}

static void test_not_dates(void **state)
{
    (void)state;
    expect("om 14.00 uur", "2025-06-15", "");
    expect("29,3% en 12 procent", "2025-06-15", "");
    expect("Kamerstuk 29279, nr. 891", "2025-06-15", "");
    expect("in 2023/24 en 2024", "2025-06-15", "");
    expect("07/12 zonder d.d.", "2025-06-15", "");
    /* a day/month closing the bracket of a debate */
    expect("Toezegging MinJenV (CD Strafrechtketen 02/10): overzicht", "2026-11-20", "2026-10-02");
    expect("de verhouding (score 02/10) is", "2026-11-20", "");
    expect("(zie tabel 02/10)", "2026-11-20", "");
    expect("kop 7/12 of top 3/4", "2025-06-15", "");
    expect("op 7-12 zonder schuine streep", "2025-06-15", "");
    expect("3 kinderen", "2025-06-15", "");
    expect("070-3407911", "2025-06-15", "");
    expect("2511 CV Den Haag", "2025-06-15", "");
}

static void test_month_names(void **state)
{
    (void)state;
    size_t len;
    assert_int_equal(ki_month_parse("oktober", 7, &len), 10);
    assert_int_equal(len, 7);
    assert_int_equal(ki_month_parse("Okt. ", 5, &len), 10);
    assert_int_equal(ki_month_parse("mrt", 3, &len), 3);
    assert_int_equal(ki_month_parse("sept", 4, &len), 9);
    assert_int_equal(ki_month_parse("mei", 3, &len), 5);
    assert_int_equal(ki_month_parse("meisje", 6, &len), 0);
    assert_int_equal(ki_month_parse("junior", 6, &len), 0);
    assert_int_equal(ki_month_parse("decreet", 7, &len), 0);
}

static void test_iso(void **state)
{
    (void)state;
    assert_true(ki_date_valid_iso("2025-06-15"));
    assert_true(ki_date_valid_iso("2024-02-29"));
    assert_false(ki_date_valid_iso("2023-02-29"));
    assert_false(ki_date_valid_iso("2025-13-01"));
    assert_false(ki_date_valid_iso("2025-6-15"));
    assert_false(ki_date_valid_iso(NULL));
}

static void expect_deadline(const char *text, const char *want)
{
    ki_deadline dl;
    bool got = ki_deadline_find(text, strlen(text), &dl);
    if (!want) {
        if (got)
            fail_msg("\"%s\": deadline \"%.*s\", want none", text, (int)(dl.end - dl.start), text + dl.start);
        return;
    }
    if (!got)
        fail_msg("\"%s\": no deadline, want \"%s\"", text, want);
    if (strlen(want) != dl.end - dl.start || memcmp(want, text + dl.start, dl.end - dl.start) != 0)
        fail_msg("\"%s\": deadline \"%.*s\", want \"%s\"", text, (int)(dl.end - dl.start), text + dl.start, want);
}

static void test_deadlines(void **state)
{
    (void)state;
    expect_deadline("de Kamer voor de zomer van 2026 te informeren", "voor de zomer van 2026");
    expect_deadline("te rapporteren voor de zomer 2026.", "voor de zomer 2026");
    expect_deadline("voor de zomer van \n\n2026 te", "voor de zomer van \n\n2026");
    expect_deadline("uw Kamer voor de zomer te informeren", "voor de zomer");
    expect_deadline("in het eerste kwartaal van 2026 te informeren", "in het eerste kwartaal van 2026");
    expect_deadline("in het eerste kwartaal", "in het eerste kwartaal");
    expect_deadline("voor het einde van het jaar", "voor het einde van het jaar");
    expect_deadline("ik verwacht begin 2026 de resultaten", "begin 2026");
    expect_deadline("uiterlijk 1 juli 2025 gereed", "uiterlijk 1 juli 2025");
    expect_deadline("in het najaar", "in het najaar");
    expect_deadline("begin van het onderzoek", NULL);
    expect_deadline("de voorzitter voor", NULL);
    expect_deadline("eindelijk", NULL);
    /* a month, a bare year, the budget cycle, "uiterlijk" before any of them */
    expect_deadline("Ik verwacht u in maart 2026 te informeren", "in maart 2026");
    expect_deadline("ik kom daar eind juni op terug", "eind juni");
    expect_deadline("heb ik toegezegd uw Kamer in 2025 te informeren", "in 2025");
    expect_deadline("de Kamer uiterlijk in mei 2026 te informeren", "uiterlijk in mei 2026");
    expect_deadline("uiterlijk voor de zomer van 2026", "uiterlijk voor de zomer van 2026");
    expect_deadline("de Kamer ontvangt voor de Voorjaarsnota een overzicht", "voor de Voorjaarsnota");
    expect_deadline("vóór de behandeling van de begroting 2027 een voorstel",
                    "vóór de behandeling van de begroting 2027");
    expect_deadline("v\xC3\xB3\xC3\xB3r het kerstreces", "v\xC3\xB3\xC3\xB3r het kerstreces");
    expect_deadline("in 20 gemeenten", NULL);
    /* a term */
    expect_deadline("uw Kamer binnen 4 weken een brief te sturen", "binnen 4 weken");
    /* a quarter without "in", "half" with its month */
    expect_deadline("verwacht uw Kamer, uiterlijk het eerste kwartaal van 2025, nader te informeren",
                    "uiterlijk het eerste kwartaal van 2025");
    expect_deadline("zal ik u voor het derde kwartaal berichten", "voor het derde kwartaal");
    expect_deadline("ontvangt u half februari de rapportage", "half februari");
    expect_deadline("de vragen binnen 2 \xC3\xA0 3 weken te beantwoorden", "binnen 2 \xC3\xA0 3 weken");
    expect_deadline("binnen twee maanden informeren", "binnen twee maanden");
    /* a term after the law takes effect, from its count */
    expect_deadline("de wet binnen 3 maanden na inwerkingtreding te evalueren",
                    "binnen 3 maanden na inwerkingtreding");
    expect_deadline("dat ik uw Kamer drie jaar na inwerkingtreding een evaluatie zal sturen",
                    "drie jaar na inwerkingtreding");
    expect_deadline("vijf jaar na de inwerkingtreding van deze wet", "vijf jaar na de inwerkingtreding");
    expect_deadline("kort na inwerkingtreding", NULL);
    expect_deadline("zal ik u daarover informeren na afronding van die verkenning.", "na afronding van die verkenning");
    expect_deadline("stuur ik u na afronding van het\nonderzoek, naar verwachting in Q2 2020",
                    "na afronding van het\nonderzoek");
    expect_deadline("na afronding van de evaluatie in 2027", "na afronding van de evaluatie");
    expect_deadline("de Kamer na de jaarwisseling te informeren", "na de jaarwisseling");
    expect_deadline("de reactie volgt uiterlijk Q1 2026", "uiterlijk Q1 2026");
    expect_deadline("de cijfers van Q1 zijn binnen", NULL);
    expect_deadline("voor de behandeling van de begroting van VRO een overzicht",
                    "voor de behandeling van de begroting van VRO");
    expect_deadline("voor de behandeling van de begroting van het Gemeentefonds", "voor de behandeling van de begroting");
    expect_deadline("na inwerkingtreding", NULL);
    expect_deadline("binnen de gemeente", NULL);
    /* an event */
    expect_deadline("ruimschoots voorafgaand aan het Wetgevingsoverleg over de Jaarverslagen op 20 juni.",
                    "voorafgaand aan het Wetgevingsoverleg over de Jaarverslagen op 20 juni");
    expect_deadline("voorafgaand aan Verantwoordingsdag (16 mei) te willen ontvangen",
                    "voorafgaand aan Verantwoordingsdag (16 mei)");
    expect_deadline("voorafgaand aan de vergadering", NULL);
    expect_deadline("zal uw Kamer voor het wetgevingsoverleg Jeugd, gepland op 25 november, informeren",
                    "voor het wetgevingsoverleg Jeugd");
    /* the Europese Raad, with its month or its days */
    expect_deadline("Het kabinet stuurt de Kamer voor de Europese Raad van maart een brief",
                    "voor de Europese Raad van maart");
    expect_deadline("informeert u voor de Europese Raad van 17 en 18 december 2026 over",
                    "voor de Europese Raad van 17 en 18 december 2026");
    expect_deadline("voor het commissiedebat Zorg en Sport informeren", "voor het commissiedebat Zorg en Sport");
    expect_deadline("uw Kamer voor het commissiedebat Spoor van het voorjaar\nover de uitkomst",
                    "voor het commissiedebat Spoor van het voorjaar");
    expect_deadline("voor het commissiedebat Water van het najaar van 2027 een brief",
                    "voor het commissiedebat Water van het najaar van 2027");
    expect_deadline("voor het WGO Jeugd", "voor het WGO Jeugd");
    expect_deadline("informeert de Kamer voor het voorjaar over", "voor het voorjaar");
    expect_deadline("verwacht ik u na het zomerreces te informeren", "na het zomerreces");
    expect_deadline("dank voor het wgo jeugd", NULL);
    expect_deadline("in Maastricht en in 12 provincies", NULL);
    expect_deadline("uiterlijk uiterlijk", NULL);
    expect_deadline("in mei3", NULL);
    /* quarters as "Q2", "in de zomer", a term from now */
    expect_deadline("de evaluatie volgt in Q2 2027.", "in Q2 2027");
    expect_deadline("ik informeer u in de zomer over de pilot", "in de zomer");
    expect_deadline("een appreciatie binnen zes weken te sturen", "binnen zes weken");
    expect_deadline("binnen zestig dagen", NULL);
    /* a register's label gives the date after it */
    expect_deadline("Deadline 1 januari 2024", "1 januari 2024");
    expect_deadline("| Deadline | 1 juli 2025 |", "1 juli 2025");
    expect_deadline("de deadline wordt verplaatst naar 1 november 2016;", "1 november 2016");
    expect_deadline("de deadline is nog niet bekend", NULL);
    /* the next report of a series, with its name */
    expect_deadline("daar ga ik in de volgende voortgangsbrief Jeugd op in", "in de volgende voortgangsbrief Jeugd");
    expect_deadline("neem ik mee in de volgende voortgangsbrief.", "in de volgende voortgangsbrief");
    expect_deadline("bij de eerstvolgende voortgangsrapportage over de pilot",
                    "bij de eerstvolgende voortgangsrapportage");
    expect_deadline("in de volgende vergadering", NULL);
    expect_deadline("dat ik uw Kamer voor de\nbehandeling van de Voorjaarsnota 2027 informeer",
                    "voor de\nbehandeling van de Voorjaarsnota 2027");
    expect_deadline("Ik kom hier in de volgende voortgangsrapportage, die u rond de zomer ontvangt, op terug.",
                    "rond de zomer");
    /* a term counted from an event: the event is part of it */
    expect_deadline("de Kamer binnen zes weken na publicatie van het Omnibus-voorstel een appreciatie te sturen",
                    "binnen zes weken na publicatie van het Omnibus-voorstel");
    expect_deadline("Ik stuur uw Kamer binnen zes weken na verschijning van het rapport een reactie.",
                    "binnen zes weken na verschijning van het rapport");
    expect_deadline("binnen zes weken na de NAVO-top een brief te sturen", "binnen zes weken na de NAVO-top");
    expect_deadline("uw Kamer binnen een jaar na de inwerkingtreding te informeren",
                    "binnen een jaar na de inwerkingtreding");
    expect_deadline("binnen drie maanden na de inwerkingtreding van de Wet collectieve warmte informeer",
                    "binnen drie maanden na de inwerkingtreding");
    expect_deadline("een reactie binnen 4 weken na ontvangst van de brief", "binnen 4 weken na ontvangst van de brief");
    expect_deadline("binnen zes weken na 1 juli", "binnen zes weken");
    expect_deadline("binnen zes weken nadat het rapport verschijnt", "binnen zes weken");
    /* a year by its place, a term in the course of one, a holiday, "a.s." */
    expect_deadline("ik informeer u in de loop van 2027 over", "in de loop van 2027");
    expect_deadline("ik stuur u eind dit jaar een brief", "eind dit jaar");
    expect_deadline("ik stuur u begin volgend jaar een brief", "begin volgend jaar");
    expect_deadline("ik informeer u in het najaar van dit jaar over", "in het najaar van dit jaar");
    expect_deadline("voor de zomer van volgend jaar een brief", "voor de zomer van volgend jaar");
    expect_deadline("ik heb in dit jaar drie brieven gestuurd", NULL);
    expect_deadline("de kosten van dit jaar zijn hoog", NULL);
    expect_deadline("in de loop van de tijd", NULL);
    expect_deadline("ik stuur u voor de zomervakantie een brief", "voor de zomervakantie");
    expect_deadline("ik stuur u volgend voorjaar een brief", "volgend voorjaar");
    expect_deadline("ik stuur u komende zomer een brief", "komende zomer");
    expect_deadline("ik stuur u in het eerste halfjaar van 2027 een brief", "in het eerste halfjaar van 2027");
    expect_deadline("ik stuur u in de eerste maanden van 2027 een brief", "in de eerste maanden van 2027");
    expect_deadline("ik stuur u voor het einde van het kalenderjaar een brief", "voor het einde van het kalenderjaar");
    expect_deadline("ik informeer u bij de Najaarsnota over", "bij de Najaarsnota");
    expect_deadline("bij de eerste suppletoire begroting 2027 ontvangt u", "bij de eerste suppletoire begroting 2027");
    expect_deadline("ik stuur u v\xC3\xB3\xC3\xB3r 1 juli a.s. een brief", "v\xC3\xB3\xC3\xB3r 1 juli a.s.");
    expect_deadline("voor 1 september aanstaande een brief", "voor 1 september aanstaande");
    /* right after an event */
    expect_deadline("toegezegd de Kamer na afloop van de Raad te informeren over", "na afloop van de Raad");
    expect_deadline("Ik zeg toe uw Kamer de resultaten direct na ontvangst toe te sturen.", "direct na ontvangst");
    expect_deadline("meteen na de stemmingen een brief", "meteen na de stemmingen");
    expect_deadline("na afloop is er koffie", NULL);
    expect_deadline("direct na 1 juli", NULL);
    /* a Raad of the EU by its name or month, the Europese Raad with its year */
    expect_deadline("dat ik uw Kamer v\xC3\xB3\xC3\xB3r de Raad Buitenlandse Zaken van januari informeer",
                    "v\xC3\xB3\xC3\xB3r de Raad Buitenlandse Zaken van januari");
    expect_deadline("ontvangt u voor de Raad Algemene Zaken een geannoteerde agenda", "voor de Raad Algemene Zaken");
    expect_deadline("het voorstel ligt voor de Raad van State", NULL);
    expect_deadline("zoals voor de raad van bestuur", NULL);
    expect_deadline("het kabinet stuurt voor de Europese Raad van maart 2027 een visie",
                    "voor de Europese Raad van maart 2027");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_written_dates), cmocka_unit_test(test_relative_dates),
        cmocka_unit_test(test_not_dates),     cmocka_unit_test(test_month_names),
        cmocka_unit_test(test_iso),           cmocka_unit_test(test_deadlines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
