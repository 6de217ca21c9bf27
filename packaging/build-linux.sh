#!/usr/bin/env bash
# Build the Linux bundle: dist/orgeditor/ (one folder: `orgeditor` the app, `orgeditor-cli`),
# dist/orgeditor-VERSION-linux-ARCH.tar.gz and the single file dist/orgeditor-VERSION-linux-ARCH.run,
# which unpacks itself once into the user's data folder (see packaging/README.md).
# Usage: packaging/build-linux.sh   (from anywhere; needs python3 with venv, ~2 GB free)
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER="pyinstaller==6.22.3"  # pinned: a new freezer release is adopted on purpose
VENV=build/bundle-venv
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q "$PYINSTALLER" .
version=$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("orgeditor"))')
arch=$(uname -m)
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/orgeditor.spec

# The X11 libraries Qt's xcb platform plugin needs and many desktops lack (issue 20): PyInstaller
# copies them from this machine next to Qt, so the bundle starts without them system-wide.
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 \
           libxcb-render-util.so.0 libxkbcommon-x11.so.0; do
  if [ ! -e "dist/orgeditor/_internal/$lib" ]; then
    echo "build-linux: $lib is not in the bundle; install it here first" \
         "(Debian: apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" \
         "libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0) and build again" >&2
    exit 1
  fi
done
# A font for systems that have none (a bare container, a minimal install): DejaVu Sans, under
# its free licence (copied along). The app registers it at start when frozen (ui/fonts.py).
FONTS=/usr/share/fonts/truetype/dejavu
mkdir -p dist/orgeditor/_internal/fonts
for face in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique; do
  if [ ! -e "$FONTS/$face.ttf" ]; then
    echo "build-linux: $FONTS/$face.ttf is missing (Debian: apt-get install fonts-dejavu-core)" >&2
    exit 1
  fi
  cp "$FONTS/$face.ttf" dist/orgeditor/_internal/fonts/
done
cp /usr/share/doc/fonts-dejavu-core/copyright dist/orgeditor/_internal/fonts/LICENSE-DejaVu.txt

name="orgeditor-$version-linux-$arch"
tar -C dist -czf "dist/$name.tar.gz" --transform "s,^orgeditor,$name," orgeditor
echo "built dist/orgeditor/ and dist/$name.tar.gz"
packaging/make-run.sh dist/orgeditor "$version" "dist/$name.run"
echo "built dist/$name.run"
