"""The ``factdesk`` command: validate, extract, export, bench-data.

Exit codes: 0 every check passed (warnings allowed), 1 a check failed, 2 unusable input
(missing file, undecodable text, unparsable CSV), 3 an internal error. Errors are one line
on stderr naming file, row and column: never a traceback.

``export --charts`` is the one place where code in validation/ reaches into dashboard/,
and only inside :func:`chart_embeds`, imported when the option is given. The command line
sits at the top of the stack, as dashboard/app.py does: it composes the engine with the
chart builders, which stay where the dashboard draws them, so a chart exported and the
same chart on its page come from one builder. The engine itself (export.py) never imports
dashboard/: it takes the chart files from the CLI as ``extra_files``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from fractions import Fraction
from pathlib import Path

from validation.desk import ROOT_VARIABLE, datasets_root
from validation.hedges import STRICT, TIGHT
from validation.report import KINDS
from validation.textfile import UnusableInput, decode_text, read_bytes

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE, EXIT_INTERNAL = 0, 1, 2, 3
REPO_DATASETS = Path(__file__).resolve().parent.parent / "datasets"


def default_datasets() -> Path:
    """$FACTDESK_DATASETS when set (the desk's root, as the dashboard serves it); else
    ``datasets/`` here when there is one, else the datasets shipped beside the package."""
    if os.environ.get(ROOT_VARIABLE):
        return datasets_root()
    here = Path("datasets")
    return here if here.is_dir() else REPO_DATASETS


def drafts_root() -> Path:
    """Where `factdesk new` writes: ``FACTDESK_DATASETS``, else ``datasets/`` here (the
    folder the journalist is working in, never the installed package's)."""
    return Path(os.environ.get(ROOT_VARIABLE) or "datasets")


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def tolerance(text: str) -> Fraction:
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"a tolerance lies in [0, 1): {text!r}")
    return value


def run_validate(args: argparse.Namespace) -> int:
    paths = args.paths or [default_datasets()]
    if os.environ.get("FACTDESK_ENGINE") == "legacy":  # the golden test's reference
        from validation.legacy.engine import validate_paths

        report = validate_paths(paths, args.tolerance, args.strict_tolerance)
        if args.format == "json":  # the standard library's encoder: the reference stays plain
            text = json.dumps(report.as_json(), ensure_ascii=False, indent=2, default=str)
            sys.stdout.write(text + "\n")
        else:
            sys.stdout.write(report.to_text())
        return EXIT_OK if report.ok else EXIT_FAILED
    from validation.archive import plan
    from validation.report_writer import write_report

    run = plan(paths, args.tolerance, args.strict_tolerance, use_cache=not args.no_cache)
    run.form = args.format
    if run.complete:  # every verdict is cached: nothing can fail, it goes out as it is read
        counts = write_report(run, len(run), args.format, sys.stdout)
    else:  # a file may yet prove unusable: then nothing at all is written (exit 2)
        import shutil
        import tempfile

        with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
            counts = write_report(run, len(run), args.format, spool)
            spool.seek(0)
            shutil.copyfileobj(spool, sys.stdout, 1 << 20)
    return EXIT_FAILED if counts["failed"] else EXIT_OK


def run_extract(args: argparse.Namespace) -> int:
    from validation.pattern_store import kept

    with kept():  # the extractor's patterns from the store, as validate's workers take them
        from validation.extract import extract, mentions_json_text

    path = Path(args.file)
    text = decode_text(read_bytes(path, path.parent), path)
    mentions = extract(text, reference_date=args.reference_date)
    if args.format == "json":
        print(mentions_json_text(mentions))
    else:
        for m in mentions:
            value = "" if m.value is None else f" = {m.value}"
            dates = f"{m.date}/{m.date_end}" if m.date_end else m.date
            extra = " ".join(str(x) for x in (m.currency, m.hedge, dates, m.precision) if x)
            print(f"{m.start}-{m.end}\t{m.kind}\t{m.text}{value} {extra}".rstrip())
    return EXIT_OK


def chart_embeds(dataset, report, tables) -> dict[str, bytes]:
    """Every chart of a dataset as an HTML page in ``charts/`` (both languages) and the one
    plotly.min.js they share: the dashboard's own builders (see the module docstring)."""
    from dashboard.chart_set import chart_files
    from dashboard.data import checked_of

    return chart_files(checked_of(dataset, report, tables))


def run_export(args: argparse.Namespace) -> int:
    from validation.archive_export import export_archive

    if args.charts and (args.tolerance, args.strict_tolerance) != (TIGHT, STRICT):
        # NOTE: charts are drawn, and their hedge notes worded, at the dashboard's readings.
        print("factdesk: --charts draws at the default tolerances: drop --tolerance and "
              "--strict-tolerance, or --charts", file=sys.stderr)  # fmt: skip
        return EXIT_UNUSABLE
    extra = chart_embeds if args.charts else None
    done = export_archive(
        args.paths or [default_datasets()], args.out, args.tolerance, args.strict_tolerance, extra
    )
    refused = [exported for exported in done if exported.failed]
    if refused:  # nothing is written from data that does not validate
        failed = sum(exported.failed for exported in refused)
        print(f"factdesk: export refused: {failed} check(s) failed; nothing written",
              file=sys.stderr)  # fmt: skip
        for exported in refused:
            print(exported.refusal, file=sys.stderr)
        return EXIT_FAILED
    for exported in done:
        where = args.out / exported.id
        print(f"{where}/ ({exported.files - 1} files) and {where}.zip")
    files, size = sum(e.files for e in done), sum(e.size for e in done)
    print(f"{len(done)} dataset(s) exported to {args.out}: {files} files, {size:,} bytes")
    return EXIT_OK


def run_new(args: argparse.Namespace) -> int:
    from validation.draft import draft_dataset, write_draft

    if args.file == "-":
        name, data = "<stdin>", sys.stdin.buffer.read()
    else:
        path = Path(args.file)
        name, data = args.file, read_bytes(path, path.parent)
    out = args.out or drafts_root()
    draft = draft_dataset(
        data, args.id, name, args.published, args.url, args.publisher, args.country
    )
    folder = write_draft(draft, out)
    counts = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in draft.counts().items())
    print(f"drafted {folder}/: {counts}")
    print(f"{len(draft.review)} rows to review (review.csv); next: factdesk validate {folder}")
    return EXIT_OK


def run_bench_data(args: argparse.Namespace) -> int:
    from bench.synthetic import write_archive

    try:
        folders = write_archive(args.out, args.articles, args.seed, args.faults)
    except FileExistsError as error:
        raise UnusableInput(args.out, str(error).removeprefix(f"{args.out} ")) from None
    faults = f", a fault in one of every {args.faults}" if args.faults else ""
    print(f"{len(folders)} synthetic dataset(s) written to {args.out} (seed {args.seed}{faults})")
    return EXIT_OK


def article_count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of articles, at least 1: {text!r}")
    return int(text)


def add_tolerances(command: argparse.ArgumentParser) -> None:
    """The two readings of hedges, for every command that checks (validate, export)."""
    command.add_argument(
        "--tolerance", type=tolerance, default=TIGHT, metavar="T",
        help=f"tight reading of hedges: «نحو X» is within T of X (default {float(TIGHT):.2f})",
    )  # fmt: skip
    command.add_argument(
        "--strict-tolerance", type=tolerance, default=STRICT, metavar="S",
        help=f"strict reading: the most a hedge can stretch (default {float(STRICT):.2f})",
    )  # fmt: skip


def add_dataset_paths(command: argparse.ArgumentParser) -> None:
    """The dataset folders to read, for every command that checks (validate, export)."""
    command.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH",
        help="a dataset folder or a folder of them (default: datasets/)",
    )  # fmt: skip


def add_validate_command(commands: argparse._SubParsersAction) -> None:
    validate = commands.add_parser(
        "validate",
        help=f"check dataset folders: {', '.join(KINDS)}",
        description="Check dataset folders, every kind of check: "
        + "; ".join(f"{kind} ({proves})" for kind, proves in KINDS.items())
        + ". Exit 0 all pass (warnings allowed), 1 a check failed, 2 unusable input.",
    )
    add_dataset_paths(validate)
    validate.add_argument("--format", choices=("text", "json"), default="text")
    add_tolerances(validate)
    validate.add_argument(
        "--no-cache", action="store_true",
        help="check every dataset again, even one whose verdicts are cached",
    )  # fmt: skip
    validate.set_defaults(run=run_validate)


def add_extract_command(commands: argparse._SubParsersAction) -> None:
    extract = commands.add_parser(
        "extract",
        help="list every number, amount, percent and date in an Arabic text",
        description="List every number, amount, percent and date in an Arabic text file.",
    )
    extract.add_argument("file", metavar="FILE", help="a UTF-8 text file")
    extract.add_argument("--format", choices=("text", "json"), default="json")
    extract.add_argument(
        "--reference-date", type=iso_date, default=None,
        help="resolve relative dates («أكتوبر الماضي») against this day (YYYY-MM-DD)",
    )  # fmt: skip
    extract.set_defaults(run=run_extract)


def add_export_command(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="write validated datasets as CSV, Excel, Data Package and zip",
        description="Export dataset folders that validate: per dataset, canonical and Excel "
        "CSVs, an .xlsx, datapackage.json, the report, the article, SHA256SUMS and a zip. Exit "
        "1 (nothing written) when a check fails, 2 for unusable input.",
    )
    add_dataset_paths(export)
    export.add_argument(
        "--out", type=Path, default=Path("build/export"), metavar="DIR",
        help="where to write; an earlier export there is replaced whole (default: build/export)",
    )  # fmt: skip
    export.add_argument(
        "--charts", action="store_true",
        help="also write charts/: every chart in English and Arabic as an HTML page to embed "
        "in an article, sharing one plotly.min.js",
    )  # fmt: skip
    add_tolerances(export)
    export.set_defaults(run=run_export)


def add_new_command(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser(
        "new",
        help="draft a dataset from a new article, for a person to review",
        description="Draft DIR/ID/ from an Arabic article: source.txt byte for byte, "
        "metadata.json (status draft), drafted claims, figures, events, entities, mentions, "
        "ignored numbers, and review.csv listing every row to review. Exit 2 (nothing "
        "written) for an existing folder, an id that is not a lowercase slug, or text that "
        "is not UTF-8.",
    )
    new.add_argument("file", metavar="FILE", help="the article, a UTF-8 text file (- for stdin)")
    new.add_argument("--id", required=True, metavar="ID", help="the dataset id: a lowercase slug")
    new.add_argument(
        "--out", type=Path, default=None, metavar="DIR",
        help="the folder of datasets to write in (default: $FACTDESK_DATASETS, else datasets/)",
    )  # fmt: skip
    new.add_argument(
        "--published", type=iso_date, default=None, metavar="YYYY-MM-DD",
        help="publication day: dates «أمس», «أكتوبر الماضي» and tells occurred from scheduled",
    )  # fmt: skip
    new.add_argument("--url", default=None, metavar="URL", help="the article's address")
    new.add_argument("--publisher", default=None, metavar="NAME", help="the outlet")
    new.add_argument(
        "--country", default=None, metavar="CC",
        help="the article's country (ISO 3166 alpha-2, e.g. JO): metadata's country and "
        "default currency, and the currency of a bare دينار/جنيه/ريال/درهم/ليرة when the "
        "article never names its country",
    )  # fmt: skip
    new.set_defaults(run=run_new)


def add_bench_data_command(commands: argparse._SubParsersAction) -> None:
    bench_data = commands.add_parser(
        "bench-data",
        help="write synthetic dataset folders for benchmarks",
        description="Write N synthetic dataset folders (Arabic articles with their tables), "
        "valid by construction (unless --faults) and byte-identical for a given seed. DIR "
        "must be absent, empty or an earlier bench-data output (which is replaced).",
    )
    bench_data.add_argument(
        "--articles", type=article_count, required=True, metavar="N",
        help="how many articles (dataset folders) to write",
    )  # fmt: skip
    bench_data.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="the folder to write them in"
    )
    bench_data.add_argument(
        "--seed", type=int, default=0, metavar="S",
        help="the same seed writes the same bytes (default 0)",
    )  # fmt: skip
    bench_data.add_argument(
        "--faults", type=article_count, default=0, metavar="N",
        help="inject a fault (one kind of check made to fail, kinds in turn) into one article "
        "in N, so that the slow path is measured too (default: none)",
    )  # fmt: skip
    bench_data.set_defaults(run=run_bench_data)


def build_parser() -> argparse.ArgumentParser:
    """factdesk's command line: each subcommand's arguments are declared by its own
    function above, in the order ``factdesk --help`` lists them."""
    parser = argparse.ArgumentParser(
        prog="factdesk",
        description="Curated, validated fact tables from news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_validate_command(commands)
    add_extract_command(commands)
    add_export_command(commands)
    add_new_command(commands)
    add_bench_data_command(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except UnusableInput as error:
        print(f"factdesk: {error.line()}", file=sys.stderr)
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        print("factdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `factdesk ... | head`: the reader left; say nothing more
        # NOTE: Python's own advice: point stdout at devnull so the flush at exit cannot raise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # never a traceback for the user; say what and where
        said = " ".join(str(error).split())  # one line, even if the error quotes a whole cell
        said = said if len(said) <= 300 else said[:299] + "…"
        print(f"factdesk: internal error: {type(error).__name__}: {said}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
