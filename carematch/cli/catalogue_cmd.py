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
from carematch.matching.thesaurus import load_thesaurus


def register(sub: argparse._SubParsersAction) -> None:
    cat = sub.add_parser("catalogue", help="check, export and describe the catalogue")
    cat_sub = cat.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)

    val = cat_sub.add_parser("validate", help="list every problem in a catalogue folder")
    val.add_argument("dir", nargs="?", type=Path, help="catalogue folder (default: built-in)")
    val.add_argument("--json", action="store_true", help="print problems as JSON")
    val.add_argument(
        "--strict",
        action="store_true",
        help="also fail on weak entries (no safety note where harm is possible, home-page "
        "sources, stale checks, few aliases, hard reading); see stats --quality",
    )
    val.set_defaults(func=cmd_validate)

    exp = cat_sub.add_parser("export", help="print every entry with every field")
    exp.add_argument("--format", choices=["json"], default="json")
    _source_args(exp)
    exp.set_defaults(func=cmd_export)

    st = cat_sub.add_parser("stats", help="counts by ISO class, kind and activity, and gaps")
    st.add_argument("--json", action="store_true")
    st.add_argument(
        "--quality", action="store_true", help="list, per entry, what is missing or weak"
    )
    _source_args(st)
    st.set_defaults(func=cmd_stats)

    sch = cat_sub.add_parser("schema", help="write the JSON Schema of an entry (for editors)")
    sch.add_argument("--out", type=Path, help="file to write (default: print it)")
    sch.set_defaults(func=cmd_schema)


def _source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--catalogue",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="add a folder of entry files (same id overrides the built-in one)",
    )
    p.add_argument("--no-builtin", action="store_true", help="use only the --catalogue folders")


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
    for language in sorted(p.name for p in languages.iterdir()) if languages.is_dir() else []:
        problems += load_translations(languages / language, language, cat.entries)[1]
        own = folder / f"thesaurus.{language}.toml"
        if own.is_file():
            found = load_thesaurus(folder / "thesaurus.toml", cat.vocabulary, (own,))
            problems += [p for p in found.problems if p.file == own.name]
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
                return fail(f"'{args.dir}' is not a folder. Give the catalogue folder to check.")
            vocab_dir = args.dir if (args.dir / "vocabulary.toml").is_file() else None
            cat = load_catalogue(
                [args.dir], builtin=False, use_cache=False, vocabulary_dir=vocab_dir
            )
    except VocabularyError as exc:
        return fail(f"the vocabulary is broken, so nothing can be checked: {exc}", 1)
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
            print(f"weak: {weakness}")
        n = len(cat.problems)
        verdict = "No problems found." if n == 0 else f"{n} problem{'s' if n != 1 else ''} found."
        if args.strict:
            entries = len({w.entry_id for w in weak})
            verdict += (
                f" --strict: {entries} entr{'ies' if entries != 1 else 'y'} to improve"
                f" ({len(weak)} weak point{'s' if len(weak) != 1 else ''})."
                if weak
                else " --strict: every entry meets the bar."
            )
        print(f"Checked {cat.files} files: {len(cat)} valid entries. {verdict}")
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
            print(f"\nWhat is missing or weak ({len(weak)}):")
            for weakness in weak:
                print(f"  {weakness}")
            if not weak:
                print("  nothing: every entry meets the bar")
    _warn_skipped(cat)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from carematch.catalogue.vocabulary import load_vocabulary

    schema = entry_json_schema(load_vocabulary(paths.builtin_catalogue_dir()))
    text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"Wrote the entry schema to {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def _warn_skipped(cat: Catalogue) -> None:
    if cat.problems:
        print(cat.skipped_summary(), file=sys.stderr)
