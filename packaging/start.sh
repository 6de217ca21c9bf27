#!/bin/sh
# What the single-file .run starts once it has unpacked itself into a temporary folder:
# the app, or the command-line tool when the first argument is `cli`
# (`./orgeditor-0.2.0-linux-x86_64.run -- cli summary design.orgdesign`).
here=$(cd "$(dirname "$0")" && pwd)
export ORGEDITOR_SELF_EXTRACTED=1  # the folder goes when the app ends: no desktop install from it
cd "${USER_PWD:-.}" || exit 1
if [ "$1" = "cli" ]; then
  shift
  exec "$here/orgeditor-cli" "$@"
fi
exec "$here/orgeditor" "$@"
