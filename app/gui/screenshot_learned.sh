#!/usr/bin/env bash
# Takes docs/screenshot-learned.png: the real window under Xvfb after it learned a robot's task
# from one demonstration, in lockstep. The autopilot records the scripted expert's demo and
# trains unattended; the window evaluates 20 episodes every EVAL_EVERY steps, stops training at
# the first 20/20 and grabs itself 3 s later (the Evaluate result and the success-rate curve
# visible). Settings and the session go to a temporary folder (kept in SESSION if given).
#   app/gui/screenshot_learned.sh [OUTPUT.png]
#   env: ROBOT (slalom-quadruped), OBS (image), EVAL_EVERY (500), LIMIT_S (7200), LAB_BUILD_DIR,
#        SESSION (a folder to keep the session in), EXTRA (more sigent-lab-gui options)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${LAB_BUILD_DIR:-$ROOT/build}"
OUT="${1:-$ROOT/docs/screenshot-learned.png}"
GUI="$BUILD/bin/sigent-lab-gui"
[[ -x "$GUI" ]] || { echo "screenshot_learned.sh: $GUI not built" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
SESSION="${SESSION:-$TMP/session}"
# One learner thread: two OpenMP threads on a shared 2-core machine run several times slower.
echo '{"num_threads": 1}' > "$TMP/config.json"
# shellcheck disable=SC2086
xvfb-run -a -s "-screen 0 1600x1000x24" "$GUI" --settings-dir "$TMP/settings" \
  --session-dir "$SESSION" --config "$TMP/config.json" --robot "${ROBOT:-slalom-quadruped}" --obs "${OBS:-image}" \
  --autopilot --lockstep --eval-every "${EVAL_EVERY:-500}" --stop-when-solved --no-gamepad \
  --language "${LAB_LANGUAGE:-en}" --screenshot "$OUT" --screenshot-when-solved \
  --after "${LIMIT_S:-7200}" ${EXTRA:-}
