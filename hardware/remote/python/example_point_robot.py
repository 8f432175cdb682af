#!/usr/bin/env python3
"""The robot kit's example robot (sigentlab_robot.point_robot.PointRobot) on the robot bridge.

    python3 hardware/remote/python/example_point_robot.py --listen 127.0.0.1:50061 --token T

then, in the window's Robot panel, plugin remote-robot with settings
{"address": "127.0.0.1:50061", "token": "T"}; use Pacing "real time" (it is no simulation).
The token may also come from SIGENTLAB_TOKEN. SIGINT/SIGTERM stop the robot and the server.
"""
import argparse
import os
import secrets
import signal
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sigentlab_robot import serve  # noqa: E402
from sigentlab_robot.point_robot import PointRobot  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:50061")
    parser.add_argument("--token", default=os.environ.get("SIGENTLAB_TOKEN", ""))
    parser.add_argument("--watchdog-ms", type=int, default=300)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    args = parser.parse_args()
    token = args.token
    if not token:
        token = secrets.token_hex(16)
        print(f"token: {token}", flush=True)
    robot = PointRobot()
    server = serve(robot, args.listen, token, args.watchdog_ms / 1000.0, args.tls_cert,
                   args.tls_key)
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    done.wait()
    server.stop()
    print(f"robot server stopped: {server.servicer.commands_applied} commands applied, last "
          f"velocity {robot.last_velocity}", flush=True)


if __name__ == "__main__":
    main()
