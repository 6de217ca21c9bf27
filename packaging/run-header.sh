#!/bin/sh
# orgeditor @VERSION@, one file for Linux: this script with the bundle (a .tar.gz) appended.
# The first start unpacks it once into
#   ${XDG_DATA_HOME:-~/.local/share}/orgeditor/bundle/@VERSION@/
# and later starts run from there. Usage:
#   ./THIS.run [FILE...] [options]    the app (see --help)
#   ./THIS.run cli COMMAND ...        the command-line tool (orgeditor-cli)
#   ./THIS.run --remove               remove the desktop entry and every unpacked version
set -eu
version=@VERSION@
data=${XDG_DATA_HOME:-}
case "$data" in /*) ;; *) data="$HOME/.local/share" ;; esac
bundles="$data/orgeditor/bundle"
dest="$bundles/$version"
if [ "${1:-}" = "--remove" ]; then
  if [ -x "$dest/orgeditor" ]; then "$dest/orgeditor" --uninstall-desktop; fi
  rm -rf "$bundles"
  echo "removed $bundles"
  exit 0
fi
if [ ! -f "$dest/.unpacked" ]; then
  echo "orgeditor: unpacking into $dest (once)" >&2
  mkdir -p "$bundles"
  tmp=$(mktemp -d "$bundles/.unpacking-XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  skip=$(awk '/^__PAYLOAD_BELOW__$/ { print NR + 1; exit }' "$0")
  sum=$(tail -n +"$skip" "$0" | sha256sum | cut -d' ' -f1)
  if [ "$sum" != "@SHA256@" ]; then
    echo "orgeditor: $0 is damaged (its checksum differs); download it again" >&2
    exit 1
  fi
  tail -n +"$skip" "$0" | tar -xz -C "$tmp"
  touch "$tmp/.unpacked"
  rm -rf "$dest"
  mv "$tmp" "$dest"  # whole or not at all: an interrupted unpack leaves no half folder
  trap - EXIT
fi
export ORGEDITOR_SINGLE_FILE="$0"
if [ "${1:-}" = "cli" ]; then
  shift
  exec "$dest/orgeditor-cli" "$@"
fi
exec "$dest/orgeditor" "$@"
__PAYLOAD_BELOW__
