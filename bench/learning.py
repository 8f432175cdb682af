#!/usr/bin/env python3
"""The learning benchmark: a grid of method x robot x seed, each run through the one engine
(`sigent-lab train`, the window's TrainingController in lockstep), two runs at a time with one
learner thread each. Resumable: a finished run is kept and skipped, an unfinished one is reopened
by the controller and goes on from its last checkpoint, so a session may end mid-grid and the
same command carries on. After each finished run one row per run is (re)written to the CSV, and
at the end sigent-lab-plot draws the success-rate curves next to it.

  ./lab bench learning                                     # sigent on the four sims, seeds 1-3
  ./lab bench learning --methods sigent,sac,sac_bc,rlpd --spread 1 --seeds 1,2,3,4,5
  ./lab bench learning --robots push-cube --set ood_lambda=0.01      # a sweep value: a variant
  ./lab bench learning --robots push-cube --robot-set camera_noise=0.2   # a robot setting: too
  ./lab bench learning --table                   # the CSV's runs summarised, Markdown tables
  ./lab bench learning --robots slalom-humanoid --obs state --spread 0.5 --from-demo-start

docs/BENCHMARKS.md ("The learning benchmark runner") defines the columns and the defaults."""
import argparse
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import learning_demo_start  # noqa: E402
import learning_row  # noqa: E402
import learning_table  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Each robot's benchmark: observation, env-step budget, steps between evaluations, start spread
# and the learner keys that belong to the task (the commands of docs/BENCHMARKS.md, formerly
# bench/robots.sh). point-reach has no start spread.
ROBOTS = {
    "point-reach": dict(obs="state", steps=6000, eval_every=500, spread=None,
                        sets={"hidden_dim": "128", "batch_size": "128"}),
    "slalom-quadruped": dict(obs="image", steps=20000, eval_every=500, spread="1", sets={}),
    "push-cube": dict(obs="image", steps=30000, eval_every=1000, spread="0.5", sets={}),
    "ball-to-goal": dict(obs="image", steps=40000, eval_every=1000, spread="0.25", sets={}),
    "slalom-humanoid": dict(obs="image", steps=40000, eval_every=1000, spread="0.5",
                            sets={"frame_stack": "2"}),
}
DEFAULT_ROBOTS = ["slalom-quadruped", "push-cube", "ball-to-goal", "slalom-humanoid"]


def csv_list(text):
    return [x.strip() for x in text.split(",") if x.strip()]


def per_robot(values, robot, fallback):
    """--steps/--eval-every: N for every robot, or ROBOT=N (repeatable or comma-separated)."""
    chosen = fallback
    for v in values or []:
        for part in csv_list(v):
            name, _, number = part.rpartition("=")
            if not number.isdigit() or int(number) <= 0:
                raise SystemExit(f"bench learning: '{part}' is not N or ROBOT=N with N > 0")
            if not name or name == robot:
                chosen = int(number)
    return chosen


def number_text(x):
    """0.50 and .5 name the same spread: one folder, one row."""
    return f"{float(x):g}"


def git_commit():
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "diff", "--quiet", "HEAD", "--",
                                "core", "hardware", "app"]).returncode != 0
        return head + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def build_commit(binary):
    """The commit the binary was built from: BUILD_COMMIT beside it (every build writes
    bin/BUILD_COMMIT, a copy of bin/ for --bin takes it along), or beside what a symlink points
    to; None for a binary built before the file existed."""
    for folder in (pathlib.Path(binary).parent, pathlib.Path(binary).resolve().parent):
        try:
            text = (folder / "BUILD_COMMIT").read_text().strip()
            if text:
                return text
        except OSError:
            pass
    return None


def presets(binary):
    """The preset names `sigent-lab train --help` lists, so the two never disagree."""
    text = subprocess.run([binary, "train", "--help"], capture_output=True, text=True).stdout
    m = re.search(r"One of ([a-z_, ]+?)\s*\(docs", " ".join(text.split()))
    return [p.strip() for p in m.group(1).split(",")] if m else []


class Runner:
    def __init__(self, args):
        self.args = args
        self.stopping = threading.Event()
        self.children = set()
        self.lock = threading.Lock()
        self.print_lock = threading.Lock()
        self.failed = []
        # The engine's commit, not the runner's tree's: a --bin copy may be older than the tree.
        self.commit = build_commit(args.bin) or git_commit()

    def say(self, text):
        """One whole line at a time: the worker threads print side by side."""
        with self.print_lock:
            sys.stdout.write(f"[bench] {text}\n")
            sys.stdout.flush()

    # --- the grid ------------------------------------------------------------------------------
    def specs(self):
        a = self.args
        variant = "+".join(sorted(a.set + a.robot_set))
        out = []
        for robot in a.robots:
            bench = ROBOTS[robot]
            for method in a.methods:
                for seed in a.seeds:
                    spread = bench["spread"] if a.spread is None or bench["spread"] is None \
                        else a.spread
                    spec = dict(method=method, variant=variant, robot=robot,
                                observation=a.obs or bench["obs"],
                                start_spread=number_text(spread) if spread else "",
                                seed=str(seed), demo_seed=str(a.demo_seed),
                                steps=per_robot(a.steps, robot, bench["steps"]),
                                eval_every=per_robot(a.eval_every, robot, bench["eval_every"]),
                                eval_episodes=a.eval_episodes, held_over=a.held,
                                sets=dict(bench["sets"]),
                                robot_sets=dict(kv.partition("=")[::2] for kv in a.robot_set))
                    for kv in a.set:
                        k, _, v = kv.partition("=")
                        spec["sets"][k] = v
                    spec["sets"].setdefault("num_threads", "1")
                    out.append(spec)
        return out

    @staticmethod
    def folder_name(spec):
        name = f"{spec['method']}-{spec['robot']}-{spec['observation']}"
        if spec["start_spread"]:
            name += f"-spread{spec['start_spread']}"
        name += f"-seed{spec['seed']}-demo{spec['demo_seed']}"
        if spec["variant"]:
            name += "-" + re.sub(r"[^A-Za-z0-9_.=+-]", "_", spec["variant"])
        return name

    # --- one run -------------------------------------------------------------------------------
    def command(self, spec, folder, steps, stop_at):
        cmd = [self.args.bin, "train", "--robot", spec["robot"], "--obs", spec["observation"],
               "--preset", spec["method"], "--seed", spec["seed"],
               "--demo-seed", spec["demo_seed"], "--steps", str(steps),
               "--eval-every", str(spec["eval_every"]),
               "--eval-episodes", str(spec["eval_episodes"]), "--stop-at", stop_at,
               "--out", str(folder)]
        for k, v in spec["sets"].items():
            cmd += ["--set", f"{k}={v}"]
        if spec["start_spread"]:
            cmd += ["--robot-set", f"start_spread={spec['start_spread']}"]
        for k, v in spec["robot_sets"].items():
            cmd += ["--robot-set", f"{k}={v}"]
        return cmd

    def next_step(self, spec, folder):
        """What the folder still needs: (steps, stop_at) for one more `train`, or None if done.
        First to the first solved evaluation (or the budget's final evaluation), then on to
        `held_over` more evaluations on the same evaluation grid (a verdict of 'no' ends it
        early). Judged from progress.csv alone, so a run killed after its last evaluation is
        done too."""
        evals = learning_row.read_progress(folder)
        i = learning_row.first_solved(evals)
        last = int(evals[-1]["env_step"]) if evals else 0
        if i is None:
            return None if last >= spec["steps"] else (spec["steps"], "solved")
        held = spec["held_over"]
        if held <= 0 or len(evals) - 1 - i >= held or learning_row.held_verdict(evals, held):
            return None
        k = spec["eval_every"]
        target = (int(evals[i]["env_step"]) // k + held) * k
        return None if last >= target else (target, "steps")

    def run_one(self, spec):
        if self.stopping.is_set():
            return
        folder = pathlib.Path(self.args.runs) / self.folder_name(spec)
        todo = self.next_step(spec, folder)
        if self.args.dry_run:
            self.say(f"{folder.name}: " + (
                f"would train to {todo[0]} steps (stop at {todo[1]})" if todo else "done"))
            return
        folder.mkdir(parents=True, exist_ok=True)
        saved = learning_row.load_spec(folder) or {}
        commits = saved.get("commits", [])
        if todo and self.commit not in commits:
            commits.append(self.commit)
        spec = {**spec, "commits": commits}
        (folder / "bench-run.json").write_text(json.dumps(spec, indent=1) + "\n")
        label = self.folder_name(spec)
        while todo and not self.stopping.is_set():
            steps, stop_at = todo
            self.say(f"{label}: train to {steps} steps (stop at {stop_at})")
            with open(folder.parent / (folder.name + ".log"), "a") as log:
                child = subprocess.Popen(self.command(spec, folder, steps, stop_at),
                                         stdout=log, stderr=subprocess.STDOUT)
                with self.lock:
                    self.children.add(child)
                    if self.stopping.is_set():  # the signal came between Popen and add
                        child.send_signal(signal.SIGTERM)
                rc = child.wait()
                with self.lock:
                    self.children.discard(child)
            if self.stopping.is_set():
                return
            before, todo = todo, self.next_step(spec, folder)
            if rc != 0 or todo == before:  # failed, or ended without getting any further
                self.failed.append(label)
                self.say(f"{label}: sigent-lab train " +
                         (f"failed ({rc})" if rc else "ended short of its goal") +
                         f", see {folder}.log")
                return
        self.record(folder, spec, label)

    def record(self, folder, spec, label):
        row = learning_row.row_for(folder, spec, self.args.warmup_updates, self.args.q_block)
        if row is None:
            return
        with self.lock:
            learning_row.upsert_row(self.args.out, row)
        self.say(f"{label}: done, solved at {row['steps_to_solved']}, held "
                 f"'{row['held']}', final {row['final_success_rate']}")

    # --- the whole grid ------------------------------------------------------------------------
    def stop(self, signum, _frame):
        """SIGINT/SIGTERM: every running train stores its episode and a checkpoint and exits;
        the same command resumes them."""
        self.stopping.set()
        with self.lock:
            for child in self.children:
                if child.poll() is None:
                    child.send_signal(signal.SIGTERM)

    def plot(self):
        plot_bin = self.args.plot_bin
        if self.args.no_plot or not plot_bin or not os.path.exists(plot_bin):
            if not self.args.no_plot:
                self.say(f"no plots: {plot_bin or 'sigent-lab-plot'} not built")
            return 0
        out_dir = pathlib.Path(self.args.out).parent / "plots"
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.run([plot_bin, "--csv", str(self.args.out), "--out", str(out_dir)],
                              env=env).returncode

    def run(self):
        specs = self.specs()
        runs = pathlib.Path(self.args.runs)
        if not self.args.dry_run and any(
                self.next_step(s, runs / self.folder_name(s)) for s in specs):
            check_methods(self.args)
        self.say(f"{len(specs)} runs, {self.args.parallel} at a time, in {self.args.runs}; "
                 f"rows in {self.args.out}")
        signal.signal(signal.SIGINT, self.stop)
        signal.signal(signal.SIGTERM, self.stop)
        with ThreadPoolExecutor(max_workers=self.args.parallel) as pool:
            futures = [pool.submit(self.run_one, s) for s in specs]
            while any(not f.done() for f in futures):
                time.sleep(0.2)  # the main thread must stay free to take the signal
            for f in futures:
                f.result()
        if self.stopping.is_set():
            self.say("stopped: the same command resumes the grid")
            return 130
        plotted = 0 if self.args.dry_run else self.plot()
        if self.failed:
            self.say(f"{len(self.failed)} run(s) failed: {', '.join(self.failed)}")
            return 1
        return 1 if plotted != 0 else 0


def parse(argv):
    build = pathlib.Path(os.environ.get("LAB_BUILD_DIR", ROOT / "build"))
    p = argparse.ArgumentParser(
        prog="bench learning", description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--methods", type=csv_list, default=["sigent"],
                   help="presets, comma-separated (default sigent)")
    p.add_argument("--robots", type=csv_list, default=DEFAULT_ROBOTS,
                   help=f"comma-separated, of {', '.join(ROBOTS)} (default the four sims)")
    p.add_argument("--obs", choices=["image", "state", "both"],
                   help="observation (default each robot's: image, point-reach state)")
    p.add_argument("--seeds", type=lambda t: [int(x) for x in csv_list(t)], default=[1, 2, 3],
                   help="learner seeds, comma-separated (default 1,2,3)")
    p.add_argument("--spread", type=number_text,
                   help="start_spread for every sim (default each robot's)")
    p.add_argument("--demo-seed", type=int, default=42, help="the demo's start (default 42)")
    p.add_argument("--steps", action="append", metavar="N|ROBOT=N",
                   help="env-step budget (default each robot's)")
    p.add_argument("--eval-every", action="append", metavar="K|ROBOT=K",
                   help="steps between evaluations (default each robot's)")
    p.add_argument("--eval-episodes", type=int, default=20, help="episodes per evaluation (20)")
    p.add_argument("--held", type=int, default=2,
                   help="evaluations run past the first solved one to see it hold (default 2)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="learner key for every run; part of the run's identity (variant)")
    p.add_argument("--robot-set", action="append", default=[], metavar="KEY=VALUE",
                   help="robot setting for every run (e.g. camera_noise=0.2); part of the "
                        "variant (start_spread: --spread)")
    p.add_argument("--parallel", type=int, default=2, help="runs at a time (default 2)")
    p.add_argument("--runs", default=str(ROOT / "runs" / "bench" / "learning"),
                   help="where run folders go (default runs/bench/learning)")
    p.add_argument("--out", default=str(ROOT / "bench" / "results" / "learning.csv"),
                   help="the CSV (default bench/results/learning.csv); plots go to plots/ beside")
    p.add_argument("--bin", default=str(build / "bin" / "sigent-lab"),
                   help="the sigent-lab binary that trains (a copy keeps a long grid on one "
                        "engine while the tree is rebuilt)")
    p.add_argument("--plot-bin", default=str(build / "bin" / "sigent-lab-plot"))
    p.add_argument("--no-plot", action="store_true")
    p.add_argument("--plot-only", action="store_true", help="only redraw the plots from --out")
    p.add_argument("--table", action="store_true",
                   help="only print --out's runs as Markdown tables, one line per method and "
                        "variant over its seeds")
    p.add_argument("--from-demo-start", action="store_true",
                   help="only run each finished run's final policy once from the demo's own "
                        "start and print its length beside the demo's (the grid the other "
                        "options select)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what each run still needs (done, or train to N steps); run nothing")
    p.add_argument("--warmup-updates", type=int, default=1000,
                   help="updates left out of q_oscillation and ood_action_ratio (1000)")
    p.add_argument("--q-block", type=int, default=100,
                   help="updates per block mean in q_oscillation (100)")
    a = p.parse_args(argv)
    for r in a.robots:
        if r not in ROBOTS:
            p.error(f"unknown robot '{r}'; available: {', '.join(ROBOTS)}")
    for option, values in (("--set", a.set), ("--robot-set", a.robot_set)):
        for kv in values:
            if "=" not in kv or kv.startswith("="):
                p.error(f"{option} takes KEY=VALUE, got '{kv}'")
    if any(kv.startswith("start_spread=") for kv in a.robot_set):
        p.error("the start spread is --spread (it has its own column), not --robot-set")
    if a.parallel < 1 or a.eval_episodes < 1 or a.held < 0 or a.q_block < 1:
        p.error("--parallel, --eval-episodes and --q-block must be >= 1, --held >= 0")
    trains = not (a.plot_only or a.table)
    if trains and os.path.isdir(a.bin):
        p.error(f"--bin takes the sigent-lab binary, not a folder: {a.bin}/sigent-lab?")
    if trains and not os.access(a.bin, os.X_OK):
        p.error(f"{a.bin} is not built (./lab build)")
    return a


def check_methods(args):
    """Refuses an unknown method before anything trains (asked of the binary: a process start,
    so only when something is to be trained)."""
    known = presets(args.bin)
    for m in args.methods:
        if known and m not in known:
            raise SystemExit(f"bench learning: unknown method '{m}'; the presets: "
                             f"{', '.join(known)}")


def main(argv):
    args = parse(argv)
    if args.table:
        if not os.path.exists(args.out):
            raise SystemExit(f"bench learning: no results yet at {args.out}")
        print(learning_table.tables(learning_row.read_rows(args.out).values()))
        return 0
    runner = Runner(args)
    if args.from_demo_start:
        return learning_demo_start.report(runner.specs(), args.runs, args.bin, Runner.folder_name)
    if args.plot_only:
        return runner.plot()
    return runner.run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
