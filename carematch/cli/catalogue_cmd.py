"""`carematch catalogue ...`: validate, export, stats and schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from carematch import paths
from carematch.catalogue import Catalogue, VocabularyError, load_catalogue
from carematch.catalogue.guide import load_guide
from carematch.catalogue.model import entry_json_schema
from carematch.catalogue.problems import Problem
from carematch.catalogue.quality import catalogue_weaknesses
from carematch.catalogue.stats import catalogue_stats, format_stats
from carematch.catalogue.vocabulary import vocabulary_translation_problems
from carematch.cli.output import emit_json, fail
from carematch.i18n import _, ngettext
from carematch.matching.thesaurus import load_thesaurus


def register(sub: argparse._SubParsersAction) -> None:
    cat = sub.add_parser("catalogue", help=_("check, export and describe the catalogue"))
    cat_sub = cat.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)

    val = cat_sub.add_parser("validate", help=_("list every problem in a catalogue folder"))
    val.add_argument("dir", nargs="?", type=Path, help=_("catalogue folder (default: built-in)"))
    val.add_argument("--json", action="store_true", help=_("print problems as JSON"))
    val.add_argument(
        "--strict",
        action="store_true",
        help=_(
            "also fail on weak entries (no safety note where harm is possible, home-page "
            "sources, stale checks, few aliases, hard reading); see stats --quality"
        ),
    )
    val.set_defaults(func=cmd_validate)

    exp = cat_sub.add_parser("export", help=_("print every entry with every field"))
    exp.add_argument("--format", choices=["json"], default="json")
    _source_args(exp)
    exp.set_defaults(func=cmd_export)

    st = cat_sub.add_parser("stats", help=_("counts by ISO class, kind and activity, and gaps"))
    st.add_argument("--json", action="store_true")
    st.add_argument(
        "--quality", action="store_true", help=_("list, per entry, what is missing or weak")
    )
    _source_args(st)
    st.set_defaults(func=cmd_stats)

    sch = cat_sub.add_parser("schema", help=_("write the JSON Schema of an entry (for editors)"))
    sch.add_argument("--out", type=Path, help=_("file to write (default: print it)"))
    sch.set_defaults(func=cmd_schema)


def _source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--catalogue",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help=_("add a folder of entry files (same id overrides the built-in one)"),
    )
    p.add_argument("--no-builtin", action="store_true", help=_("use only the --catalogue folders"))


def _load(args: argparse.Namespace, builtin: bool = True) -> Catalogue:
    """What the app shows (built-in, installed packs, my entries) plus --catalogue folders."""
    from carematch.app.catalogue import load_full_catalogue

    builtin = builtin and not args.no_builtin
    return load_full_catalogue(args.catalogue, builtin=builtin, installed=builtin)


def _translation_problems(folder: Path, cat: Catalogue) -> list[Problem]:
    """Every language's entry translations and own thesaurus, checked like the English."""
    from carematch.catalogue.translations import load_translations

    problems: list[Problem] = []
    languages = folder / "translations"
    codes = {p.name for p in languages.iterdir() if p.is_dir()} if languages.is_dir() else set()
    for kind in ("vocabulary", "thesaurus", "needs", "guide"):  # a language may have only some
        codes |= {p.name.split(".")[1] for p in folder.glob(f"{kind}.*.toml")}
    for language in sorted(codes):
        if (languages / language).is_dir():
            problems += load_translations(languages / language, language, cat.entries)[1]
        own = folder / f"thesaurus.{language}.toml"
        if own.is_file():
            found = load_thesaurus(folder / "thesaurus.toml", cat.vocabulary, (own,))
            problems += [
                p for p in found.problems if p.file in (own.name, f"needs.{language}.toml")
            ]
        words = folder / f"vocabulary.{language}.toml"
        if words.is_file():
            problems += [
                Problem(words.name, f, m)
                for f, m in vocabulary_translation_problems(cat.vocabulary, words)
            ]
        guide = folder / f"guide.{language}.toml"
        if guide.is_file():
            problems += load_guide(guide, cat.vocabulary)[1]
    return problems


def cmd_validate(args: argparse.Namespace) -> int:
    try:
        if args.dir is None:
            cat = load_catalogue(use_cache=False)
        else:
            if not args.dir.is_dir():
                return fail(
                    _("'{path}' is not a folder. Give the catalogue folder to check.").format(
                        path=args.dir
                    )
                )
            vocab_dir = args.dir if (args.dir / "vocabulary.toml").is_file() else None
            cat = load_catalogue(
                [args.dir], builtin=False, use_cache=False, vocabulary_dir=vocab_dir
            )
    except VocabularyError as exc:
        return fail(
            _("the vocabulary is broken, so nothing can be checked: {problem}").format(problem=exc),
            1,
        )
    if cat.vocabulary_dir is not None and (args.dir is None or args.dir == cat.vocabulary_dir):
        thesaurus = load_thesaurus(cat.vocabulary_dir / "thesaurus.toml", cat.vocabulary)
        cat.problems.extend(thesaurus.problems)
        from carematch.app.guide import load_for

        cat.problems.extend(load_for(cat)[1])  # the guided questions: ids, wording, branches
        cat.problems.extend(_translation_problems(cat.vocabulary_dir, cat))
    weak = catalogue_weaknesses(cat.entries.values()) if args.strict else []
    if args.json:
        emit_json(
            {
                "entries": len(cat),
                "problems": [p.as_dict() for p in cat.problems],
                "weaknesses": [w.as_dict() for w in weak],
            }
        )
    else:
        for problem in cat.problems:
            print(problem)
        for weakness in weak:
            print(_("weak: {weakness}").format(weakness=weakness))
        n = len(cat.problems)
        verdict = (
            _("No problems found.")
            if n == 0
            else ngettext("{n} problem found.", "{n} problems found.", n).format(n=n)
        )
        if args.strict:
            entries = len({w.entry_id for w in weak})
            if weak:
                to_improve = ngettext(
                    "--strict: {n} entry to improve ({weak}).",
                    "--strict: {n} entries to improve ({weak}).",
                    entries,
                )
                weak_points = ngettext("{n} weak point", "{n} weak points", len(weak))
                verdict += " " + to_improve.format(n=entries, weak=weak_points.format(n=len(weak)))
            else:
                verdict += " " + _("--strict: every entry meets the bar.")
        files = ngettext("{n} file", "{n} files", cat.files).format(n=cat.files)
        valid = ngettext("{n} valid entry", "{n} valid entries", len(cat)).format(n=len(cat))
        checked = _("Checked {files}: {entries}.").format(files=files, entries=valid)
        print(checked + " " + verdict)
    return 1 if cat.problems or weak else 0


def cmd_export(args: argparse.Namespace) -> int:
    cat = _load(args)
    data = [e.model_dump(mode="json") for e in sorted(cat.entries.values(), key=lambda e: e.id)]
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    _warn_skipped(cat)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    cat = _load(args)
    stats = catalogue_stats(cat)
    weak = catalogue_weaknesses(cat.entries.values()) if args.quality else None
    if args.json:
        emit_json(stats if weak is None else {**stats, "weaknesses": [w.as_dict() for w in weak]})
    else:
        print(format_stats(stats))
        if weak is not None:
            print("\n" + _("What is missing or weak ({n}):").format(n=len(weak)))
            for weakness in weak:
                print(f"  {weakness}")
            if not weak:
                print("  " + _("nothing: every entry meets the bar"))
    _warn_skipped(cat)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from carematch.catalogue.vocabulary import load_vocabulary

    schema = entry_json_schema(load_vocabulary(paths.builtin_catalogue_dir()))
    text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(_("Wrote the entry schema to {path}").format(path=args.out))
    else:
        sys.stdout.write(text)
    return 0


def _warn_skipped(cat: Catalogue) -> None:
    if cat.problems:
        print(cat.skipped_summary(), file=sys.stderr)
