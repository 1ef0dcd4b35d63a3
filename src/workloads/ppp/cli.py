"""Command line: run, data, build, probe, list. Exit codes: 0 ok, 1 an
exception in a variant (traceback on stderr; one line for RunFailed), 2 bad usage or input,
3 variant unavailable on this runtime (run only), build: 1 if any failed."""

import argparse
import json
import sys
import time

from ppp import loops, profiles


class OneLineParser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write("ppp: error: %s\n" % message.replace("\n", " "))
        sys.exit(2)


def _parser():
    parser = OneLineParser(prog="ppp", description="Python and Parallel Programming workloads")
    commands = parser.add_subparsers(dest="command", required=True)
    profile_names = sorted(profiles.PROFILES)

    run = commands.add_parser("run", help="measure one run of <group>.<variant>")
    run.add_argument("name", metavar="group.variant")
    run.add_argument("--workers", type=int, default=1)
    run.add_argument("--cores", type=int, default=0)
    run.add_argument("--start-cpu", type=int, default=None,
                     help="the CPU (of those allowed) to start on; then the whole allowed set (ppp/harness.py start_on)")
    run.add_argument("--profile", choices=profile_names, default=profiles.DEFAULT_PROFILE)
    run.add_argument("--data", required=True)
    run.add_argument("--out", required=True)
    run.add_argument("--output")
    run.add_argument("--ext-dir")
    run.add_argument("--start-method", choices=["fork", "spawn", "forkserver"])
    run.add_argument("--wiki-url")
    run.add_argument("--loops", default="1",
                     help="calls of proc() to time, or auto: as many as make --min-time (ppp/loops.py)")
    run.add_argument("--min-time", type=float, default=loops.DEFAULT_MIN_TIME,
                     help="with --loops auto: the shortest timed span, in seconds")

    data = commands.add_parser("data", help="write seeded input files")
    data.add_argument("--profile", choices=profile_names, default=profiles.DEFAULT_PROFILE)
    data.add_argument("--seed", type=int, default=0)
    data.add_argument("--out", required=True)
    data.add_argument("--groups")

    build = commands.add_parser("build", help="compile the Cython extensions")
    build.add_argument("--out", required=True)

    commands.add_parser("probe", help="facts about this interpreter")
    listing = commands.add_parser("list", help="every variant and what it needs")
    listing.add_argument("--all", action="store_true",
                         help="also the test-only group faults (README.md, 'The faults group')")
    return parser


def _print_json(value):
    print(json.dumps(value, indent=2))


def _data(args):
    from ppp import datagen, registry
    groups = args.groups.split(",") if args.groups else list(registry.GROUPS)
    unknown = [g for g in groups if g not in datagen.WRITERS]
    if unknown:
        raise _usage("unknown group(s) %s; known: %s" % (",".join(unknown), ",".join(datagen.WRITERS)))
    _print_json(datagen.generate(args.profile, args.seed, args.out, groups))
    return 0


def _build(args):
    from ppp import build
    report, ok = build.build_all(args.out)
    _print_json(report)
    return 0 if ok else 1


def _list(args):
    from ppp import registry
    _print_json([{"group": v.group, "variant": v.variant, "needs": v.needs}
                 for v in registry.listed(include_test_only=args.all)])
    return 0


def _probe(args):
    from ppp import facts
    _print_json(facts.probe())
    return 0


def _run(args, started):
    from ppp import harness
    return harness.run(args, started)


def _usage(message):
    from ppp.harness import UsageError
    return UsageError(message)


def main(argv=None):
    started = time.perf_counter()
    args = _parser().parse_args(argv)
    from ppp.errors import RunFailed
    from ppp.harness import UsageError
    try:
        if args.command == "run":
            return _run(args, started)
        return {"data": _data, "build": _build, "list": _list, "probe": _probe}[args.command](args)
    except UsageError as exc:
        sys.stderr.write("ppp: error: %s\n" % exc)
        return 2
    except RunFailed as exc:
        sys.stderr.write("ppp: error: %s\n" % exc)
        return 1
