#!/usr/bin/env bash
# Measures where the window's CPU goes while it trains: runs sigent-lab-gui under Xvfb with the
# autopilot (scripted demo, unattended training) for SECONDS, and reports each thread's CPU
# share (utime+stime from /proc/PID/task/*/stat) between WARMUP and the end, the GUI thread
# (tid == pid) first. Settings and the session go to a temporary folder.
#   app/gui/measure_gui_cpu.sh [SECONDS] [WARMUP]   (env: LAB_BUILD_DIR, GUI, ROBOT, OBS, EXTRA,
#                                                  SHOT: keep the final screenshot there,
#                                                  SESSION: keep the session there)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${LAB_BUILD_DIR:-$ROOT/build}"
TOTAL="${1:-300}"
WARMUP="${2:-60}"
GUI="${GUI:-$BUILD/bin/sigent-lab-gui}"
[[ -x "$GUI" ]] || { echo "measure_gui_cpu.sh: $GUI not built" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# shellcheck disable=SC2206
ARGS=(--settings-dir "$TMP/settings" --session-dir "${SESSION:-$TMP/session}" --robot "${ROBOT:-push-cube}"
      --obs "${OBS:-image}" --autopilot --no-gamepad --language en
      --screenshot "${SHOT:-$TMP/shot.png}" --after "$((TOTAL + 5))" ${EXTRA:-})
xvfb-run -a -s "-screen 0 1600x1000x24" "$GUI" "${ARGS[@]}" >"$TMP/out.log" 2>&1 &
RUNNER=$!
EXE="$(readlink -f "$GUI")"
PID=""
for _ in $(seq 100); do
  for p in $(pgrep -f -- "--settings-dir $TMP/settings" || true); do
    [[ "$(readlink "/proc/$p/exe" 2>/dev/null || true)" == "$EXE" ]] && PID="$p"
  done
  [[ -n "$PID" ]] && break
  sleep 0.2
done
[[ -n "$PID" ]] || { echo "measure_gui_cpu.sh: the window did not start" >&2; cat "$TMP/out.log" >&2; exit 1; }
snapshot() {  # tid name ticks
  for t in /proc/"$PID"/task/*; do
    # fields after "(comm) ": state is f[0], utime f[11], stime f[12]; a thread may end meanwhile
    read -r -a f < <(sed 's/^.*) //' "$t/stat" 2>/dev/null) || continue
    echo "${t##*/} $(tr ' ' '_' <"$t/comm" 2>/dev/null) $((f[11] + f[12]))"
  done
}
sleep "$WARMUP"
snapshot >"$TMP/a"; T0=$(date +%s.%N)
sleep "$((TOTAL - WARMUP))"
snapshot >"$TMP/b"; T1=$(date +%s.%N)
HZ=$(getconf CLK_TCK)
echo "sigent-lab-gui pid $PID, ${ROBOT:-push-cube} ${OBS:-image} ${EXTRA:-}, CPU % of one core from ${WARMUP}s to ${TOTAL}s:"
join <(sort -k1,1 "$TMP/a") <(sort -k1,1 "$TMP/b") | awk -v hz="$HZ" -v dt="$(echo "$T1 - $T0" | bc)" -v pid="$PID" '
  { pct = ($5 - $3) / hz / dt * 100; if (pct >= 0.5 || $1 == pid)
      printf "%s %-16s %6.1f%%%s\n", $1, $2, pct, ($1 == pid ? "  <- GUI thread" : "") }' |
  sort -k3,3 -rn
wait "$RUNNER" || true
