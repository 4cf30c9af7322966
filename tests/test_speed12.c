/*
 * test_speed12.c - fast paths of the detector (session 14, speed12): each
 * must give the answer of the plain code it stands in for, which is asked
 * here beside it, on random texts and on the corpus.
 */
#include <glob.h>
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
#include "tests/testspeed.h"
#include "tests/testutil.h"

/* A text of about n bytes from random pieces, 0-terminated; its length. */
static size_t random_text(char *text, size_t n, const char *const *piece, size_t np, unsigned *seed)
{
    size_t k = 0;
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

static unsigned next_rand(unsigned *seed)
{
    *seed = *seed * 1103515245u + 12345u;
    return *seed >> 16;
}

/* more_cues()' keys and the words it asks of them */
static const char *const keys[] = {"verv", "meld", "door", "niet", "gest", "bego"};
static const struct {
    unsigned    key;
    const char *word;
} asked[] = {{0, "verval"}, {1, "meld"}, {2, "doorlopend"}, {3, "niet verder op in"}, {3, "niet verder in"},
             {3, "niet "}, {4, "gestart"}, {5, "begonnen"}};
static const char *const begun[] = {"gestart", "begonnen"};

/* Every question more_cues() asks of one range, the places' answer against
 * kd_find_ci()'s and kd_word_in()'s; the number of places found. */
static size_t same_in_range(const char *s, size_t a, size_t b)
{
    kd_places pl;
    kd_places_scan(&pl, s, a, b, keys, sizeof keys / sizeof keys[0]);
    size_t found = 0;
    for (size_t q = 0; q < sizeof asked / sizeof asked[0]; q++) {
        /* the loop of more_cues(): from a, each time past the last one */
        for (size_t x = a;; x++) {
            size_t want = kd_find_ci(s, b, x, asked[q].word);
            size_t got = kd_places_find_ci(&pl, asked[q].key, s, b, x, asked[q].word);
            assert_int_equal(got, want);
            if (want == (size_t)-1)
                break;
            found++;
            x = want;
        }
    }
    size_t want = kd_word_in(s, a, b, begun, 2);
    assert_int_equal(kd_places_word_in(&pl, 4, s, a, b, begun, 2), want);
    found += want != (size_t)-1;
    /* ... and of a range inside it, which the places do not cover */
    if (b > a + 2) {
        assert_int_equal(kd_places_find_ci(&pl, 3, s, b - 1, a + 1, "niet "), kd_find_ci(s, b - 1, a + 1, "niet "));
        assert_int_equal(kd_places_word_in(&pl, 4, s, a + 1, b, begun, 2), kd_word_in(s, a + 1, b, begun, 2));
    }
    return found;
}

/* kd_places_scan() and its two questions against kd_find_ci() and
 * kd_word_in() on random texts of the words more_cues() looks for, their
 * near misses and case variants, for ranges of every length from 0 (the
 * short ones read byte by byte, the last block moved back), and for texts
 * with more places than a key keeps (the plain functions then). */
static void test_places_same_as_find(void **state)
{
    (void)state;
    static const char *const piece[] = {
        "verval", "Vervalt", "VERVALLEN", "vervolg", "verv", "meld", "Meld u", "melden", "melding", "door",
        "doorlopend", "Doorlopend", "doorlopende", "niet ", "niet", "NIET ", "niet verder op in", "niet verder in",
        "niet\tverder", "gestart", "Gestart", "gestarte", "gest", "begonnen", "BEGONNEN", "bego", "agestart",
        " ", " ", "\n", ".", "a", "de ", "en ", "v", "m", "d", "n", "g", "b", "\xc3\xa9", "\xe2\x80\x9c", "vErV",
        "mElD", "x", "1"};
    static char text[4096];
    unsigned seed = 12;
    size_t found = 0, ranges = 0;
    for (int round = 0; round < 120; round++) {
        size_t n = random_text(text, 40 + next_rand(&seed) % 400, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t a = 0; a < 24 && a <= n; a += 1 + next_rand(&seed) % 5)
            for (size_t b = a; b <= n; b += 1 + next_rand(&seed) % 7) {
                found += same_in_range(text, a, b);
                ranges++;
            }
    }
    /* a range with more places of one key than are kept */
    size_t n = 0;
    while (n + 40 < sizeof text) {
        memcpy(text + n, "niet verder, niet gestart ", 26);
        n += 26;
    }
    text[n] = 0;
    found += same_in_range(text, 0, n);
    found += same_in_range(text, 3, n - 5);
    assert_true(ranges > 10000 && found > ranges); /* places were found, not only none */
}

/* The same on the corpus and the gold documents: ranges of sentence
 * lengths at random places, a few whole texts. */
static void test_places_same_as_find_corpus(void **state)
{
    (void)state;
    glob_t g;
    size_t files = 0, found = 0;
    unsigned seed = 7;
    const char *top = getenv("TOP");
    char pat[2][4096];
    snprintf(pat[0], sizeof pat[0], "%s/corpus/txt/*.txt", top ? top : ".");
    snprintf(pat[1], sizeof pat[1], "%s/tests/gold/docs/*.txt", top ? top : ".");
    if (glob(pat[0], 0, NULL, &g) == 0) {
        glob(pat[1], GLOB_APPEND, NULL, &g);
        for (size_t i = 0; i < g.gl_pathc; i++) {
            size_t len;
            char *text = test_slurp(g.gl_pathv[i], &len);
            if (!text)
                continue;
            files++;
            for (int k = 0; k < 300 && len > 0; k++) {
                size_t a = next_rand(&seed) * 4099u % len, l = next_rand(&seed) % 600;
                found += same_in_range(text, a, a + l < len ? a + l : len);
            }
            found += same_in_range(text, 0, len);
            free(text);
        }
        globfree(&g);
    }
    assert_true(files >= 6);
    assert_true(found > 0);
}

/* kd_find_ci() as the plain loop has it: the first place in [from, to)
 * where w stands whole, case-insensitive. */
static size_t find_ci_ref(const char *s, size_t to, size_t from, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = from; i + wl <= to; i++)
        if (starts_ci(s, to, i, w))
            return i;
    return (size_t)-1;
}

/* kd_find_ci() (its blocks filtered by the first and the fourth byte, the
 * second in a shorter word) against the plain loop: words of one to twenty
 * bytes, with blanks, punctuation and capitals at the fourth place, in
 * random texts of near misses and on the corpus, from every place of a
 * range to ranges that end anywhere. */
static void test_find_ci_same_as_plain(void **state)
{
    (void)state;
    static const char *const words[] = {"a", "de", "van", "niet ", "verzoekt de regering",
                                        "gehoord de beraadslaging", "Tweede Kamer", "de wethouder", "ver-", "ab.c",
                                        "x y", "VERVAL", "hé", "ter uitvoering van", "tw", "abcd"};
    static const char *const piece[] = {"verzoekt de regering", "verzoekt de", "Verzoekt De Regering", "gehoord ",
                                        "gehoord de beraadslaging", "GEHOORD DE BERAADSLAGING", "tweede kamer",
                                        "de wethouder", "de wet", "ver", "ver-", "ab.c", "abdc", "ab c", "x y", "xy",
                                        "verval", "hé", "h\xc3", "ter uitvoering van", " ", "\n", "a", "de ", "van ",
                                        "niet", "niet ", "abcd", "ABCD", "abce", "t", "w", "tw"};
    static char text[2048];
    unsigned seed = 5;
    size_t found = 0, tries = 0;
    for (int round = 0; round < 80; round++) {
        size_t n = random_text(text, 20 + next_rand(&seed) % 300, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t q = 0; q < sizeof words / sizeof words[0]; q++)
            for (size_t from = 0; from < 40 && from <= n; from += 1 + next_rand(&seed) % 4)
                for (size_t to = from; to <= n; to += 1 + next_rand(&seed) % 9) {
                    size_t want = find_ci_ref(text, to, from, words[q]);
                    assert_int_equal(kd_find_ci(text, to, from, words[q]), want);
                    tries++;
                    found += want != (size_t)-1;
                }
    }
    assert_true(found > tries / 8 && found < tries);
    const char *top = getenv("TOP");
    char pat[4096];
    snprintf(pat, sizeof pat, "%s/corpus/txt/*.txt", top ? top : ".");
    glob_t g;
    size_t files = 0;
    if (glob(pat, 0, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc; i++) {
            size_t len;
            char *t = test_slurp(g.gl_pathv[i], &len);
            if (!t)
                continue;
            files++;
            for (size_t q = 0; q < sizeof words / sizeof words[0]; q++) {
                for (size_t x = 0;; x++) { /* every place of each word, as glued_rows() asks them */
                    size_t want = find_ci_ref(t, len, x, words[q]);
                    assert_int_equal(kd_find_ci(t, len, x, words[q]), want);
                    if (want == (size_t)-1 || strlen(words[q]) < 3)
                        break;
                    x = want;
                }
                for (int k = 0; k < 200 && len > 0; k++) {
                    size_t a = next_rand(&seed) * 4099u % len, l = next_rand(&seed) % 700;
                    size_t b = a + l < len ? a + l : len;
                    assert_int_equal(kd_find_ci(t, b, a, words[q]), find_ci_ref(t, b, a, words[q]));
                }
            }
            free(t);
        }
        globfree(&g);
    }
    assert_true(files >= 6);
}

/* kd_word_in_list() as it was written before: every list word compared
 * from its first byte. */
static bool word_in_list_ref(const char *s, size_t w, size_t e, const char *const *list)
{
    for (; *list; list++) {
        size_t l = strlen(*list);
        if (l != e - w)
            continue;
        size_t k = 0;
        while (k < l && ki_lower((unsigned char)s[w + k]) == ki_lower((unsigned char)(*list)[k]))
            k++;
        if (k == l)
            return true;
    }
    return false;
}

/* kd_word_in_list() (the word's first byte lower-cased once, list words
 * that begin otherwise passed over) against the plain compare: every span
 * of random texts of list words, their prefixes, capitals, UTF-8 and
 * blanks, against lists with capitals, one-letter and empty words. */
static void test_word_in_list_same_as_plain(void **state)
{
    (void)state;
    static const char *const list1[] = {"niet", "nog", "geen", "Nederland", "u", "ik", "wij", "we", NULL};
    static const char *const list2[] = {"", "zal", "zullen", "z", "één", "Z", NULL};
    static const char *const list3[] = {NULL};
    static const char *const *const lists[] = {list1, list2, list3};
    static const char *const piece[] = {"niet", "NIET", "Niet", "nie", "nog", "noG", "geen", "nederland", "NEDERLAND",
                                        "u", "U", "ik", "wij", "we", "w", "zal", "ZULLEN", "z", "één", "ÉÉN", " ",
                                        "\n", "x", "\xc3", "\0"};
    static char text[512];
    unsigned seed = 3;
    size_t yes = 0, tries = 0;
    for (int round = 0; round < 200; round++) {
        size_t n = 0;
        while (n < 60) {
            const char *p = piece[next_rand(&seed) % (sizeof piece / sizeof piece[0])];
            size_t l = *p ? strlen(p) : 1; /* (the last piece puts a NUL in the text) */
            memcpy(text + n, p, l);
            n += l;
        }
        for (size_t w = 0; w <= n; w++)
            for (size_t e = w; e <= n && e <= w + 12; e++)
                for (size_t q = 0; q < sizeof lists / sizeof lists[0]; q++) {
                    bool want = word_in_list_ref(text, w, e, lists[q]);
                    assert_int_equal(kd_word_in_list(text, w, e, lists[q]), want);
                    tries++;
                    yes += want;
                }
    }
    assert_true(yes > 100 && yes < tries);
}

/* kd_heading_at()'s section names (a line of its own: "Aanleiding",
 * "Geadviseerd besluit:") are asked only where the line's capital is the
 * name's first letter: each name is still a heading, alone or with a colon
 * or blanks after it, at the start of a text and after other lines; the
 * same words inside a line, in lower case or going on are not. */
static void test_heading_sections_by_first_letter(void **state)
{
    (void)state;
    static const char *const sections[] = {
        "Aanleiding", "Geadviseerd besluit", "Besluit", "Kernpunten", "Toelichting", "Communicatie",
        "Afstemming", "Achtergrond", "Samenvatting", "Inleiding", "Conclusie", "Vervolg", "Context",
        "Advies", "Kern", "Vervolgstappen", "Financi\xc3\xable gevolgen", "Juridische aspecten",
        "Politieke context", "Stand van zaken", "Tot slot", "Afsluitend"};
    char text[256];
    for (size_t x = 0; x < sizeof sections / sizeof sections[0]; x++) {
        for (int form = 0; form < 4; form++) {
            static const char *const after[] = {"", ":", "  ", ": "};
            int ls = snprintf(text, sizeof text, "Een zin ervoor.\n");
            int n = ls + snprintf(text + ls, sizeof text - (size_t)ls, "%s%s\nDe tekst gaat verder.\n", sections[x],
                                  after[form]);
            assert_true(kd_heading_at(text, (size_t)n, (size_t)ls));
            n = snprintf(text, sizeof text, "%s%s\nDe tekst gaat verder.\n", sections[x], after[form]);
            assert_true(kd_heading_at(text, (size_t)n, 0));
        }
        /* not alone on its line, or not as written */
        int n = snprintf(text, sizeof text, "%s van de tekst die doorloopt.\nEn verder.\n", sections[x]);
        assert_false(kd_heading_at(text, (size_t)n, 0));
        n = snprintf(text, sizeof text, "X%s\nDe tekst.\n", sections[x]);
        assert_false(kd_heading_at(text, (size_t)n, 0));
    }
}

/* kd_lower_gov_doc() for texts of 0 to 80 bytes (a head shorter than a
 * block, and the last block moved back over the first), each sign placed
 * to end at every place, at a word start or glued to a word: against each
 * sign's first place asked alone (the head's signs; the signer at the foot
 * is not placed). */
static void test_lower_gov_short_texts(void **state)
{
    (void)state;
    static const char *const signs[] = {
        "raadsinformatiebrief", "raadsvoorstel", "raadsmededeling", "aan de gemeenteraad",
        "aan de leden van de gemeenteraad", "aan de leden van de raad", "geachte leden van de raad,",
        "geachte leden van de gemeenteraad", "geachte raadsleden", "statenbrief", "statenvoorstel",
        "statenmededeling", "aan provinciale staten", "aan de leden van provinciale staten",
        "geachte leden van provinciale staten", "aan het algemeen bestuur", "geachte leden van het algemeen bestuur",
    };
    char text[128];
    size_t yes = 0, tries = 0;
    for (size_t k = 0; k < sizeof signs / sizeof signs[0]; k++)
        for (size_t len = 0; len <= 80; len++)
            for (int glued = 0; glued < 2; glued++) {
                size_t sl = strlen(signs[k]);
                memset(text, glued ? 'x' : ' ', len);
                if (sl <= len)
                    memcpy(text + len - sl, signs[k], sl);
                text[len] = 0;
                bool want = false;
                for (size_t q = 0; q < sizeof signs / sizeof signs[0] && !want; q++) {
                    size_t f = kd_find_ci(text, len, 0, signs[q]);
                    want = f != (size_t)-1 && (f == 0 || !ki_is_letter((unsigned char)text[f - 1]));
                }
                assert_int_equal(kd_lower_gov_doc(text, len), want);
                yes += want;
                tries++;
            }
    assert_true(yes > tries / 4 && yes < tries);
}

/* ki_deadline_find() matches the second word its "voor " phrases share
 * ("de ", "het ") once at a place, after the first: against each phrase
 * matched whole (ki_deadline_test_whole(), speed11's switch), on texts of
 * the phrases' words, their near misses, capitals, "vóór", blank runs and
 * line ends, for ranges cut anywhere. */
static void test_deadline_second_word_same_as_whole(void **state)
{
    (void)state;
    static const char *const piece[] = {
        "voor ", "Voor ", "VOOR ", "v\xc3\xb3\xc3\xb3r ", "voor  ", "voor\n", "de ", "De ", "het ", "HET ", "de\t",
        "het\n", "dezomer ", "hetreces ", "de", "het", "zomer", "zomerreces", "kerstreces ", "einde ", "eind ", "van ",
        "het ", "dit ", "jaar", "jaar.", "eerste ", "kwartaal", "behandeling ", "begroting", "voorjaarsnota ",
        "najaarsnota", "kerst", "herfst ", "winter", "reces", "q3", "verantwoordingsdag", "prinsjesdag", " ", ", ",
        "x", "1 juli 2026", "voor de zomer", "voor het einde van het jaar", "voor de behandeling van de begroting",
        "voor het kerstreces"};
    static char text[600];
    unsigned seed = 21;
    size_t tries = 0, found = 0;
    for (int round = 0; round < 400; round++) {
        size_t n = random_text(text, 40 + next_rand(&seed) % 200, piece, sizeof piece / sizeof piece[0], &seed);
        for (size_t a = 0; a < n; a += 1 + next_rand(&seed) % 5)
            for (size_t b = a; b <= n; b += 1 + next_rand(&seed) % 11) {
                if (test_deadline_same(text + a, b - a))
                    found++;
                tries++;
            }
    }
    assert_true(found > tries / 50 && found < tries); /* (most ranges are cut inside a phrase) */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_places_same_as_find),
        cmocka_unit_test(test_places_same_as_find_corpus),
        cmocka_unit_test(test_find_ci_same_as_plain),
        cmocka_unit_test(test_word_in_list_same_as_plain),
        cmocka_unit_test(test_heading_sections_by_first_letter),
        cmocka_unit_test(test_lower_gov_short_texts),
        cmocka_unit_test(test_deadline_second_word_same_as_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
