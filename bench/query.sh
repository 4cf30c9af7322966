#!/bin/sh
# bench/query.sh - search and motion look-up latency on an index of 100,000
# generated documents, side by side with SQLite FTS5 (the method of the
# leading public site) over the same texts, in the same run.
#
# build/bin/query_bench (bench/query_bench.c) generates the documents
# straight into the index through the ingest indexer (ki_index_build), not
# through PDF files: this measures queries, not extraction.  The two indexes
# take ~1.3 GB and several minutes to build, so they are kept in
# $QUERY_BENCH_DIR (default $BUILD/bench-data/query-N) and reused while the
# generator and schema versions match; delete the folder to rebuild.
#
#   QUERY_BENCH_DOCS=100000  QUERY_BENCH_QUERIES=200  QUERY_BENCH_DIR=...
set -eu
BUILD=${BUILD:-build}
docs=${QUERY_BENCH_DOCS:-100000}
queries=${QUERY_BENCH_QUERIES:-200}
dir=${QUERY_BENCH_DIR:-$BUILD/bench-data/query-$docs}
mkdir -p "$dir"
echo "search and motion look-up, kamerindex vs sqlite3 FTS5 ($docs documents, $queries queries)"
exec "$BUILD/bin/query_bench" --docs "$docs" --queries "$queries" --dir "$dir" --reuse
