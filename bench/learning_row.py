"""One row of bench/results/learning.csv from one run folder of the learning benchmark, and the
CSV itself (rows keyed by the run's identity; docs/BENCHMARKS.md, "The learning benchmark runner",
defines every column). Used by bench/learning.py; needs only the Python standard library."""
import csv
import fcntl
import json
import pathlib
import sqlite3
import statistics

# The columns, in order. A run's identity is IDENTITY; a newer row of the same identity replaces
# the older one (git history keeps it).
IDENTITY = ["method", "variant", "robot", "observation", "start_spread", "seed", "demo_seed"]
COLUMNS = IDENTITY + [
    "steps_budget", "eval_every", "eval_episodes", "held_over",
    "steps_to_solved", "held", "final_success_rate", "learned_steps", "demo_steps",
    "q_oscillation", "ood_action_ratio", "minutes_to_solved", "train_minutes",
    "last_env_step", "updates", "commit", "successes_per_evaluation", "env_steps_per_evaluation",
]
NOT_REACHED = "not reached"


def read_progress(folder):
    """The evaluations of a run (progress.csv rows as dicts), [] before the first one."""
    path = pathlib.Path(folder) / "progress.csv"
    if not path.exists():
        return []
    with open(path, newline="") as f:
        return [r for r in csv.DictReader(f) if r.get("env_step")]


def solved(row):
    return float(row["success_rate"]) == 1.0


def first_solved(evals):
    """Index of the first evaluation with every episode successful, or None."""
    return next((i for i, r in enumerate(evals) if solved(r)), None)


def cumulative_minutes(evals):
    """Training wall-clock (evaluations excluded) at each evaluation, in minutes, summed over the
    processes of a resumed run: `seconds` restarts from 0 in each process."""
    total, base, previous, out = 0.0, 0.0, 0.0, []
    for r in evals:
        s = float(r["seconds"])
        if s < previous:  # a new process: its clock restarted
            base += previous
        previous = s
        total = base + s
        out.append(total / 60)
    return out


def learner_figures(folder, warmup_updates, block):
    """(q_oscillation, ood_action_ratio) from the session's per-update metrics after the first
    `warmup_updates` updates; None where there are too few updates.
    q_oscillation: the batch-mean Q ((Q1 + Q2) / 2 on the critic batch) averaged over blocks of
    `block` consecutive updates, then the mean absolute second difference of those block means.
    The blocks average out the batch-to-batch sampling noise, so what is left is Q moving.
    ood_action_ratio: the mean of the learner's logged ood_action_ratio (the fraction of the
    critic batch's states whose policy mean action is farther than gate epsilon from every action
    of the expert batch) over the same updates."""
    db = pathlib.Path(folder) / "session.sqlite"
    if not db.exists():
        return None, None
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT q1_mean, q2_mean, ood_action_ratio FROM metrics "
                           "WHERE step > ? ORDER BY step", (warmup_updates,)).fetchall()
    finally:
        con.close()
    if not rows:
        return None, None
    ood = statistics.fmean(r[2] for r in rows)
    q = [(r[0] + r[1]) / 2 for r in rows]
    means = [statistics.fmean(q[i:i + block]) for i in range(0, len(q) - block + 1, block)]
    if len(means) < 3:
        return None, ood
    second = [abs(means[i] - 2 * means[i - 1] + means[i - 2]) for i in range(2, len(means))]
    return statistics.fmean(second), ood


def count_updates(folder):
    db = pathlib.Path(folder) / "session.sqlite"
    if not db.exists():
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT COALESCE(MAX(step), 0) FROM metrics").fetchone()[0]
    finally:
        con.close()


def fmt(x, digits=4):
    if x is None:
        return ""
    return f"{x:.{digits}g}" if isinstance(x, float) else str(x)


def held_verdict(evals, held_over):
    """'yes' if the `held_over` evaluations after the first solved one were all solved, 'no' as
    soon as one was not, '' when not solved or fewer were run (the budget ended first)."""
    i = first_solved(evals)
    if i is None or held_over <= 0:
        return ""
    after = evals[i + 1:i + 1 + held_over]
    if any(not solved(r) for r in after):
        return "no"
    return "yes" if len(after) == held_over else ""


def row_for(folder, spec, warmup_updates, block):
    """The CSV row (dict) of a finished run folder; `spec` is its bench-run.json."""
    evals = read_progress(folder)
    if not evals:
        return None
    i = first_solved(evals)
    minutes = cumulative_minutes(evals)
    q_osc, ood = learner_figures(folder, warmup_updates, block)
    last = evals[-1]
    at = evals[i] if i is not None else last
    row = {k: spec.get(k, "") for k in IDENTITY}
    row.update({
        "steps_budget": spec["steps"], "eval_every": spec["eval_every"],
        "eval_episodes": spec["eval_episodes"], "held_over": spec["held_over"],
        "steps_to_solved": evals[i]["env_step"] if i is not None else NOT_REACHED,
        "held": held_verdict(evals, int(spec["held_over"])),
        "final_success_rate": fmt(float(last["success_rate"])),
        "learned_steps": fmt(float(at["mean_steps"])) if float(at["success_rate"]) > 0 else "",
        "demo_steps": fmt(float(last["demo_steps"])),
        "q_oscillation": fmt(q_osc), "ood_action_ratio": fmt(ood),
        "minutes_to_solved": fmt(minutes[i], 3) if i is not None else "",
        "train_minutes": fmt(minutes[-1], 3),
        "last_env_step": last["env_step"], "updates": count_updates(folder),
        "commit": " ".join(spec.get("commits", [])),
        "successes_per_evaluation": " ".join(
            str(round(float(r["success_rate"]) * int(spec["eval_episodes"]))) for r in evals),
        "env_steps_per_evaluation": " ".join(r["env_step"] for r in evals),
    })
    return row


def key_of(row):
    return tuple(str(row.get(k, "")) for k in IDENTITY)


def read_rows(path):
    path = pathlib.Path(path)
    if not path.exists():
        return {}
    with open(path, newline="") as f:
        return {key_of(r): r for r in csv.DictReader(f)}


def write_rows(path, rows):
    """Writes every row, sorted by identity, atomically (a reader never sees half a file)."""
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="") as f:
        out = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
        out.writeheader()
        for key in sorted(rows, key=lambda k: tuple((len(x), x) if x.isdigit() else (0, x)
                                                    for x in k)):
            out.writerow({c: rows[key].get(c, "") for c in COLUMNS})
    tmp.replace(path)


def upsert_row(path, row):
    """Puts one run's row into the CSV as it is on disk now: two runners (or a person editing
    the file) may share it, so the rows are read under an exclusive lock at each write, never
    kept from the start (a runner that wrote the rows it read at start dropped the other's)."""
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".csv.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        rows = read_rows(path)
        rows[key_of(row)] = row
        write_rows(path, rows)


def load_spec(folder):
    path = pathlib.Path(folder) / "bench-run.json"
    return json.loads(path.read_text()) if path.exists() else None
