# kamerindex - build, test, demo, benchmark.  See README.md.
#
#   make            the kamerindex binary (./kamerindex)
#   make check      every test: unit (cmocka), end to end, detection eval
#   make demo       ingest corpus/ into a fresh index and show what it finds
#   make bench      benchmarks, each side by side with its baseline
#   make eval       precision/recall/F1 of detection over tests/gold and every tests/heldout* set
#   make fuzz       run the libFuzzer targets for FUZZ_SECONDS each (clang)
#   make install PREFIX=/usr/local
#   make SANITIZE=address,undefined check    the same tests under ASan+UBSan
#   make WERROR=1 ...                         warnings are errors (CI)
#
# Sources are found by wildcard: a new .c in util/ ingest/ index/ query/
# joins the library, a new cli/cmd_*.c the binary, a new tests/test_*.c a
# cmocka test, a new tools/*.c bench/*.c corpus/*.c a helper program in
# $(BUILD)/bin/.  Directories may add rules in their own module.mk.

PREFIX     ?= /usr/local
PKG_CONFIG ?= pkg-config
CC         ?= cc
CXX        ?= c++
SANITIZE   ?=
WERROR     ?=
BUILD      ?= build$(if $(SANITIZE),-san)

PKGS     := poppler-glib libpcre2-8 xapian-core
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) cairo cmocka 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
CAIRO_LIBS := $(shell $(PKG_CONFIG) --libs cairo 2>/dev/null)
CMOCKA_LIBS := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

WARN := -Wall -Wextra -Wpedantic -Wstrict-prototypes -Wmissing-prototypes \
        -Wwrite-strings -Wformat-security -Wvla -fno-common -Wshadow
WARN_CXX := -Wall -Wextra -Wpedantic -Wformat-security -Wshadow
ifneq ($(WERROR),)
WARN += -Werror
WARN_CXX += -Werror
endif

OPT      ?= -O2 -g
SAN      := $(if $(SANITIZE),-fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all)
CPPFLAGS += -D_GNU_SOURCE -I.
ALL_CFLAGS   = -std=c17 $(OPT) $(WARN) $(SAN) $(PKG_CFLAGS) $(CFLAGS)
ALL_CXXFLAGS = -std=c++17 $(OPT) $(WARN_CXX) $(SAN) $(PKG_CFLAGS) $(CXXFLAGS)
ALL_LDFLAGS  = -Wl,--as-needed $(SAN) $(LDFLAGS)
LIBS     := $(PKG_LIBS) -lpthread -lm

LIB_C    := $(wildcard util/*.c ingest/*.c index/*.c query/*.c)
LIB_CC   := $(wildcard index/*.cc)
CLI_C    := kamerindex.c $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/test_*.c)
PROG_SRC := $(wildcard tools/*.c bench/*.c corpus/*.c)

LIB_OBJ  := $(LIB_C:%.c=$(BUILD)/%.o) $(LIB_CC:%.cc=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_C:%.c=$(BUILD)/%.o)
LIB      := $(BUILD)/libkamerindex.a
BIN      := $(BUILD)/kamerindex
UNIT_BIN := $(UNIT_SRC:tests/%.c=$(BUILD)/tests/%)
PROGS    := $(foreach s,$(PROG_SRC),$(BUILD)/bin/$(basename $(notdir $(s))))

.PHONY: all check check-unit demo bench eval fuzz install clean deps corpus-pdfs test-progs
.DELETE_ON_ERROR:

all: $(BIN) $(if $(SANITIZE),,kamerindex)

kamerindex: $(BIN)
	cp $(BIN) $@

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) $(CPPFLAGS) $(ALL_CXXFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

# Linked with the C++ driver: the Xapian shim is C++.
$(BIN): $(CLI_OBJ) $(LIB)
	$(CXX) $(ALL_LDFLAGS) $(CLI_OBJ) $(LIB) $(LIBS) -o $@

$(BUILD)/tests/%: $(BUILD)/tests/%.o $(LIB)
	$(CXX) $(ALL_LDFLAGS) $< $(LIB) $(LIBS) $(CAIRO_LIBS) $(CMOCKA_LIBS) -o $@

define prog_rule
$(BUILD)/bin/$(basename $(notdir $(1))): $(BUILD)/$(basename $(1)).o $(LIB)
	@mkdir -p $(BUILD)/bin
	$$(CXX) $$(ALL_LDFLAGS) $$< $(LIB) $$(LIBS) $$(CAIRO_LIBS) -o $$@
endef
$(foreach s,$(PROG_SRC),$(eval $(call prog_rule,$(s))))

test-progs: $(BIN) $(UNIT_BIN) $(PROGS)

deps:
	@sh tools/deps.sh

# The bundled corpus: corpus/src/*.src are laid out as PDFs in corpus/pdf/.
CORPUS_SRC := $(wildcard corpus/src/*.src)
CORPUS_PDF := $(CORPUS_SRC:corpus/src/%.src=corpus/pdf/%.pdf)
corpus/pdf/%.pdf: corpus/src/%.src $(BUILD)/bin/mkpdf
	@mkdir -p corpus/pdf
	$(BUILD)/bin/mkpdf $< $@
corpus-pdfs: $(CORPUS_PDF)

check: deps
	$(MAKE) test-progs corpus-pdfs
	BUILD=$(BUILD) sh tests/run.sh

demo: deps
	$(MAKE) all corpus-pdfs
	BUILD=$(BUILD) sh tools/demo.sh

bench:
	@sh tools/deps.sh bench
	$(MAKE) test-progs corpus-pdfs
	BUILD=$(BUILD) sh bench/run.sh

eval: test-progs
	for g in tests/gold tests/heldout tests/heldout[0-9]*; do $(BUILD)/bin/eval $$g || exit 1; done

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/kamerindex

clean:
	rm -rf build build-san build-fuzz kamerindex corpus/pdf

-include $(wildcard */module.mk)
-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
