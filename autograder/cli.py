"""Command line: ``python -m autograder {release,grade,feedback,export,validate,demo}`` (or ``seqlab-grader``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .course import DEFAULT_COURSE, Course, ToolError
from .task import Limits


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autograder", description=__doc__)
    parser.add_argument(
        "--course",
        type=Path,
        default=DEFAULT_COURSE,
        help="the nbgrader course directory (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser(
        "release",
        help="lint the source notebooks, generate the learners' release, publish it to the exchange",
    )
    p.add_argument("assignments", nargs="*", help="assignment ids (default: all)")

    p = commands.add_parser(
        "grade", help="grade every submission in a folder <student>/<assignment>/ or a zip of one"
    )
    p.add_argument(
        "submissions", nargs="?", type=Path, help="folder or zip (default: the course's submitted/)"
    )
    p.add_argument(
        "--assignment", action="append", dest="assignments", help="grade only this assignment (repeatable)"
    )
    p.add_argument(
        "--jobs", "-j", type=int, default=1, help="submissions graded at once (default: %(default)s)"
    )
    p.add_argument(
        "--scheduler", help="a dask.distributed scheduler, e.g. tcp://host:8786 (default: in-process)"
    )
    p.add_argument(
        "--cell-timeout",
        type=int,
        default=Limits.cell_timeout,
        help="seconds per cell (default: %(default)s)",
    )
    p.add_argument(
        "--notebook-timeout",
        type=int,
        default=Limits.notebook_timeout,
        help="seconds per notebook (default: %(default)s)",
    )
    p.add_argument(
        "--memory", type=float, default=Limits.memory_gib, help="GiB per submission (default: %(default)s)"
    )
    p.add_argument(
        "--processes",
        type=int,
        default=Limits.processes,
        help="processes and threads per submission (default: %(default)s)",
    )
    p.add_argument(
        "--allow-network", action="store_true", help="let notebooks use the network (default: loopback only)"
    )
    p.add_argument(
        "--trusted",
        action="store_true",
        help="grade without operating-system containment, on a machine that cannot give it (only for "
        "submissions from people you trust: their code could change files, grades and later runs)",
    )
    p.add_argument(
        "--force", action="store_true", help="regrade submissions that are already graded and unchanged"
    )

    p = commands.add_parser("feedback", help="write HTML feedback per student and assignment")
    p.add_argument("assignments", nargs="*")

    p = commands.add_parser("export", help="write grades.csv and grades.json")
    p.add_argument("--to", type=Path, help="folder for the files (default: the course's exports/)")

    p = commands.add_parser("validate", help="run a notebook's tests; exit 1 if any graded test fails")
    p.add_argument("notebook", type=Path)

    p = commands.add_parser("demo", help="release, grade sample submissions, print the grade table")
    p.add_argument("--jobs", "-j", type=int)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    course = Course(args.course.resolve())
    try:
        if args.command == "release":
            from .release import release

            release(course, args.assignments or None)
        elif args.command == "grade":
            from .grade import format_table, grade

            limits = Limits(
                cell_timeout=args.cell_timeout,
                notebook_timeout=args.notebook_timeout,
                memory_gib=args.memory,
                network=args.allow_network,
                processes=args.processes,
                contain=not args.trusted,
            )
            records = grade(
                course,
                args.submissions,
                jobs=args.jobs,
                limits=limits,
                assignments=args.assignments,
                force=args.force,
                scheduler=args.scheduler,
            )
            print(format_table(records))
        elif args.command == "feedback":
            from .reports import feedback

            feedback(course, args.assignments or None)
        elif args.command == "export":
            from .reports import export

            export(course, args.to)
        elif args.command == "validate":
            from .validate import validate

            return validate(args.notebook)
        elif args.command == "demo":
            from .demo import demo

            return demo(course, args.jobs)
    except ToolError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
