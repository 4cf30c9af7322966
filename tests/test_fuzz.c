/*
 * test_fuzz.c - the fuzz targets' checks on their seeds and past findings.
 *
 * Every libFuzzer target in fuzz/ is compiled in here under its own name
 * and run once on each file of fuzz/seeds/NAME/ and tests/fuzz/NAME/.
 * tests/fuzz/ keeps every input a fuzzer ever crashed on (a regression
 * test each); a target's checks abort() on a broken promise, which fails
 * this test in the normal and in the sanitizer build.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#define LLVMFuzzerTestOneInput fuzz_json_one
#include "../fuzz/fuzz_json.c"
#undef LLVMFuzzerTestOneInput

#define LLVMFuzzerTestOneInput fuzz_detect_one
#include "../fuzz/fuzz_detect.c"
#undef LLVMFuzzerTestOneInput

#define LLVMFuzzerTestOneInput fuzz_dates_one
#include "../fuzz/fuzz_dates.c"
#undef LLVMFuzzerTestOneInput

#define LLVMFuzzerTestOneInput fuzz_pdf_one
#include "../fuzz/fuzz_pdf.c"
#undef LLVMFuzzerTestOneInput

#include "../fuzz/fuzz_util.c"

typedef int fuzz_fn(const uint8_t *data, size_t size);

/* Runs fn on every regular file in dir; returns how many (0 when the
 * folder does not exist). */
static int replay_dir(const char *dir, fuzz_fn *fn)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char path[1024];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        uint8_t *data = malloc((size_t)st.st_size + 1);
        assert_non_null(data);
        size_t len = fread(data, 1, (size_t)st.st_size, f);
        fclose(f);
        assert_int_equal(len, (size_t)st.st_size);
        fn(data, len);
        free(data);
        n++;
    }
    closedir(d);
    return n;
}

static void test_json(void **state)
{
    (void)state;
    int n = replay_dir("fuzz/seeds/json", fuzz_json_one);
    n += replay_dir("tests/fuzz/json", fuzz_json_one);
    assert_true(n >= 3);
}

static void test_detect(void **state)
{
    (void)state;
    int n = replay_dir("fuzz/seeds/detect", fuzz_detect_one);
    n += replay_dir("tests/fuzz/detect", fuzz_detect_one);
    assert_true(n >= 5);
    ki_detector_free(detector);
    detector = NULL;
}

static void test_dates(void **state)
{
    (void)state;
    int n = replay_dir("fuzz/seeds/dates", fuzz_dates_one);
    n += replay_dir("tests/fuzz/dates", fuzz_dates_one);
    assert_true(n >= 5);
}

static void test_pdf(void **state)
{
    (void)state;
    int n = replay_dir("fuzz/seeds/pdf", fuzz_pdf_one);
    n += replay_dir("tests/fuzz/pdf", fuzz_pdf_one);
    assert_true(n >= 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_detect),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_pdf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
