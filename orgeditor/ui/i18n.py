"""The interface in the UN's six languages (issue 19): Qt translators, layout direction, locale.

The interface's strings are marked in the source with
``QCoreApplication.translate("Context", "text")`` (or ``self.tr``); ``pyside6-lupdate``
extracts them into ``resources/i18n/app_<lang>.ts`` (``python -m orgeditor.ui.i18n --update``).
The app loads compiled ``.qm`` files: a source checkout or an editable install compiles each
``.ts`` with PySide6's ``lrelease`` into the user's cache folder on first use and again
whenever the ``.ts`` is newer (see docs/I18N.md). Qt's own ``qtbase_<lang>.qm`` (standard
buttons, file dialogs) comes from PySide6's translations folder.

The language is read once at start (:func:`chosen_language`): Settings > Language if the user
chose one, else the system locale. A change in Settings > Language applies at the next start.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from orgeditor import i18n as core_i18n
from orgeditor.assets import resource

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")  # the UN's six; English is the source
TRANSLATED = LANGUAGES[1:]
RIGHT_TO_LEFT = frozenset({"ar"})
NATIVE_NAMES = {
    "en": "English",
    "zh": "中文",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
}
QT_LOCALE_NAMES = {"zh": "zh_CN"}  # Simplified Chinese; the others are the bare tag
# numbers and dates: Arabic as UN documents write it, with Western digits (ar_001, CLDR's
# Modern Standard Arabic: 1,234,567 as the core writes it); bare "ar" is Egypt's ٠١٢
NUMBER_LOCALES = {"ar": "ar_001"}
REVIEW_NOTE = "needs review by a native speaker"

_installed: list[QTranslator] = []  # the translators apply_language put in; the next call removes


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language: ``QCoreApplication.translate``, by a name that
    ``pyside6-lupdate`` extracts strings from."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction where it cannot be translated yet (a module-level table,
    made before the language is applied); :func:`translate` it where it is shown."""
    del context
    return text


def number(value: int) -> str:
    """``value`` with the interface locale's digit grouping (1,234 / 1 234 / 1.234).

    The C locale (no preference given) groups as English does.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return locale.toString(value)


def signed(value: int) -> str:
    """A change: ``number`` with a plus sign when it is above zero."""
    return ("+" if value > 0 else "") + number(value)


def translations_folder() -> Path:
    """Where the ``app_<lang>.ts`` sources are shipped."""
    return resource("i18n")


def ts_file(tag: str) -> Path:
    """The translation source of the interface in ``tag``."""
    return translations_folder() / f"app_{tag}.ts"


def language_of(locale_name: str) -> str:
    """The supported language a locale name (``fr_CA``, ``zh-Hans-CN``, ``C``) stands for.

    Unsupported languages give English, the source language.
    """
    tag = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return tag if tag in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The first of the system's preferred interface languages that the app has, else English."""
    for name in QLocale.system().uiLanguages():
        tag = language_of(name)
        if tag != SOURCE_LANGUAGE or name.lower().startswith("en"):
            return tag
    return SOURCE_LANGUAGE


def chosen_language(setting: str | None) -> str:
    """The language to start in: the Settings > Language choice if any, else the system's."""
    return setting if setting in LANGUAGES else system_language()


def qt_tool(name: str) -> Path:
    """A Qt tool shipped inside PySide6 (``lrelease``, ``lupdate``)."""
    folder = Path(PySide6.__file__).resolve().parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` with PySide6's ``lrelease`` (the folder is made if missing)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def compiled_folder() -> Path:
    """The user cache folder the compiled ``.qm`` files are kept in."""
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(cache) / "i18n"


def qm_file(tag: str, folder: Path | None = None) -> Path | None:
    """The compiled translation of the interface in ``tag``, compiled now if missing.

    Kept state: ``<folder>/app_<tag>-<hash>.qm`` is ``app_<tag>.ts`` compiled, named by a hash
    of the ``.ts`` text, so a changed ``.ts`` (or another checkout's, sharing the cache) never
    finds a stale one; compiling a new one deletes the older ones of ``tag``. None when there
    is no ``.ts`` for ``tag`` or it cannot be compiled (the interface then stays in English).
    """
    ts = ts_file(tag)
    if not ts.is_file():
        return None
    folder = folder or compiled_folder()
    try:
        digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
        qm = folder / f"app_{tag}-{digest}.qm"
        if not qm.is_file():
            for old in folder.glob(f"app_{tag}-*.qm"):
                old.unlink(missing_ok=True)
            compile_ts(ts, qm)
    except (OSError, subprocess.CalledProcessError):
        return None
    return qm


def apply_language(tag: str) -> str:
    """Show the interface in ``tag`` from now on; returns the language applied.

    Installs the app's and Qt's own translators (replacing the ones a previous call
    installed), makes the app right to left for Arabic and makes the default QLocale
    (numbers, dates) the system's if it is in ``tag`` and writes Western digits (fr_CA stays
    fr_CA), else that of the language (``NUMBER_LOCALES``: Arabic with 0-9). Widgets made
    before the call keep their text.
    """
    app = QCoreApplication.instance()
    assert app is not None, "apply_language needs the QApplication"
    tag = tag if tag in LANGUAGES else SOURCE_LANGUAGE
    core_i18n.set_language(tag)  # the rule catalogue, report headings and CLI texts
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QT_LOCALE_NAMES.get(tag, tag))
    numbers = QLocale(NUMBER_LOCALES[tag]) if tag in NUMBER_LOCALES else locale
    if tag != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own, ours = QTranslator(app), QTranslator(app)
        loaded = [qt_own.load(locale, "qtbase", "_", qt_folder)]
        app_qm = qm_file(tag)
        loaded.append(app_qm is not None and ours.load(str(app_qm)))
        for translator, ok in zip((qt_own, ours), loaded, strict=True):
            if ok:
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    system = QLocale.system()  # its own numbers and dates where it speaks the language shown
    keep = language_of(system.name()) == tag and system.zeroDigit() == "0"  # 0-9 everywhere
    QLocale.setDefault(system if keep else numbers)
    if isinstance(app, QApplication):
        rtl = tag in RIGHT_TO_LEFT
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return tag


def ui_sources(root: Path) -> list[Path]:
    """The Python files of ``orgeditor/ui`` whose strings are extracted."""
    return sorted((root / "orgeditor" / "ui").rglob("*.py"))


def update_ts(root: Path, tags: Sequence[str] = TRANSLATED) -> None:
    """Re-extract the interface's strings into ``resources/i18n/app_<tag>.ts`` (translations kept).

    Locations are left out so that a moved line does not change the files; strings no longer
    in the source are dropped.
    """
    sources = [str(p.relative_to(root)) for p in ui_sources(root)]
    for tag in tags:
        ts = root / "resources" / "i18n" / f"app_{tag}.ts"
        header = _header(ts)
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                *("-locations", "none", "-no-obsolete", "-silent", "-source-language", "en"),
                *("-target-language", QT_LOCALE_NAMES.get(tag, tag), *sources),
                *("-ts", str(ts.relative_to(root))),
            ],
            check=True,
            cwd=root,
        )
        if header:
            _put_header(ts, header)


def _header(ts: Path) -> str:
    """The comment at the top of a ``.ts`` saying who wrote it (lupdate drops it)."""
    if not ts.is_file():
        return ""
    text = ts.read_text(encoding="utf-8")
    start, end = text.find("<!--"), text.find("-->")
    return text[start : end + 3] if 0 <= start < text.find("<TS") and end > start else ""


def _put_header(ts: Path, header: str) -> None:
    text = ts.read_text(encoding="utf-8")
    if header not in text:
        at = text.find("<TS")
        ts.write_text(text[:at] + header + "\n" + text[at:], encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m orgeditor.ui.i18n --update | --compile FOLDER``."""
    p = argparse.ArgumentParser(prog="python -m orgeditor.ui.i18n", description=__doc__)
    p.add_argument("--update", action="store_true", help="re-extract the strings into the .ts")
    p.add_argument("--compile", metavar="FOLDER", help="compile every .ts into FOLDER/*.qm")
    args = p.parse_args(argv)
    root = Path(__file__).resolve().parents[2]
    if args.update:
        update_ts(root)
    if args.compile:
        for tag in TRANSLATED:
            compile_ts(ts_file(tag), Path(args.compile) / f"app_{tag}.qm")
    if not (args.update or args.compile):
        p.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
