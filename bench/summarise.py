#!/usr/bin/env python3
"""One CSV row per finished run folder (ROBOT-SEED with final.ckpt) under RUNS: steps to the
first 20/20 evaluation, whether the next evaluation held it, the learned mean steps there
against the demo, training wall-clock and the evaluations on the way.
  summarise.py RUNS [CSV]   with CSV: rewrite it in place, keeping the rows of runs that are
                            no longer under RUNS (an earlier session's results), sorted."""
import csv
import pathlib
import sys

HEADER = ["robot", "seed", "steps_to_20of20", "held_next", "mean_steps", "demo_steps",
          "train_minutes", "last_env_step", "successes_per_evaluation"]
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "runs/bench")
target = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else None
rows_by_run = {}
if target and target.exists():
    for r in csv.reader(open(target)):
        if r and r[0] != "robot":
            rows_by_run[(r[0], int(r[1]))] = r
for run in sorted(root.glob("*-[0-9]*")):
    if not run.is_dir() or not (run / "final.ckpt").exists():
        continue
    robot, seed = run.name.rsplit("-", 1)
    rows = list(csv.DictReader(open(run / "progress.csv")))
    if not rows:
        continue
    wins = [i for i, r in enumerate(rows) if float(r["success_rate"]) == 1.0]
    first = rows[wins[0]] if wins else None
    held = "" if not wins or wins[0] + 1 >= len(rows) else \
        ("yes" if float(rows[wins[0] + 1]["success_rate"]) == 1.0 else "no")
    per_eval = " ".join(str(round(float(r["success_rate"]) * 20)) for r in rows)
    last = rows[-1]
    rows_by_run[(robot, int(seed))] = [robot, seed, first["env_step"] if first else "not reached", held,
                  first["mean_steps"] if first else "", last["demo_steps"],
                  round(float((first or last)["seconds"]) / 60, 1), last["env_step"], per_eval]

out = csv.writer(open(target, "w", newline="") if target else sys.stdout)
out.writerow(HEADER)
for key in sorted(rows_by_run):
    out.writerow(rows_by_run[key])
