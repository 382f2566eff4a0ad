"""``civicmod review``, ``civicmod evaluate``, ``civicmod detectors`` and ``civicmod directory``.

::

    civicmod review comments.jsonl --config civicmod.toml > decisions.jsonl
    civicmod evaluate tests/corpus/personal_data.jsonl
    civicmod directory --config civicmod.toml "la Croix-Rouge" @meteofrance
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from civicmod.action import Decision
from civicmod.batches import batches
from civicmod.config import Config
from civicmod.detectors import detector_names
from civicmod.error_record import error_decision
from civicmod.errors import CivicmodError
from civicmod.evaluation import evaluate, load_corpus
from civicmod.moderator import BATCH, Moderator
from civicmod.records import Line, read_lines

EXIT_INPUT_ERRORS = 1
EXIT_USAGE = 2


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _config(path: str | None) -> Config:
    return Config.from_toml(path) if path else Config()


def _open_input(name: str) -> IO[bytes]:
    if name == "-":
        return sys.stdin.buffer
    try:
        return Path(name).open("rb")
    except OSError as exc:
        raise CivicmodError(f"{name}: cannot open: {exc.strerror}") from None


def _decisions(
    moderator: Moderator, stream: IO[bytes], progress: bool, batch: int
) -> Iterator[Decision]:
    """One decision per input line, in order, the lines reviewed ``batch`` at a time."""
    for lines in batches(_counted(read_lines(stream), progress), batch):
        yield from _decide_lines(moderator, lines)
    if progress:
        print(file=sys.stderr)


def _counted(lines: Iterator[Line], progress: bool) -> Iterator[Line]:
    for count, line in enumerate(lines, start=1):
        if progress and count % 500 == 0:
            print(f"\rcivicmod: {count} records", end="", file=sys.stderr, flush=True)
        yield line


def _decide_lines(moderator: Moderator, lines: list[Line]) -> Iterator[Decision]:
    """A batch of lines: the readable ones reviewed together, a malformed one gets its error
    record in its place."""
    items = [line.item for line in lines if line.item is not None]
    reviewed = moderator.review_many(items, batch=len(lines))
    for line in lines:
        if line.item is None:
            assert line.error is not None
            yield error_decision(line.error)
            continue
        decision = next(reviewed)
        if not decision.id:
            decision = decision.model_copy(update={"id": f"line:{line.number}"})
        yield decision


def cmd_review(args: argparse.Namespace) -> int:
    moderator = Moderator(_config(args.config))
    moderator.warm_up(freeze=True)
    stream = _open_input(args.file)
    progress = sys.stderr.isatty() and not args.quiet
    failed = 0
    out = sys.stdout
    try:
        decisions = _decisions(moderator, stream, progress, args.batch)
        if args.sort_by_priority:
            decisions = iter(sorted(decisions, key=lambda d: -d.priority))
        for decision in decisions:
            failed += decision.item_type == "invalid"
            out.write(json.dumps(decision.to_json(), ensure_ascii=False) + "\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if failed:
        print(f'civicmod: {failed} malformed record(s), see their "errors"', file=sys.stderr)
        return EXIT_INPUT_ERRORS
    return 0


def _table(title: str, rows: dict[str, Any]) -> str:
    lines = [f"{title:<36} {'prec':>6} {'rec':>6} {'f1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, s in rows.items():
        lines.append(
            f"{name:<36} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
            f"{s['tp']:>5} {s['fp']:>5} {s['fn']:>5}"
        )
    return "\n".join(lines)


def cmd_evaluate(args: argparse.Namespace) -> int:
    moderator = Moderator(_config(args.config))
    report = evaluate(load_corpus(args.corpus), moderator).as_dict()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{args.corpus}: {report['records']} records\n")
    print(_table("category (spans)", report["categories"]) + "\n")
    print(_table("category (records)", report["records_by_category"]) + "\n")
    print(_table("action", report["actions"]) + "\n")
    if report["tags"]:
        print(f"{'tag':<36} {'records':>7} {'exact':>7} {'deleted':>7}")
        for tag, t in report["tags"].items():
            print(f"{tag:<36} {t['records']:>7} {t['exact_rate']:>7.3f} {t['deleted']:>7}")
    if args.show_errors:
        print("\nmismatches:")
        for m in report["mismatches"]:
            print(
                f"  line {m['line']} {m['id']}: missing {m['missing']} unexpected "
                f"{m['unexpected']}\n    {m['text']!r}"
            )
    return 0


def cmd_detectors(args: argparse.Namespace) -> int:
    for name in detector_names():
        print(name)
    return 0


def cmd_directory(args: argparse.Namespace) -> int:
    """Check the directory (TOML and CSV) loads; look names and handles up in it."""
    config = _config(args.config)
    directory = config.account_directory()
    accounts = list(directory)
    public = sum(a.is_public_actor for a in accounts)
    source = f" + {config.directory.csv}" if config.directory.csv else ""
    print(f"{len(accounts)} accounts ([[accounts]]{source}), {public} public actors")
    for name in sorted(directory.ambiguous):
        print(f"ambiguous, matched for no account: {name!r}")
    missing = 0
    for query in args.lookup:
        entry = directory.by_handle(query) if query.startswith("@") else directory.by_name(query)
        if entry is None:
            missing += 1
            print(f"{query!r}: not in the directory")
            continue
        standing = "public actor" if entry.is_public_actor else "not a public actor"
        print(
            f"{query!r}: {entry.handle} ({entry.name}, {entry.kind}, "
            f"{'verified' if entry.verified else 'not verified'}"
            f"{', partner' if entry.partner else ''}) — {standing}"
        )
    return EXIT_INPUT_ERRORS if missing else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civicmod",
        description="Apply the French government's social-media guideline to comments, "
        "posts and interactions.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    review = sub.add_parser("review", help="review a JSONL file, one JSON decision per line")
    review.add_argument("file", help="JSONL input, or - for standard input")
    review.add_argument("--config", help="the page's TOML configuration")
    review.add_argument(
        "--sort-by-priority",
        action="store_true",
        help="print the decisions highest priority first (buffers the run)",
    )
    review.add_argument("--quiet", action="store_true", help="no progress on stderr")
    review.add_argument(
        "--batch", type=_positive, default=BATCH, metavar="N",
        help=f"records reviewed together (default {BATCH}, faster); 1 answers each line of a "
        "live stream as it arrives",
    )  # fmt: skip
    review.set_defaults(run=cmd_review)
    ev = sub.add_parser("evaluate", help="precision/recall per category and action kind")
    ev.add_argument("corpus", help="labelled JSONL corpus (docs/corpus-format.md)")
    ev.add_argument("--config", help="the page's TOML configuration")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--show-errors", action="store_true", help="list the mismatching records")
    ev.set_defaults(run=cmd_evaluate)
    det = sub.add_parser("detectors", help="list the detectors available by name")
    det.set_defaults(run=cmd_detectors)
    dire = sub.add_parser(
        "directory", help="check the account directory loads; look names or @handles up"
    )
    dire.add_argument("lookup", nargs="*", help="names (« la Croix-Rouge ») or @handles")
    dire.add_argument("--config", help="the page's TOML configuration")
    dire.set_defaults(run=cmd_directory)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except CivicmodError as exc:
        print(f"civicmod: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
