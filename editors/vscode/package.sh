#!/usr/bin/env bash
# Packages the VS Code extension as oras-check.vsix with @vscode/vsce, from the npm registry
# (versions pinned by package-lock.json), and checks what the package holds. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npx --no-install vsce package --allow-missing-repository --out oras-check.vsix
# A .vsix is a zip: the manifest, the client and its language-client library must be inside.
listing="$(unzip -l oras-check.vsix)"
for needed in extension/package.json extension/extension.js \
    extension/node_modules/vscode-languageclient/package.json; do
    if ! grep -q "$needed" <<<"$listing"; then
        echo "oras-check.vsix lacks $needed" >&2
        exit 1
    fi
done
echo "oras-check.vsix: $(wc -c <oras-check.vsix) bytes"
