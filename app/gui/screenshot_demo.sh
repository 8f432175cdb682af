#!/usr/bin/env bash
# Takes docs/screenshot-demo.png: a demo recorded BY HAND in the real window (keys sent with
# xdotool to the window under Xvfb, as a person types them), then replayed on the robot; the
# window grabs itself two seconds into the replay and quits. The keys: R (Record), arrows to
# drive the arm, S (Success), D (Replay demo). Settings and the session go to a temporary
# folder (kept when KEEP=1, to read its database afterwards).
#   app/gui/screenshot_demo.sh [OUTPUT.png]      (env: LAB_BUILD_DIR, ROBOT, KEEP)
# Needs xvfb-run and xdotool (Debian: xvfb, xdotool).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${LAB_BUILD_DIR:-$ROOT/build}"
OUT="$(realpath -m "${1:-$ROOT/docs/screenshot-demo.png}")"
ROBOT="${ROBOT:-push-cube}"
GUI="$BUILD/bin/sigent-lab-gui"
[[ -x "$GUI" ]] || { echo "screenshot_demo.sh: $GUI not built" >&2; exit 1; }
for tool in xvfb-run xdotool sqlite3; do
  command -v "$tool" >/dev/null || { echo "screenshot_demo.sh: needs $tool" >&2; exit 1; }
done
if [[ -n "${TMP_PARENT:-}" ]]; then
  TMP="$TMP_PARENT"
else
  TMP="$(mktemp -d)"
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "screenshot_demo.sh: session kept in $TMP/session" >&2
  else
    trap 'rm -rf "$TMP"' EXIT
  fi
fi

# Runs inside the virtual display: start the window, wait on what it shows, type.
drive() {
  "$GUI" --settings-dir "$TMP/settings" --session-dir "$TMP/session" --robot "$ROBOT" \
    --no-gamepad --language en --screenshot "$OUT" --after 180 --screenshot-during-replay &
  local gui=$! win="" db="$TMP/session/session.sqlite"
  wait_for() {  # wait_for SECONDS COMMAND...: until COMMAND succeeds, or fail
    local limit=$1; shift
    for ((i = 0; i < limit * 10; ++i)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "screenshot_demo.sh: timed out waiting for: $*" >&2
    kill "$gui" 2>/dev/null; return 1
  }
  wait_for 60 xdotool search --name "SigEnt Lab"
  win=$(xdotool search --name "SigEnt Lab" | head -1)
  xdotool windowfocus --sync "$win"
  wait_for 60 test -f "$db"  # the session is created when the robot is connected
  sleep 1                    # the window learns of the connection through a queued signal
  xdotool key --window "$win" r                               # Record demo
  sleep 1                                                     # the clock waits for a move
  # Worked out from the first frame of the push-cube demo start (session seed 1): behind the
  # cube's left face, push it right under the target, go round below it, push it up.
  local moves=${MOVES:-"Down 0.29 Right 0.49 Left 0.08 Down 0.32 Right 0.34 Up 0.75"}
  read -r -a m <<< "$moves"
  for ((k = 0; k + 1 < ${#m[@]}; k += 2)); do
    key=${m[k]} seconds=${m[k + 1]}
    xdotool keydown --window "$win" "$key"; sleep "$seconds"; xdotool keyup --window "$win" "$key"
  done
  xdotool key --window "$win" s                               # Success
  demo_stored() {
    [[ "$(sqlite3 "file:$db?mode=ro" "select count(*) from episodes where kind='demo'")" -ge 1 ]]
  }
  wait_for 30 demo_stored
  local by
  by=$(sqlite3 "file:$db?mode=ro" "select labelled_by from episodes where kind='demo' limit 1")
  # The sim's success detector ends the demo once the cube is in the target; "operator" means
  # the keys' timing missed it and S labelled a push that did not get there.
  [[ "$by" == detector ]] || echo "screenshot_demo.sh: the demo did not reach the target (labelled by $by)" >&2
  sleep 1
  xdotool key --window "$win" d                               # Replay demo
  wait "$gui"
}
if [[ "${LAB_INSIDE_XVFB:-0}" == 1 ]]; then
  drive
else
  # The same script again inside the virtual display (xvfb-run's sh drops exported functions).
  LAB_INSIDE_XVFB=1 TMP_PARENT="$TMP" xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$OUT"
  echo "screenshot_demo.sh: $OUT"
fi
