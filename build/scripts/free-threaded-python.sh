#!/usr/bin/env bash
# Builds a free-threaded CPython (--disable-gil) from Debian 13's python3.13 source package,
# for machines where no free-threaded build is packaged (Debian 12). The same binary runs with
# the GIL off (default) or on (PYTHON_GIL=1): that pair is the fair GIL comparison, since both
# sides share one build (no PGO on either).
#
# usage: free-threaded-python.sh PREFIX        (installs PREFIX/bin/python3.13t)
# The system's apt configuration is never edited: sources come through a private apt setup
# whose deb-src line reuses the mirror of the machine's own sources.
set -euo pipefail

prefix=${1:?usage: free-threaded-python.sh PREFIX}
if [ -x "$prefix/bin/python3.13t" ]; then
  echo "free-threaded Python already at $prefix/bin/python3.13t"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The machine's mirror: first URI of its deb sources (deb822 or one-line format).
mirror=$( (grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
           grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2}') \
          | grep -v security | head -n 1 || true)
[ -n "$mirror" ] || { echo "error: no Debian mirror found in /etc/apt sources" >&2; exit 2; }

mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/sources.list.d"
echo "deb-src $mirror trixie main" > "$work/apt/sources.list"
aptopts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=$work/apt/sources.list.d"
         -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache" -o "APT::Sandbox::User=root")
echo "fetching python3.13 sources from $mirror (trixie) ..."
apt-get "${aptopts[@]}" update -qq
(cd "$work" && apt-get "${aptopts[@]}" source --download-only -qq python3.13)

orig=$(ls "$work"/python3.13_*.orig.tar.* | head -n 1)
mkdir -p "$work/src"
tar -xf "$orig" -C "$work/src" --strip-components=1

# Build dependencies of the modules the workloads use (ctypes for multiprocessing's shared memory).
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential libffi-dev zlib1g-dev libssl-dev >/dev/null
fi

echo "building CPython 3.13 with --disable-gil into $prefix (a few minutes) ..."
cd "$work/src"
./configure --quiet --disable-gil --prefix="$prefix" --without-ensurepip >/dev/null
make -s -j"$(nproc)" >/dev/null 2>"$work/make.log" || { tail -n 20 "$work/make.log" >&2; exit 1; }
make -s install >/dev/null 2>>"$work/make.log"
"$prefix/bin/python3.13t" -c 'import sys, sysconfig; print(sys.version); assert sysconfig.get_config_var("Py_GIL_DISABLED")'
