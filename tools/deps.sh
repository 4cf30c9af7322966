#!/bin/sh
# Installs the Debian packages kamerindex needs to build, test and benchmark,
# but only those that are missing: nothing happens on a machine that has them.
set -eu

need=""
want_pc() { pkg-config --exists "$1" 2>/dev/null || need="$need $2"; }
want_cmd() { command -v "$1" >/dev/null 2>&1 || need="$need $2"; }

want_cmd pkg-config pkg-config
want_cmd cc gcc
want_cmd c++ g++
want_cmd make make
if command -v pkg-config >/dev/null 2>&1; then
    want_pc poppler-glib libpoppler-glib-dev
    want_pc libpcre2-8 libpcre2-dev
    want_pc xapian-core libxapian-dev
    want_pc cmocka libcmocka-dev
    want_pc cairo libcairo2-dev
    # bench/query_bench.c times SQLite FTS5 beside kamerindex (make bench)
    want_pc sqlite3 libsqlite3-dev
else
    need="$need libpoppler-glib-dev libpcre2-dev libxapian-dev libcmocka-dev libcairo2-dev libsqlite3-dev"
fi
want_cmd pdftotext poppler-utils
want_cmd qpdf qpdf
want_cmd xapian-check xapian-tools
want_cmd python3 python3  # the end-to-end tests parse JSON and CSV with it
want_cmd setpriv util-linux
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need="$need fonts-dejavu-core"
# `deps.sh bench`: also the baselines the benchmarks compare against.
[ "${1:-}" = bench ] && want_cmd recollindex recollcmd

[ -z "$need" ] && exit 0
echo "deps: installing$need" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
