#!/usr/bin/env bash
# Takes docs/screenshot.png: the real window under Xvfb, training on the simulated push-cube.
# The autopilot records a demo with the robot's scripted expert, then trains unattended; the
# window grabs itself after SECONDS and quits. Settings and the session go to a temporary
# folder, so the operator's own settings and sessions are untouched.
#   app/gui/screenshot.sh [SECONDS] [OUTPUT.png]       (env: LAB_BUILD_DIR, OBS=state|image)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${LAB_BUILD_DIR:-$ROOT/build}"
SECONDS_TO_WAIT="${1:-90}"
OUT="${2:-$ROOT/docs/screenshot.png}"
OBS="${OBS:-state}"
GUI="$BUILD/bin/sigent-lab-gui"
[[ -x "$GUI" ]] || { echo "screenshot.sh: $GUI not built (cmake --build $BUILD --target sigent-lab-gui)" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
ARGS=(--settings-dir "$TMP/settings" --session-dir "$TMP/session" --robot push-cube --obs "$OBS"
      --autopilot --no-gamepad --language "${LAB_LANGUAGE:-en}"
      --screenshot "$OUT" --after "$SECONDS_TO_WAIT")
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "$GUI" "${ARGS[@]}"
else
  echo "screenshot.sh: xvfb-run not found, using Qt's offscreen platform" >&2
  QT_QPA_PLATFORM=offscreen "$GUI" "${ARGS[@]}"
fi
