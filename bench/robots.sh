#!/usr/bin/env bash
# Re-measures the four simulated robots' steps to the first 20/20 evaluation through the one
# engine (`sigent-lab train`, the window's TrainingController in lockstep), 3 seeds each, two
# runs at a time with one thread each. Resumable: a run folder with final.ckpt is done and
# skipped; an unfinished one is reopened by the controller and goes on from its last
# checkpoint. Results: bench/results/robots.csv (one row per finished run, by
# bench/summarise.py), the runs in runs/bench/.
#   bench/robots.sh [ROBOT...]      (default: all four)
#   LAB_BENCH_SEEDS="1 3" LAB_BENCH_PARALLEL=1 bench/robots.sh slalom-humanoid
# The CSV keeps the rows of runs measured earlier whose folders are gone.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${LAB_BENCH_BIN:-${LAB_BUILD_DIR:-$ROOT/build}/bin/sigent-lab}"
OUT="$ROOT/runs/bench"
PARALLEL="${LAB_BENCH_PARALLEL:-2}"
mkdir -p "$OUT" "$ROOT/bench/results"

# robot | extra arguments (the commands of docs/BENCHMARKS.md, "Simulated robots on images")
args_for() {
  case "$1" in
    slalom-quadruped) echo "--steps 20000 --eval-every 500 --robot-set start_spread=1" ;;
    push-cube) echo "--steps 30000 --eval-every 1000 --robot-set start_spread=0.5" ;;
    ball-to-goal) echo "--steps 40000 --eval-every 1000 --robot-set start_spread=0.25" ;;
    slalom-humanoid) echo "--steps 40000 --eval-every 1000 --robot-set start_spread=0.5 --set frame_stack=2" ;;
  esac
}

robots=("$@")
((${#robots[@]})) || robots=(slalom-quadruped push-cube ball-to-goal slalom-humanoid)
jobs=()
read -r -a seeds <<< "${LAB_BENCH_SEEDS:-1 2 3}"
for r in "${robots[@]}"; do for s in "${seeds[@]}"; do jobs+=("$r $s"); done; done

run_one() {
  local robot=$1 seed=$2 dir="$OUT/$1-$2"
  [[ -f "$dir/final.ckpt" ]] && return 0
  # shellcheck disable=SC2046
  "$BIN" train --robot "$robot" --obs image --seed "$seed" --set num_threads=1 \
    $(args_for "$robot") --out "$dir" > "$dir.log" 2>&1
  python3 "$ROOT/bench/summarise.py" "$OUT" "$ROOT/bench/results/robots.csv"
}

for job in "${jobs[@]}"; do
  while (($(jobs -rp | wc -l) >= PARALLEL)); do wait -n; done
  run_one $job &
done
wait
python3 "$ROOT/bench/summarise.py" "$OUT" "$ROOT/bench/results/robots.csv"
cat "$ROOT/bench/results/robots.csv"
