#!/usr/bin/env bash
# The action's install step (action.yml): puts oras-check ORAS_CHECK_VERSION into a virtual
# environment of its own under RUNNER_TEMP, from the published wheel, and adds it to PATH for
# the job's later steps. `--only-binary` refuses to compile from the source package: a runner
# without a wheel gets a clear error instead of a Rust build. pip's own settings (PIP_INDEX_URL,
# PIP_FIND_LINKS, PIP_NO_INDEX) are honoured; tests/install.rs installs a wheel it built this way.
set -euo pipefail

version="${ORAS_CHECK_VERSION:-}"
version="${version#v}"
if [ -z "$version" ]; then
    echo "::error title=oras-check::the action's 'version' input is empty" >&2
    exit 2
fi
if [ "$version" = latest ]; then
    requirement="oras-check"
else
    requirement="oras-check==$version"
fi

python=""
for candidate in python3 python py; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 8))' >/dev/null 2>&1; then
        python="$candidate"
        break
    fi
done
if [ -z "$python" ]; then
    echo "::error title=oras-check::Python 3.8 or later is needed to install oras-check (actions/setup-python provides it)" >&2
    exit 2
fi

venv="${RUNNER_TEMP:?RUNNER_TEMP is set by the runner}/oras-check-$version"
if [ ! -d "$venv" ]; then
    "$python" -m venv "$venv"
fi
if [ -d "$venv/Scripts" ]; then
    bin="$venv/Scripts"   # Windows
    exe="$bin/oras-check.exe"
else
    bin="$venv/bin"
    exe="$bin/oras-check"
fi
"$bin/python" -m pip install --quiet --disable-pip-version-check --only-binary oras-check "$requirement"
"$exe" --version

# The runner reads GITHUB_PATH itself: on Windows it needs a Windows path. (The executable's
# path stays as bash writes it: only check.sh, in bash, runs it.)
path_entry="$bin"
if command -v cygpath >/dev/null 2>&1; then
    path_entry="$(cygpath -w "$bin")"
fi
echo "$path_entry" >>"${GITHUB_PATH:?GITHUB_PATH is set by the runner}"
echo "executable=$exe" >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is set by the runner}"
