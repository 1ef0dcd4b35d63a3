#!/usr/bin/env bash
# Builds a free-threaded CPython (--disable-gil) from Debian 13's python3.13 source package,
# for machines where no free-threaded build is packaged (Debian 12). The same binary runs with
# the GIL off (default) or on (PYTHON_GIL=1): that pair is the fair GIL comparison, since both
# sides share one build (no PGO on either).
#
# usage: free-threaded-python.sh PREFIX        (installs PREFIX/bin/python3.13t)
# `dotnet cake --target=Python-FreeThreaded` calls this with a per-machine cache as PREFIX, then links
# and registers the build in the checkout (repro runtimes free-threaded: Toolchain/FreeThreaded/FreeThreadedPython.cs).
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

mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/sources.list.d" "$work/dl"
# Three suites: a mirror may serve some versions' files and not others (a missing file answers 404).
for suite in trixie testing unstable; do echo "deb-src $mirror $suite main"; done > "$work/apt/sources.list"
# Check-Valid-Until: a mirror that is a dated snapshot serves testing's and unstable's Release files past their
# Valid-Until (they are re-signed weekly upstream), and apt refuses them as expired; their signatures are still checked.
aptopts=(-o "Dir::Etc::SourceList=$work/apt/sources.list" -o "Dir::Etc::SourceParts=$work/apt/sources.list.d"
         -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache" -o "APT::Sandbox::User=root"
         -o "Acquire::Check-Valid-Until=false")
echo "reading source package lists from $mirror (trixie, testing, unstable) ..."
apt-get "${aptopts[@]}" update -qq

# Unpacks the upstream (orig) tarball of source package $1 that holds file $2 into $work/src/$1: the version
# whose upstream part is $3 first when given, else the newest served one. Only the orig tarball is needed, so
# `apt-get source` failing on a later file (the .dsc, the Debian tarball) is fine: it keeps and checks what it
# got. Versions whose orig tarball is not served, or lacks $2, are skipped.
unpack_source() {
  local package=$1 needed=$2 preferred=${3:-} version upstream tried=() origs
  for version in $(apt-cache "${aptopts[@]}" showsrc "$package" 2>/dev/null | awk '/^Version:/{print $2}' | sort -ruV \
                   | awk -v want="$preferred" '{ v = $0; sub(/-[^-]*$/, "", v); sub(/^[0-9]+:/, "", v); if (want != "" && v == want) print; else rest = rest $0 "\n" } END { printf "%s", rest }'); do
    upstream=${version%-*}; upstream=${upstream#*:}
    (cd "$work/dl" && apt-get "${aptopts[@]}" source --download-only -qq "$package=$version" >/dev/null 2>&1) || true
    origs=("$work/dl/${package}_${upstream}.orig.tar."*)
    if [ ! -f "${origs[0]}" ]; then
      tried+=("${package}_${upstream}.orig.tar.*")
      continue
    fi
    rm -rf "$work/src/$package" && mkdir -p "$work/src/$package"
    tar -xf "${origs[0]}" -C "$work/src/$package" --strip-components=1
    if [ -e "$work/src/$package/$needed" ]; then
      echo "  $package $upstream (${origs[0]##*/})"
      return 0
    fi
    tried+=("$needed in ${origs[0]##*/}")
  done
  echo "error: no usable source of $package from $mirror: missing ${tried[*]:-any version (not in trixie, testing or unstable)}" >&2
  exit 2
}
echo "fetching sources: python3.13, setuptools, cython, python-psutil ..."
unpack_source python3.13 Lib/ensurepip/__init__.py
# setuptools 78.1.1 (trixie) first: Debian's newer setuptools (84) does not provide the distutils that Cython's
# build imports (`No module named 'distutils'` once installed), though its tarball has setuptools/_distutils.
unpack_source setuptools setuptools/_distutils/__init__.py 78.1.1
unpack_source cython Cython/Build/__init__.py
unpack_source python-psutil psutil/__init__.py

# Build dependencies of the modules the workloads use (ctypes for multiprocessing's shared memory).
if [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq build-essential libffi-dev zlib1g-dev libssl-dev >/dev/null
fi

# --disable-test-modules and stripping keep the prefix near 120 MB (450 MB as built). FREE_THREADED_OPTIMIZED=1
# adds PGO and LTO (Debian's own python3 is built so): faster, but a build takes several times longer.
configure=(--disable-gil --prefix="$prefix" --disable-test-modules --with-ensurepip=no)
[ "${FREE_THREADED_OPTIMIZED:-0}" = 1 ] && configure+=(--enable-optimizations --with-lto)
echo "building CPython 3.13 (configure ${configure[*]}) (a few minutes) ..."
started=$SECONDS
cd "$work/src/python3.13"
./configure --quiet "${configure[@]}" >/dev/null
make -s -j"$(nproc)" >/dev/null 2>"$work/make.log" || { tail -n 20 "$work/make.log" >&2; exit 1; }
# DESTDIR keeps the configured prefix (sysconfig reports it) while the files land in the staging folder.
make -s install DESTDIR="$stage" >/dev/null 2>>"$work/make.log" || { tail -n 20 "$work/make.log" >&2; exit 1; }
staged="$stage$prefix"
find "$staged" -type f \( -name '*.so' -o -name '*.a' -o -path '*/bin/python3.13t' \) -exec strip --strip-debug {} +

# Out of the CPython source tree from here on: setuptools' distutils shim stands down in any folder holding
# pybuilddir.txt (it takes that for a CPython build), so `import setuptools` would fail there.
cd "$work"
# pip from CPython's own bundled wheel (offline); then the packages the compiled variants and the harness
# need, from the Debian sources, without reaching an index. setuptools first: the others build with it.
pip=("$staged/bin/python3.13t" -m pip install --quiet --no-index --no-build-isolation --disable-pip-version-check
     --root-user-action=ignore)
"$staged/bin/python3.13t" -m ensurepip --default-pip >>"$work/make.log" 2>&1 || { tail -n 20 "$work/make.log" >&2; exit 1; }
for package in setuptools cython python-psutil; do
  echo "installing $package into the build ..."
  "${pip[@]}" "$work/src/$package" >>"$work/make.log" 2>&1 || { tail -n 20 "$work/make.log" >&2; exit 1; }
done
# Scripts installed by pip name the staging path in their #! line; after the move they live under PREFIX.
grep -rlI --null "$stage" "$staged/bin" | xargs -0 -r sed -i "s|$stage||g"
# Checked before it takes PREFIX: a build that does not work is never cached.
"$staged/bin/python3.13t" "$check"
mv -T "$staged" "$prefix"
echo "free-threaded Python built at $python: configure to check took $((SECONDS - started)) s ($(du -sh "$prefix" | cut -f1))"
