/*
 * test_wordscan.c - the detector's word scanners (ingest/detect_int.h):
 * where they skip places 16 bytes at a time, they must give the answer of
 * the byte-by-byte loop they replace.  Each is asked of texts that put the
 * words (in either case, glued to letters before or after, cut by the end
 * of the range) at every place of a 16-byte block, against a plain
 * reference written here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/detect_int.h"
#include "ingest/text.h"
#include "tests/testdetect.h"

/* kd_word_in() as it was: every byte tried. */
static size_t word_in_ref(const char *s, size_t a, size_t b, const char *const *w, size_t nw)
{
    for (size_t i = a; i < b; i++) {
        if (i > a && ki_is_letter((unsigned char)s[i - 1]))
            continue;
        for (size_t k = 0; k < nw; k++)
            if (word_at(s, b, i, w[k]))
                return i;
    }
    return (size_t)-1;
}

static const char *const fill[] = {
    "de motie is ", "Gestart", "gestartte ", "begonnen.", "BEGONNEN", "xgestart ", "ge", "be ",
    "z", "Zal ", "zullen,", "ik", "  ", "\xc3\xa9gestart ", "1gestart ", "ge-start ", "is", "I",
};

/* Texts built from the pieces above at every offset; every range of each,
 * its ends moved over the last bytes, is asked of every list. */
static void test_word_in_same_as_bytes(void **state)
{
    (void)state;
    static const char *const l1[] = {"gestart", "begonnen"};
    static const char *const l2[] = {"zal", "zullen", "is", "ik"};
    static const char *const l3[] = {"i"};
    static const char *const l4[] = {"met het verschijnen van", "met de publicatie van"};
    static const char *const l5[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"}; /* more than 8 */
    static const char *const l6[] = {""};
    const struct {
        const char *const *w;
        size_t n;
    } lists[] = {{l1, 2}, {l2, 4}, {l3, 1}, {l4, 2}, {l5, 9}, {l6, 1}};
    char text[512];
    unsigned seed = 1;
    size_t asked = 0, found = 0;
    for (int round = 0; round < 400; round++) {
        size_t n = (size_t)(round % 16); /* the first piece at every place of a block */
        memset(text, 'x', n);
        text[n] = 0;
        while (n < 300) {
            seed = seed * 1103515245u + 12345u;
            const char *p = round % 7 == 3 ? "met het verschijnen van " : fill[(seed >> 16) % (sizeof fill / sizeof fill[0])];
            size_t l = strlen(p);
            memcpy(text + n, p, l);
            n += l;
        }
        text[n] = 0;
        for (size_t li = 0; li < sizeof lists / sizeof lists[0]; li++)
            for (size_t a = 0; a < 20; a += 3)
                for (size_t b = n; b > a; b = b + 40 > n ? b - 1 : b > a + 40 ? a + 40 : b - 1) {
                    /* the last 40 ends, then every end of a short range */
                    size_t want = word_in_ref(text, a, b, lists[li].w, lists[li].n);
                    assert_int_equal(kd_word_in(text, a, b, lists[li].w, lists[li].n), want);
                    asked++;
                    found += want != (size_t)-1;
                }
    }
    assert_true(found > asked / 4 && found < asked); /* both answers were asked for */
}

/* kd_lower_gov_doc() as it was: each sign's first place in the head, by
 * kd_find_ci(), at a word start. */
static bool lower_gov_ref(const char *s, size_t n)
{
    static const char *const signs[] = {
        "raadsinformatiebrief", "raadsvoorstel", "raadsmededeling", "aan de gemeenteraad",
        "aan de leden van de gemeenteraad", "aan de leden van de raad", "geachte leden van de raad,",
        "geachte leden van de gemeenteraad", "geachte raadsleden", "statenbrief", "statenvoorstel",
        "statenmededeling", "aan provinciale staten", "aan de leden van provinciale staten",
        "geachte leden van provinciale staten", "aan het algemeen bestuur", "geachte leden van het algemeen bestuur",
    };
    size_t h = n < 3000 ? n : 3000;
    for (size_t k = 0; k < sizeof signs / sizeof signs[0]; k++) {
        size_t f = kd_find_ci(s, h, 0, signs[k]);
        if (f != (size_t)-1 && (f == 0 || !ki_is_letter((unsigned char)s[f - 1])))
            return true;
    }
    return false;
}

/* The one-pass kd_lower_gov_doc() against the sign-by-sign one: signs at
 * every place of a block, in capitals, glued to a word before (which
 * decides that sign: a later place of it does not count), cut by the end
 * of the head or of the text. */
static void test_lower_gov_doc_same_as_each_sign(void **state)
{
    (void)state;
    static const char *const piece[] = {
        "Geachte leden van de raad,", "xgeachte raadsleden ", "AAN DE GEMEENTERAAD", "Staten", "staat ",
        "aan de leden van de", "raad ", "geachte raadsleden", "Statenbrief", "xstatenbrief ", "aan het algemeen",
        " bestuur", "het college ", "gemeente", "aan ", "de ", "\n", "raadsvoorstel", "Raadsmededeling",
    };
    static char text[4200];
    unsigned seed = 7;
    size_t yes = 0, asked = 0;
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)(round % 16);
        memset(text, 'y', n);
        size_t want_len = round % 5 == 0 ? 3100 : 40 + (size_t)(round % 300);
        while (n < want_len) {
            seed = seed * 1103515245u + 12345u;
            const char *p = piece[(seed >> 16) % (sizeof piece / sizeof piece[0])];
            size_t l = strlen(p);
            if (n + l >= sizeof text)
                break;
            memcpy(text + n, p, l);
            n += l;
        }
        text[n] = 0;
        for (size_t cut = n; cut + 20 > n && cut > 0; cut -= 7) {
            bool want = lower_gov_ref(text, cut);
            assert_int_equal(kd_lower_gov_doc(text, cut), want);
            yes += want;
            asked++;
        }
    }
    assert_true(yes > asked / 10 && yes < asked); /* both answers were asked for */
}

/* kd_rfind_ci() against kd_find_ci() asked again after each place it
 * finds (the last place wins), over ranges whose ends move through the
 * blocks. */
static void test_rfind_ci_same_as_last_find(void **state)
{
    (void)state;
    static const char *const words[] = {"gehoord de beraadslaging", "ge", "orde van de dag", "g"};
    static const char *const piece[] = {"Gehoord de beraadslaging, ", "gehoord de ", "GEHOORD DE BERAADSLAGING", "ge",
                                        "x", "orde van de dag", "  ", "beraadslaging\n", "Ge"};
    static char text[700];
    unsigned seed = 3;
    size_t found = 0, asked = 0;
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(round % 16);
        memset(text, 'z', n);
        while (n < 600) {
            seed = seed * 1103515245u + 12345u;
            const char *p = piece[(seed >> 16) % (sizeof piece / sizeof piece[0])];
            size_t l = strlen(p);
            memcpy(text + n, p, l);
            n += l;
        }
        text[n] = 0;
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
            for (size_t from = 0; from < 40; from += 3)
                for (size_t to = n; to + 300 > n && to >= from; to -= 5) {
                    size_t want = (size_t)-1;
                    for (size_t f = from; (f = kd_find_ci(text, to, f, words[k])) != (size_t)-1; f++)
                        want = f;
                    assert_int_equal(kd_rfind_ci(text, to, from, words[k]), want);
                    asked++;
                    found += want != (size_t)-1;
                }
    }
    assert_true(found > asked / 4 && found < asked);
}

/* in_motion_text() asks the text's first "gehoord de beraadslaging" once
 * (ki_scan's gb_first): a motion named right after it is in a motion's
 * text (cited), one named before it is not; the next text is asked anew. */
static void test_considerans_first_phrase(void **state)
{
    (void)state;
    ki_detector *det = NULL;
    ki_err err;
    assert_int_equal(ki_detector_new(&det, &err), KI_OK);
    static const char *const texts[] = {
        /* no phrase: the letter's own words */
        "Geachte voorzitter,\n\nDe motie-Oudekerk c.s. (36 600 XVI, nr. 112) over respijtzorg is "
        "uitgevoerd.\n",
        /* named right after the phrase: the Kamer's words in a motion's text */
        "Nr. 45         MOTIE VAN HET LID DE KORTE-ELSHOUT\n\nDe Kamer,\n\ngehoord de beraadslaging,\n"
        "de motie-Oudekerk c.s. (36 600 XVI, nr. 112) over respijtzorg is uitgevoerd;\n\n"
        "verzoekt de regering, de wachtlijsten in kaart te brengen,\n\nen gaat over tot de orde van de dag.\n",
        /* named before it */
        "Geachte voorzitter,\n\nDe motie-Oudekerk c.s. (36 600 XVI, nr. 112) over respijtzorg is "
        "uitgevoerd.\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
        "verzoekt de regering, de wachtlijsten in kaart te brengen,\n\nen gaat over tot de orde van de dag.\n",
    };
    static const char *const want[] = {"settled", "cited", "settled"};
    for (int round = 0; round < 2; round++)
        for (size_t k = 0; k < 3; k++) {
            ki_refs *r = test_detect(det, texts[k], "2025-06-15");
            const char *got = "none";
            for (size_t i = 0; i < r->nmotions; i++)
                if (r->motions[i].kamerstuk && strcmp(r->motions[i].kamerstuk, "kst-36600-XVI-112") == 0)
                    got = ki_relation_str(r->motions[i].relation);
            assert_string_equal(got, want[k]);
            ki_refs_free(r);
        }
    ki_detector_free(det);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_in_same_as_bytes),
        cmocka_unit_test(test_lower_gov_doc_same_as_each_sign),
        cmocka_unit_test(test_rfind_ci_same_as_last_find),
        cmocka_unit_test(test_considerans_first_phrase),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
