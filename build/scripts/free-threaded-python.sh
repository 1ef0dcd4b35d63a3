#!/usr/bin/env bash
# Builds a free-threaded CPython (--disable-gil) from Debian 13's python3.13 source package,
# for machines where no free-threaded build is packaged (Debian 12). The same binary runs with
# the GIL off (default) or on (PYTHON_GIL=1): that pair is the fair GIL comparison, since both
# sides share one build (no PGO on either).
#
# usage: free-threaded-python.sh PREFIX        (installs PREFIX/bin/python3.13t)
# `dotnet cake --target=Python-FreeThreaded` calls this with a per-machine cache as PREFIX, then links
# and registers the build in the checkout (build/python.cake).
#
# Once per PREFIX: a working build there is kept (a few minutes saved). The build is installed into a
# staging folder beside PREFIX and moved into place whole, so an interrupted build never leaves a
# half-installed PREFIX that would later pass for a finished one; a lock lets two checkouts building
# at once share the result.
# The system's apt configuration is never edited: sources come through a private apt setup
# whose deb-src line reuses the mirror of the machine's own sources.
set -euo pipefail

prefix=${1:?usage: free-threaded-python.sh PREFIX}
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
prefix=${prefix%/}
check="$(cd "$(dirname "$0")" && pwd)/free-threaded-check.py"
python="$prefix/bin/python3.13t"

works() { [ -x "$python" ] && "$python" "$check" >/dev/null 2>&1; }

if works; then
  echo "free-threaded Python already at $python"
  exit 0
fi
command -v apt-get >/dev/null || { echo "error: building the free-threaded CPython needs Debian's apt-get (sources come from Debian 13's python3.13 package)" >&2; exit 2; }

mkdir -p "$(dirname "$prefix")"
exec 9>"$prefix.lock"
flock 9
# Another build may have finished while this one waited for the lock.
if works; then
  echo "free-threaded Python already at $python"
  exit 0
fi
if [ -e "$prefix" ]; then
  # Never delete what may not be ours (PREFIX can be any folder): say what is there instead.
  echo "error: $prefix exists but holds no working free-threaded CPython ($(basename "$check") fails there); remove it and run again" >&2
  exit 2
fi

work="" stage=""
trap 'rm -rf "$work" "$stage"' EXIT
work=$(mktemp -d)
# Beside PREFIX, so that moving the finished build into place is a rename, not a copy.
stage=$(mktemp -d "$prefix.partial.XXXXXX")

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

origs=("$work"/python3.13_*.orig.tar.*)
orig=${origs[0]}
mkdir -p "$work/src"
tar -xf "$orig" -C "$work/src" --strip-components=1

# Build dependencies of the modules the workloads use (ctypes for multiprocessing's shared memory).
if [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential libffi-dev zlib1g-dev libssl-dev >/dev/null
fi

echo "building CPython 3.13 with --disable-gil for $prefix (a few minutes) ..."
cd "$work/src"
./configure --quiet --disable-gil --prefix="$prefix" --without-ensurepip >/dev/null
make -s -j"$(nproc)" >/dev/null 2>"$work/make.log" || { tail -n 20 "$work/make.log" >&2; exit 1; }
# DESTDIR keeps the configured prefix (sysconfig reports it) while the files land in the staging folder.
make -s install DESTDIR="$stage" >/dev/null 2>>"$work/make.log" || { tail -n 20 "$work/make.log" >&2; exit 1; }
# Checked before it takes PREFIX: a build that does not work is never cached.
"$stage$prefix/bin/python3.13t" "$check"
mv -T "$stage$prefix" "$prefix"
echo "free-threaded Python built at $python"
