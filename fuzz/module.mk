# fuzz/module.mk - the libFuzzer targets (clang, ASan+UBSan).
#
#   make fuzz                    build, then run each fuzz/fuzz_*.c for FUZZ_SECONDS
#   make fuzz FUZZ_SECONDS=0     build only
#   make fuzz FUZZ_SEED=1        a repeatable run (CI); random seed otherwise
#
# The library is rebuilt with clang and coverage instrumentation into
# build-fuzz/; fuzz/run.sh links each target, skips (saying so) one whose
# library functions are not written yet, and runs it on a working corpus in
# build-fuzz/corpus/NAME seeded from fuzz/seeds/.  Findings land in
# build-fuzz/crashes/ and make `make fuzz` fail.

FUZZ_SECONDS ?= 60
FUZZ_BUILD   := build-fuzz
FUZZ_CFLAGS  := -fsanitize=fuzzer-no-link

.PHONY: fuzz fuzz-lib

fuzz-lib:
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=clang CXX=clang++ SANITIZE=address,undefined \
	    OPT="-O1 -g" CFLAGS="$(FUZZ_CFLAGS)" CXXFLAGS="$(FUZZ_CFLAGS)" \
	    $(FUZZ_BUILD)/libkamerindex.a

fuzz: fuzz-lib
	FUZZ_BUILD="$(FUZZ_BUILD)" FUZZ_SECONDS="$(FUZZ_SECONDS)" FUZZ_SEED="$(FUZZ_SEED)" \
	    FUZZ_CPPFLAGS="$(CPPFLAGS) $(PKG_CFLAGS)" FUZZ_LIBS="$(LIBS)" \
	    sh fuzz/run.sh

# `make valgrind`: the end-to-end commands under valgrind (tests/valgrind.sh).
.PHONY: valgrind
valgrind: all
	BUILD=$(BUILD) sh tests/valgrind.sh
