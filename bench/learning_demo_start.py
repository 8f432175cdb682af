"""The learned policies' length from the demo's own start (`./lab bench learning
--from-demo-start`). A run's evaluations start from their own seeds, spread over the robot's
starts, where an episode can be shorter or longer than one from where the demo began, so their
mean steps do not compare with the demo's. Here each finished run's final policy drives one
episode from the demo's start (`sigent-lab eval --start-seed DEMO_SEED`; the policy acts on its
mean and the simulation is deterministic, so one episode is the answer) and its length is set
beside the demo's. Needs only the Python standard library and the sigent-lab binary."""
import pathlib
import re
import statistics
import subprocess
import sys

import learning_row

RESULT = re.compile(r": (\d+)/(\d+) successes, mean ([\d.]+) steps")


def from_demo_start(binary, folder, demo_seed):
    """(succeeded, steps) of the folder's final policy from the demo's start."""
    cmd = [binary, "eval", "--checkpoint", str(folder / "final.ckpt"), "--start-seed",
           str(demo_seed), "--episodes", "1"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    m = RESULT.search(out.stdout)
    if out.returncode != 0 or not m:
        raise RuntimeError(f"{folder.name}: {' '.join(cmd)} failed: "
                           f"{(out.stderr or out.stdout).strip()[-400:]}")
    return int(m.group(1)) == 1, float(m.group(3))


def report(specs, runs, binary, folder_name):
    """Prints one Markdown line per finished run of `specs` (run folders under `runs`), then the
    learned length against the demo's over the successful ones. Returns the exit status: 1 if
    a run's eval failed (said on stderr; the other runs are still reported)."""
    print("| method | variant | robot | observation | spread | seed | demo steps | "
          "from the demo's start | at the last evaluation's starts, mean |")
    print("|---|---|---|---|---|---|---|---|---|")
    ratios = []
    failures = 0
    for spec in specs:
        folder = pathlib.Path(runs) / folder_name(spec)
        evals = learning_row.read_progress(folder)
        if not evals or not (folder / "final.ckpt").exists():
            continue
        last = evals[-1]
        demo = float(last["demo_steps"])
        try:
            ok, steps = from_demo_start(binary, folder, spec["demo_seed"])
        except RuntimeError as e:  # one run's eval failing says why and spares the others
            print(f"bench learning: {e}", file=sys.stderr)
            failures += 1
            continue
        if ok:
            ratios.append(steps / demo)
        here = f"{steps:.0f} ({steps / demo - 1:+.0%})" if ok else "failed"
        spread = float(last["mean_steps"]) if float(last["success_rate"]) > 0 else None
        print(f"| {spec['method']} | {spec['variant']} | {spec['robot']} | "
              f"{spec['observation']} | {spec['start_spread']} | {spec['seed']} | {demo:.0f} | "
              f"{here} | {'-' if spread is None else f'{spread:.1f}'} |")
    if ratios:
        print(f"\n{len(ratios)} policies succeeded from the demo's start: their length is "
              f"{statistics.median(ratios):.2f} of the demo's (median; "
              f"{min(ratios):.2f}-{max(ratios):.2f})")
    return 1 if failures else 0
