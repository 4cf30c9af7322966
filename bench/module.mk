# bench/query_bench.c compares kamerindex with SQLite FTS5 in the same run,
# so it links libsqlite3 (tools/deps.sh installs libsqlite3-dev).
$(BUILD)/bin/query_bench: LIBS += $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null || echo -lsqlite3)
