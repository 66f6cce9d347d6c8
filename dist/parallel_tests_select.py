"""parallel-tests: make one pytest run execute exactly one shard of a planned suite.

Loaded with ``-p parallel_tests_select`` (this folder on PYTHONPATH). The file named by the
environment variable PARALLEL_TESTS_SELECTION is written by renderSelectionFile() in
selection.ts: a header line ``# parallel-tests selection: include`` (or ``exclude``), then one
pytest node id per line, exactly as pytest prints it (relative to rootdir). A file, not the
command line, because a shard can list thousands of ids.

include: keep only the listed items. exclude (the catch-all shard): drop the listed items, so
tests the plan never saw still run. Dropped items go through pytest_deselected, as -k and -m do.

Under pytest-xdist every worker collects on its own and applies this same filter, a pure function
of the collected items and the file, so all workers report the same collection.

What it did is said in one line at the end of the run (never as a Python warning: projects with
``filterwarnings = error`` turned a stale id into an internal error that ran no test), with the
count after every other deselection (-m, -k). Loaded without a selection it says that every
collected test runs, so four unsharded copies of a suite cannot pass for four shards unnoticed.

Standard library and pytest only; Python 3.9+, pytest 7+ (config.stash).
"""

import os

import pytest

ENV_VAR = "PARALLEL_TESTS_SELECTION"
HEADER = "# parallel-tests selection: "
MODES = ("include", "exclude")
SUMMARY_KEY = pytest.StashKey[dict]()


def read_selection(path):
    """Returns (mode, set of node ids) from a selection file; UsageError if it is not one."""
    try:
        # newline="" keeps the text as written: ids are split on "\n" only, since str.splitlines()
        # would also split on characters a parametrized id may hold (\x1c, \u2028, ...).
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except OSError as err:
        raise pytest.UsageError("parallel-tests: cannot read the selection file %s: %s" % (path, err))
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    header = lines[0] if lines else ""
    mode = header[len(HEADER):] if header.startswith(HEADER) else None
    if mode not in MODES:
        raise pytest.UsageError(
            "parallel-tests: %s is not a selection file (its first line must be %r or %r)"
            % (path, HEADER + MODES[0], HEADER + MODES[1])
        )
    return mode, {line for line in lines[1:] if line}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    # tryfirst: see everything that was collected, before -k/-m or other plugins deselect, so
    # "not collected" below means exactly that.
    name = os.environ.get(ENV_VAR)
    if not name:
        config.stash[SUMMARY_KEY] = {"mode": None}
        return
    # Relative names are relative to where pytest was started (os.path.join keeps absolute ones).
    mode, listed = read_selection(os.path.join(str(config.invocation_params.dir), name))
    include = mode == "include"
    kept, dropped = [], []
    for item in items:
        (kept if (item.nodeid in listed) == include else dropped).append(item)
    if dropped:
        items[:] = kept
        config.hook.pytest_deselected(items=dropped)
    missing = sorted(listed.difference(item.nodeid for item in kept)) if include else []
    summary = {
        "mode": mode,
        "selected": len(kept),
        "deselected": len(dropped),
        "missing_count": len(missing),
        "missing": missing[:1],
    }
    config.stash[SUMMARY_KEY] = summary


def pytest_collection_finish(session):
    # After -m, -k and every other plugin: what will really run.
    summary = session.config.stash.get(SUMMARY_KEY, None)
    if summary is None:
        return
    if summary["mode"] is not None:
        summary["selected"] = len(session.items)
    if hasattr(session.config, "workeroutput"):
        # An xdist worker: its terminal output is not shown and every worker would say the same,
        # so the controller reports once, from what the workers send back (below).
        session.config.workeroutput[ENV_VAR] = summary


def not_collected(summary):
    return "parallel-tests: %d listed tests were not collected (first: %s)" % (
        summary["missing_count"],
        summary["missing"][0],
    )


# The xdist controller never collects, so it neither prints "N deselected" nor sees what is
# missing. Workers hand their summary back in workeroutput when they finish; all workers collect
# the same items and so send the same summary.
@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    summary = getattr(node, "workeroutput", {}).get(ENV_VAR)
    if summary is not None:
        node.config.stash[SUMMARY_KEY] = summary


def pytest_terminal_summary(terminalreporter, config):
    summary = config.stash.get(SUMMARY_KEY, None)
    if summary is None:
        return
    if summary["mode"] is None:
        terminalreporter.write_line(
            "parallel-tests: no selection (%s is not set): every collected test runs" % ENV_VAR, yellow=True
        )
        return
    terminalreporter.write_line(
        "parallel-tests: %s selection, %d selected, %d deselected"
        % (summary["mode"], summary["selected"], summary["deselected"])
    )
    if summary["missing_count"]:
        terminalreporter.write_line(not_collected(summary), yellow=True)
