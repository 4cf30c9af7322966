# corpus/module.mk - the scale generator (corpus/gen.c, built as $(BUILD)/bin/gen).
#
#   make gen N=300 DIR=/tmp/x                 300 synthetic letters as PDFs
#   make gen N=100000 DIR=/tmp/y FORMAT=txt   as text, for the query benchmark
#   make gen ... SEED=7                       another reproducible set
#
# N, DIR, FORMAT and SEED are read only here; nothing else is defined globally.

.PHONY: gen
gen: $(BUILD)/bin/gen $(BUILD)/bin/mkpdf
	@test -n "$(DIR)" || { echo "usage: make gen N=300 DIR=/tmp/x [FORMAT=pdf|src|txt] [SEED=1]" >&2; exit 2; }
	MKPDF=$(BUILD)/bin/mkpdf $(BUILD)/bin/gen --seed $(or $(SEED),1) \
	    --format $(or $(FORMAT),pdf) $(or $(N),300) $(DIR)
