#!/usr/bin/env bash
# The action's check step (action.yml): runs `oras-check check` on INPUT_PATHS (one per line)
# with INPUT_FORMAT and INPUT_ARGS (split on spaces), writes SARIF to INPUT_SARIF_FILE when it
# is given, makes sure the job's summary is written whatever the format, and exits with the
# code of the main run.
set -uo pipefail
# (bash 3.2, macOS's own, is enough: no mapfile, and empty arrays expanded with a guard.)

oras_check="${ORAS_CHECK:-oras-check}"
format="${INPUT_FORMAT:-github}"

paths=()
while IFS= read -r line || [ -n "$line" ]; do
    line="${line%$'\r'}"
    # Trim the spaces YAML block scalars leave around a line.
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    if [ -n "$line" ]; then
        paths+=("$line")
    fi
done <<<"${INPUT_PATHS:-.}"
if [ "${#paths[@]}" -eq 0 ]; then
    paths=(.)
fi

args=()
if [ -n "${INPUT_ARGS:-}" ]; then
    read -r -a args <<<"$INPUT_ARGS"
fi

# SARIF first, for code scanning; its exit code is the main run's too, so it is not used.
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
    sarif="$INPUT_SARIF_FILE"
    case "$sarif" in
        /* | [A-Za-z]:[\\/]*) ;;
        *) sarif="$PWD/$sarif" ;;
    esac
    GITHUB_STEP_SUMMARY="" "$oras_check" check ${args[@]+"${args[@]}"} --format sarif --output-file "$sarif" -- "${paths[@]}"
    if [ -s "$sarif" ]; then
        if command -v cygpath >/dev/null 2>&1; then
            sarif="$(cygpath -w "$sarif")"   # Windows: for the steps that read the output
        fi
        echo "sarif-file=$sarif" >>"${GITHUB_OUTPUT:-/dev/null}"
    fi
fi

"$oras_check" check ${args[@]+"${args[@]}"} --format "$format" -- "${paths[@]}"
code=$?

# oras-check writes the job summary with `--format github`; for another format, one more run
# writes it (its annotations go to a file nobody reads).
if [ "$format" != github ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    annotations="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/oras-check-annotations.txt"
    "$oras_check" check ${args[@]+"${args[@]}"} --format github --output-file "$annotations" -- "${paths[@]}" >/dev/null 2>&1
    rm -f "$annotations"
fi

echo "exit-code=$code" >>"${GITHUB_OUTPUT:-/dev/null}"
exit "$code"
