/*
 * test_speed11.c - fast paths of the detector (session 13, speed11): each
 * must give the answer of the slower code it stands in for, which is asked
 * here beside it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/dates.h"
#include "ingest/detect_int.h"
#include "ingest/text.h"
#include "tests/testspeed.h"
#include "tests/testdetect.h"

/* A text of n bytes or a little more from random pieces, 0-terminated. */
static size_t random_text(char *text, size_t n0, size_t n, const char *const *piece, size_t np, unsigned *seed)
{
    memset(text, 'z', n0);
    size_t k = n0;
    while (k < n) {
        *seed = *seed * 1103515245u + 12345u;
        const char *p = piece[(*seed >> 16) % np];
        size_t l = strlen(p);
        memcpy(text + k, p, l);
        k += l;
    }
    text[k] = 0;
    return k;
}

/* kd_find_all_ci() asked once, then kd_last_in() for each range, against
 * kd_rfind_ci() over that range (what in_motion_text() asked before), for
 * ranges whose ends move through the text and lists that start late. */
static void test_last_in_same_as_rfind(void **state)
{
    (void)state;
    static const char *const words[] = {"gehoord de beraadslaging", "ge", "orde van de dag"};
    static const char *const piece[] = {"Gehoord de beraadslaging, ", "gehoord de ", "GEHOORD DE BERAADSLAGING", "ge",
                                        "x", "orde van de dag", "  ", "beraadslaging\n", "Ge", "gege"};
    static char text[900];
    unsigned seed = 11;
    size_t found = 0, asked = 0;
    for (int round = 0; round < 120; round++) {
        size_t n = random_text(text, (size_t)(round % 16), 700, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
            size_t wl = strlen(words[k]);
            for (size_t start = 0; start < 200; start += 97) {
                size_t *v, nv;
                assert_true(kd_find_all_ci(text, n, start, words[k], &v, &nv));
                for (size_t lo = start; lo < n; lo += 7)
                    for (size_t to = lo; to <= n; to += 5) {
                        size_t want = kd_rfind_ci(text, to, lo, words[k]);
                        size_t got = to >= wl ? kd_last_in(v, nv, lo, to - wl) : (size_t)-1;
                        assert_int_equal(got, want);
                        asked++;
                        found += want != (size_t)-1;
                    }
                free(v);
            }
        }
    }
    assert_true(found > asked / 4 && found < asked); /* both answers were asked for */
}

/* in_motion_text() reads the last "gehoord de beraadslaging" before a
 * motion from the list of all of them: a motion named in the second
 * motion's text of a file is the Kamer's considerans (cited), though the
 * first motion's text ended before it; one named between the two texts is
 * the letter's own (settled). */
static void test_considerans_second_motion(void **state)
{
    (void)state;
    ki_detector *det = NULL;
    ki_err err;
    assert_int_equal(ki_detector_new(&det, &err), KI_OK);
    static const char first[] =
        "Nr. 44         MOTIE VAN HET LID BIKKER\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
        "verzoekt de regering, de mantelzorg te steunen,\n\nen gaat over tot de orde van de dag.\n\n";
    static const char *const texts[] = {
        /* named in the second motion's text */
        "Nr. 45         MOTIE VAN HET LID DE KORTE-ELSHOUT\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
        "constaterende dat de motie-Oudekerk c.s. (36 600 XVI, nr. 112) over respijtzorg is uitgevoerd;\n\n"
        "verzoekt de regering, de wachtlijsten in kaart te brengen,\n\nen gaat over tot de orde van de dag.\n",
        /* named between the two texts */
        "Geachte voorzitter,\n\nDe motie-Oudekerk c.s. (36 600 XVI, nr. 112) over respijtzorg is "
        "uitgevoerd.\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
        "verzoekt de regering, de wachtlijsten in kaart te brengen,\n\nen gaat over tot de orde van de dag.\n",
    };
    static const char *const want[] = {"cited", "settled"};
    for (int round = 0; round < 2; round++)
        for (size_t k = 0; k < 2; k++) {
            char buf[2048];
            snprintf(buf, sizeof buf, "%s%s", first, texts[k]);
            ki_refs *r = test_detect(det, buf, "2025-06-15");
            const char *got = "none";
            for (size_t i = 0; i < r->nmotions; i++)
                if (r->motions[i].kamerstuk && strcmp(r->motions[i].kamerstuk, "kst-36600-XVI-112") == 0)
                    got = ki_relation_str(r->motions[i].relation);
            assert_string_equal(got, want[k]);
            ki_refs_free(r);
        }
    ki_detector_free(det);
}

/* kd_run_chars() passes over the places after an ASCII letter or digit,
 * sixteen at a time, where the commitment pattern's lookbehind lets no
 * match begin (pairtab after[], word_start); asked again with after[] all
 * 1 and word_start off (every place tried, as before), it must give the
 * same rc and the same match, for windows whose ends move through the
 * blocks and texts whose words are glued to letters, digits and UTF-8. */
static void test_run_chars_same_as_every_place(void **state)
{
    (void)state;
    ki_detector *d = NULL;
    ki_err err;
    assert_int_equal(ki_detector_new(&d, &err), KI_OK);
    assert_true(d->commit_ok);
    pairtab *t = &d->commit_pair;
    assert_true(t->word_start); /* the fast path is the one taken */
    static const char *const piece[] = {
        "Ik zeg toe ", "toegezegd ", "xtoezegging ", "9toezegging", "De Kamer ", "heb ik u gemeld ", "dat ",
        "\xc3\xa9toegezegd ", "Toezegging: ", "beloofd.", "zal ik ", "uw Kamer ", "voor de zomer ", "informeren. ",
        "\n", "  ", "(toezeggingen) ", "wij ", "hebben ", "aangegeven ", "toezeggen", "Zegde ", "x"};
    static char text[700];
    uint8_t after[128];
    unsigned seed = 5;
    size_t asked = 0, matched = 0;
    for (int round = 0; round < 60; round++) {
        size_t n = random_text(text, (size_t)(round % 16), 500, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t from = 0; from < n; from += 13)
            for (size_t upto = from; upto < n && upto < from + 200; upto += 11) {
                size_t len = round % 2 ? n : (upto + 8 < n ? upto + 8 : n);
                int rc = kd_run_chars(d, &d->commit_a, d->commit_wide, t, d->commit_memo, text, len, from, upto);
                const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(d->commit_a.md);
                size_t s0 = rc > 0 ? ov[0] : 0, e0 = rc > 0 ? ov[1] : 0;
                memcpy(after, t->after, sizeof after);
                memset(t->after, 1, sizeof t->after);
                t->word_start = false;
                int rc2 = kd_run_chars(d, &d->commit_a, d->commit_wide, t, d->commit_memo, text, len, from, upto);
                memcpy(t->after, after, sizeof after);
                t->word_start = true;
                assert_int_equal(rc, rc2);
                if (rc > 0) {
                    assert_int_equal(s0, ov[0]);
                    assert_int_equal(e0, ov[1]);
                    matched++;
                }
                asked++;
            }
    }
    assert_true(matched > asked / 10 && matched < asked); /* both answers were asked for */
    ki_detector_free(d);
}

/* ki_deadline_find() matches the first word its phrases share ("voor ",
 * 48 of them) once at a place, then each phrase's rest; with
 * ki_deadline_test_whole() each phrase is matched whole, as before.  Both
 * must find the same deadline in every range of texts of the phrases cut,
 * spaced and glued differently ("vóór", blank runs, line ends, capitals). */
static void test_deadline_first_word_same_as_whole(void **state)
{
    (void)state;
    static const char *const piece[] = {
        "voor ", "Voor", "v\xc3\xb3\xc3\xb3r ", "voor  het ", "voor\nde ", "het ", "de ", "zomer", "zomerreces ",
        "einde van het ", "eind ", "van ", "jaar.", "dit ", "eerste kwartaal ", "voorjaar", "najaarsnota ", "behandeling ",
        "in ", "binnen ", "drie ", "maanden ", "na ", "uiterlijk ", "1 juli 2026 ", "maart ", "2027 ", "q3 ", "x",
        "verantwoordingsdag ", "begroting", " ", "medio ", "Deadline: ", "wetgevingsoverleg Jeugd "};
    static char text[400];
    unsigned seed = 9;
    size_t asked = 0, found = 0;
    for (int round = 0; round < 300; round++) {
        size_t n = random_text(text, 0, 120, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t a = 0; a < n; a += 3)
            for (size_t b = a; b <= n; b += 7) {
                if (test_deadline_same(text + a, b - a))
                    found++;
                asked++;
            }
    }
    assert_true(found > asked / 20 && found < asked); /* both answers were asked for */
}

/* kd_sort_commitments() merges the runs in order; it must leave the
 * records as the insertion sort before it did (stable: records at one
 * place keep their order), for runs of every length, ties across runs, a
 * sorted list and a reversed one. */
static void test_sort_commitments_same_as_insertion(void **state)
{
    (void)state;
    enum { MAXN = 90 };
    ki_commitment v[MAXN], w[MAXN];
    unsigned seed = 17;
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)(round % MAXN);
        for (size_t i = 0; i < n; i++) {
            memset(&v[i], 0, sizeof v[i]);
            seed = seed * 1103515245u + 12345u;
            switch (round % 4) {
            case 0: /* few places: many ties */
                v[i].span.start = (seed >> 16) % 7;
                break;
            case 1: /* a sorted text, then appended rows */
                v[i].span.start = i < n / 2 ? i * 3 : (seed >> 16) % (n * 3 + 1);
                break;
            case 2: /* reversed */
                v[i].span.start = n - i;
                break;
            default:
                v[i].span.start = (seed >> 16) % 1000;
            }
            v[i].span.end = i; /* which record it was */
        }
        memcpy(w, v, n * sizeof *v);
        for (size_t i = 1; i < n; i++) { /* the insertion sort as it was */
            ki_commitment c = w[i];
            size_t j = i;
            while (j > 0 && w[j - 1].span.start > c.span.start) {
                w[j] = w[j - 1];
                j--;
            }
            w[j] = c;
        }
        kd_sort_commitments(v, n);
        for (size_t i = 0; i < n; i++) {
            assert_int_equal(v[i].span.start, w[i].span.start);
            assert_int_equal(v[i].span.end, w[i].span.end);
        }
    }
}

/* footnote_refs() passes over the bytes of a promise's sentence that are
 * no marker ('*', '^', a digit) 16 at a time: a marker at every place of
 * a block, after digits and stars that are none, still gives the
 * promise its footnote's Kamerstuk. */
static void test_footnote_marker_every_offset(void **state)
{
    (void)state;
    ki_detector *det = NULL;
    ki_err err;
    assert_int_equal(ki_detector_new(&det, &err), KI_OK);
    static const char *const mark[] = {"^3", "3", " *"};
    static const char *const want[] = {"kst-29023-12", "kst-29023-12", "kst-36600-XVI-5"};
    for (size_t m = 0; m < 3; m++)
        for (size_t k = 1; k <= 34; k++) {
            char pad[40], buf[600];
            memset(pad, 'a', k);
            pad[k] = 0;
            snprintf(buf, sizeof buf,
                     "Geachte voorzitter,\n\nIk zal uw Kamer voor de zomer van 2025 informeren over de %s "
                     "voortgang%s van het onderzoek.\n\n[^3] Kamerstuk 29 023, nr. 12.\n* Kamerstuk 36 600 XVI, nr. 5.\n",
                     pad, mark[m]);
            ki_refs *r = test_detect(det, buf, "2025-06-15");
            assert_int_equal(r->ncommitments, 1);
            bool got = false;
            for (size_t x = 0; x < r->commitments[0].nrefs; x++)
                got = got || strcmp(r->commitments[0].refs[x], want[m]) == 0;
            assert_true(got);
            ki_refs_free(r);
        }
    ki_detector_free(det);
}

/* more_cues() visits only the word starts with one of its initials
 * (next_more_start()); with kd_more_cues_test_whole() it visits every byte
 * with one, as before.  The cues of every range of texts of its words (in
 * either case, glued to letters, digits and UTF-8 before them, cut by the
 * range) must be the same: the kinds and places remembered, the flags. */
static void test_more_cues_word_starts_same_as_every_byte(void **state)
{
    (void)state;
    ki_detector *d = NULL;
    ki_err err;
    assert_int_equal(ki_detector_new(&d, &err), KI_OK);
    static const char *const piece[] = {
        "heeft ", "Heb ", "ik ", "die ", "de motie ", "in 2025 ", "uitgevoerd", ". ", "is ", "zijn ", "afgerond ",
        "staat ", "daarmee ", "op voldaan", "schuift ", "naar maart 2027 ", "informeer ", "u ", "zodra ", "bericht ",
        "zet ", "zal ", "werk ", "werkt ", "uit", "x", "9", "\xc3\xa9", "-", "  ", "\n", "Zij ", "IS ", "Werken ",
        "is per 1 juli 2026 afgerond. ", "is in 2025 uitgevoerd. ", "staat daarmee op voldaan. ",
        "schuift op naar maart 2027. ", "werk ik een aanbesteding uit. ", "Zij informeert uw commissie hierover ",
        "heeft die in zijn brief van 20 november jl. (Kamerstuk 1, nr. 47) uitgevoerd. ",
        "zal dit punt opnieuw aankaarten. ", "informeer ik u zodra de Raad heeft besloten. "};
    static char text[600];
    unsigned seed = 33;
    size_t asked = 0, cued = 0;
    struct ki_scan *sc = malloc(sizeof *sc);
    assert_non_null(sc);
    for (int round = 0; round < 150; round++) {
        size_t n = random_text(text, 0, 160, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t a = 0; a < n; a += 5)
            for (size_t b = a; b <= n; b += 9) {
                cues c1, c2;
                struct cuecache e1;
                memset(sc, 0, sizeof *sc);
                sc->d = d;
                sc->s = text;
                sc->n = n;
                kd_cues_of(sc, a, b, 0, 0, &c1);
                e1 = sc->cc[0];
                memset(sc, 0, sizeof *sc);
                sc->d = d;
                sc->s = text;
                sc->n = n;
                kd_more_cues_test_whole(true);
                kd_cues_of(sc, a, b, 0, 0, &c2);
                kd_more_cues_test_whole(false);
                assert_int_equal(c1.settled, c2.settled);
                assert_int_equal(c1.progress, c2.progress);
                assert_int_equal(c1.addressed, c2.addressed);
                assert_int_equal(c1.cited, c2.cited);
                assert_int_equal(c1.made, c2.made);
                assert_int_equal(e1.n, sc->cc[0].n);
                assert_int_equal(e1.all, sc->cc[0].all);
                for (unsigned k = 0; k < e1.n; k++) {
                    assert_int_equal(e1.m[k].pos, sc->cc[0].m[k].pos);
                    assert_int_equal(e1.m[k].kind, sc->cc[0].m[k].kind);
                }
                asked++;
                cued += e1.n > 0;
            }
    }
    free(sc);
    assert_true(cued > asked / 10 && cued < asked); /* both answers were asked for */
    ki_detector_free(d);
}

/* The relation of an item in a sentence that asks the addressee (asks_you())
 * has no cue of that sentence: asked once per sentence and remembered with
 * its cues, and not asked of a sentence without one.  Asked again of the
 * same scan (remembered) it is the same as asked of a fresh one, and the
 * request still takes the cue away. */
static void test_asks_you_remembered(void **state)
{
    (void)state;
    ki_detector *d = NULL;
    ki_err err;
    assert_int_equal(ki_detector_new(&d, &err), KI_OK);
    static const char *const texts[] = {
        "De commissie verzoekt de minister de Kamer te informeren over de motie X, die is uitgevoerd.\n",
        "De minister meldt dat de motie X inmiddels is uitgevoerd.\n",
        "De commissie verzoekt de minister de Kamer te informeren over de motie X.\n",
    };
    ki_relation want[3];
    struct ki_scan *sc = malloc(sizeof *sc);
    assert_non_null(sc);
    for (size_t k = 0; k < 3; k++) {
        const char *t = texts[k];
        size_t n = strlen(t), ts = (size_t)(strstr(t, "motie X") - t), es, ee;
        memset(sc, 0, offsetof(struct ki_scan, cc));
        sc->d = d;
        sc->s = t;
        sc->n = n;
        ki_relation r1 = kd_relation_of(sc, ts, 0, 0, n, &es, &ee);
        ki_relation r2 = kd_relation_of(sc, ts, 0, 0, n, &es, &ee); /* remembered */
        assert_int_equal(r1, r2);
        want[k] = r1;
    }
    assert_int_equal(want[1], KI_REL_SETTLED);
    assert_true(want[0] != KI_REL_SETTLED); /* the request takes the cue away */
    assert_int_equal(want[0], want[2]);
    free(sc);
    ki_detector_free(d);
}

/* kd_word_in() as it was without its pairs: every byte tried. */
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

/* kd_word_in() finds the places of a list of more than eight words 16 at
 * a time when their first two bytes are at most eight pairs (asks_you()'s
 * sixteen are three); a list of more pairs is read byte by byte as before.
 * Both against every byte tried, over ranges whose ends move through the
 * blocks. */
static void test_word_in_many_words(void **state)
{
    (void)state;
    static const char *const ask3[] = {"verzoekt de minister", "verzoekt de staatssecretaris", "vraagt de minister",
                                       "vraagt de staatssecretaris", "verzoeken de minister",
                                       "verzoeken de staatssecretaris", "vragen de minister",
                                       "vragen de staatssecretaris", "vraagt de regering", "vragen de regering",
                                       "vraagt het kabinet", "vragen het kabinet", "wil graag weten",
                                       "willen graag weten", "wil weten", "willen weten"};
    static const char *const many[] = {"aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii", "wil weten"};
    static const char *const piece[] = {"Verzoekt de minister ", "verzoekt de ", "vraagt ", "VRAGEN DE REGERING",
                                        "wil weten", "willen", "xwil weten ", "wil  weten", "ii", "gg ", "aa",
                                        "ve", "vr", " ", "de minister ", "\xc3\xa9vraagt de regering ", "9"};
    static char text[700];
    unsigned seed = 41;
    size_t found = 0, asked = 0;
    for (int round = 0; round < 150; round++) {
        size_t n = random_text(text, (size_t)(round % 16), 300, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t a = 0; a < 40; a += 3)
            for (size_t b = a; b <= n; b += 5) {
                assert_int_equal(kd_word_in(text, a, b, ask3, 16), word_in_ref(text, a, b, ask3, 16));
                size_t want = word_in_ref(text, a, b, many, 10);
                assert_int_equal(kd_word_in(text, a, b, many, 10), want);
                asked++;
                found += want != (size_t)-1;
            }
    }
    assert_true(found > asked / 4 && found < asked); /* both answers were asked for */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_last_in_same_as_rfind),
        cmocka_unit_test(test_considerans_second_motion),
        cmocka_unit_test(test_run_chars_same_as_every_place),
        cmocka_unit_test(test_deadline_first_word_same_as_whole),
        cmocka_unit_test(test_sort_commitments_same_as_insertion),
        cmocka_unit_test(test_footnote_marker_every_offset),
        cmocka_unit_test(test_more_cues_word_starts_same_as_every_byte),
        cmocka_unit_test(test_asks_you_remembered),
        cmocka_unit_test(test_word_in_many_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
