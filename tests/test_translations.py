"""In the person's own language (issue 23): every interface string is found by lupdate and
translated in every shipped language, placeholders and Alt letters survive translation, Welsh
plurals come from Welsh rules, the command line speaks Welsh, the app runs in Welsh with named
controls, and Arabic mirrors the window."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carematch import i18n

from .conftest import ROOT

GUI = ROOT / "carematch" / "gui"
TS_DIR = ROOT / "resources" / "translations"
SHIPPED = {"cy": TS_DIR / "carematch_cy.ts", "ar": TS_DIR / "carematch_ar.ts"}
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%p")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_tr_call_gives_lupdate_a_literal_in_its_own_class():
    """lupdate reads tr("...") in a class as that class's context, and QCoreApplication
    .translate("Context", "...") as written. A variable, a concatenation, or tr() called on
    another object (parent.tr) would never be found or never be looked up: none are allowed."""
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func, where = node.func, f"{path.relative_to(ROOT)}:{node.lineno}"
            if isinstance(func, ast.Name) and func.id == "tr":
                problems.append(f"{where}: a bare tr()")
            elif isinstance(func, ast.Attribute) and func.attr == "tr":
                if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                    problems.append(f"{where}: tr() on {ast.unparse(func.value)}")
                elif not node.args or not isinstance(node.args[0], ast.Constant):
                    problems.append(f"{where}: tr() of something lupdate cannot read")
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id in ("QCoreApplication", "QApplication")
                and not all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                problems.append(f"{where}: translate() of something lupdate cannot read")
    assert problems == []


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_the_shipped_ts_files_hold_every_string_and_every_one_is_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    assert len(wanted) > 700
    for language, path in SHIPPED.items():
        shipped = messages(path)
        live = {k for k, m in shipped.items() if m.find("translation") is not None}
        assert wanted <= live, f"{language}: run `make messages`: {sorted(wanted - live)[:5]}"
        for key in wanted:
            translation = shipped[key].find("translation")
            assert translation is not None
            assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), key
            assert (translation.text or "").strip(), f"{language}: {key} is empty"


@pytest.mark.parametrize("language", sorted(SHIPPED))
def test_placeholders_and_alt_letters_survive_translation(language):
    for (context, source), message in messages(SHIPPED[language]).items():
        text = message.findtext("translation") or ""
        if not text:
            continue
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
            text,
        )
        wants_letter = bool(re.search(r"&[^&\s]", source.replace("&&", "")))
        letters = len(re.findall(r"&[^&\s]", text.replace("&&", "")))
        if language == "cy":
            # Welsh is typed on the same keyboard: an Alt letter where English has one, except
            # that Welsh words have no k, q, v, x or z, so a crowded page gives a few up
            # (never two alike on a page: see tests/test_gui_languages.py)
            assert letters <= int(wants_letter), (context, source, text)
        else:  # Arabic letters are not Alt keys on a UK keyboard: none are claimed
            assert letters == 0, (context, source, text)


def test_welsh_plurals_come_from_welsh_rules():
    """Welsh has six plural forms; after 2 a noun softens, after 3 and 6 it aspirates."""
    try:
        assert i18n.set_language("cy") == "cy", "run `make translations` first"
        said = {
            n: i18n.ngettext("{n} check-in", "{n} check-ins", n).format(n=n)
            for n in (0, 1, 2, 3, 6, 11)
        }
    finally:
        i18n.set_language("en")
    assert said == {
        0: "0 cofnod",
        1: "1 cofnod",
        2: "2 gofnod",
        3: "3 chofnod",
        6: "6 chofnod",
        11: "11 cofnod",
    }
    assert i18n.ngettext("{n} check-in", "{n} check-ins", 2) == "{n} check-ins"  # English


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("cy_GB.UTF-8", "cy"),
        ("cy", "cy"),
        ("CY-gb", "cy"),
        ("ar_EG", "ar"),
        ("fr_FR", None),
        ("", None),
    ],
)
def test_language_codes_are_read_from_locale_names(value, code):
    assert i18n.language_code(value) == code


def test_the_command_line_speaks_welsh_with_lang_or_the_environment(run_cli):
    assert run_cli("demo").returncode == 0
    by_option = run_cli("--lang", "cy", "scores", "--vault", "Demo")
    by_locale = run_cli("scores", "--vault", "Demo", env={"LANG": "cy_GB.UTF-8", "LANGUAGE": ""})
    english = run_cli("scores", "--vault", "Demo", env={"LANG": "C.UTF-8", "LANGUAGE": ""})
    assert by_option.returncode == 0, by_option.stderr
    assert "Dros " in by_option.stdout and "cofnod" in by_option.stdout
    assert by_locale.stdout == by_option.stdout
    assert "Over " in english.stdout and "Dros " not in english.stdout
    unknown = run_cli("--lang", "xx", "scores", "--vault", "Demo")
    assert unknown.returncode == 0 and "Over " in unknown.stdout  # English, as the fallback


def test_every_core_sentence_marked_for_translation_has_its_welsh():
    """The Welsh gettext catalogue covers every message the core marks (a new `_()` without
    its Welsh fails here: run `make messages`, then translate it)."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    wanted = {
        message if isinstance(message, str) else message[0]
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT / "carematch"), keywords=keywords
        )
    }
    assert len(wanted) > 50
    po = ROOT / "carematch" / "locale" / "cy" / "LC_MESSAGES" / "carematch.po"
    with po.open("rb") as f:
        welsh = read_po(f, locale="cy")
    assert welsh.num_plurals == 6
    done = {
        (m.id if isinstance(m.id, str) else m.id[0])
        for m in welsh
        if m.id and not m.fuzzy and all(m.string if isinstance(m.string, tuple) else [m.string])
    }
    assert wanted <= done, sorted(wanted - done)[:5]


def test_the_command_line_follows_the_language_chosen_in_the_app(run_cli, data_root):
    from carematch.app.preferences import AppSettings

    assert run_cli("demo").returncode == 0
    AppSettings().set_language("cy")
    chosen = run_cli("scores", "--vault", "Demo", env={"LANG": "C.UTF-8", "LANGUAGE": ""})
    assert "Dros " in chosen.stdout
    override = run_cli("--lang", "en", "scores", "--vault", "Demo")
    assert "Over " in override.stdout and "Dros " not in override.stdout


def test_dates_are_written_in_the_language_in_use():
    import datetime as dt

    day = dt.date(2026, 12, 5)
    assert i18n.date_words(day, "%d %B %Y") == "05 December 2026"  # English: strftime's own
    assert i18n.date_words(day, "%-d %B %Y") == "5 December 2026"
    try:
        assert i18n.set_language("cy") == "cy", "run `make translations` first"
        assert i18n.date_words(day, "%d %B %Y") == "5 Rhagfyr 2026"
        assert i18n.date_words(day, "%A %d %B") == "dydd Sadwrn 5 Rhagfyr"
    finally:
        i18n.set_language("en")


def test_a_report_made_in_welsh_is_in_welsh_from_its_title_to_its_dates(run_cli, tmp_path):
    """`--lang cy report`: the page says it is Welsh, its headings and dates are Welsh, and what
    the person wrote stays exactly as they wrote it."""
    assert run_cli("demo").returncode == 0
    out = tmp_path / "adroddiad.html"
    done = run_cli("--lang", "cy", "report", "--vault", "Demo", "--out", str(out))
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert '<html lang="cy"' in html
    welsh_months = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf")
    assert any(m in html for m in (*welsh_months, "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"))
    for english in ("My goals and what has helped", "Check-ins", " December ", " November "):
        assert english not in html, english
    assert "Keep growing my tomatoes this summer" in html  # the person's own words, as written
    english = run_cli("report", "--vault", "Demo", "--out", str(tmp_path / "report.html"))
    assert english.returncode == 0
    assert "My goals and what has helped" in (tmp_path / "report.html").read_text(encoding="utf-8")
