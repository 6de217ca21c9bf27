#!/usr/bin/env bash
# macOS recipe (UNTESTED): the app bundle dist/orgeditor.app and a disk image, as PyInstaller
# documents them. The spec's BUNDLE step writes Info.plist with the .orgdesign document type;
# a second file opened while the app runs reaches it over the local socket.
# Signing and notarisation need an Apple Developer ID: codesign/notarytool, not done here.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv build/bundle-venv
build/bundle-venv/bin/pip install -q "pyinstaller==6.22.3" .
# the icon: packaging/macos/orgeditor.icns (made by packaging/make_icons.py), named in the spec
build/bundle-venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller \
  packaging/orgeditor.spec
hdiutil create -volname orgeditor -srcfolder dist/orgeditor.app -ov -format UDZO dist/orgeditor.dmg
