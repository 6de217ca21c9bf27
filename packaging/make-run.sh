#!/bin/sh
# Pack a bundle folder into one self-unpacking file (see run-header.sh).
# Usage: packaging/make-run.sh FOLDER VERSION OUT.run
set -eu
folder=$1 version=$2 out=$3
payload=$(mktemp)
trap 'rm -f "$payload"' EXIT
tar -C "$folder" -czf "$payload" .
sum=$(sha256sum "$payload" | cut -d' ' -f1)
sed -e "s/@VERSION@/$version/g" -e "s/@SHA256@/$sum/" "$(dirname "$0")/run-header.sh" > "$out"
cat "$payload" >> "$out"
chmod +x "$out"
