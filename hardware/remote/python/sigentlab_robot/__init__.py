"""SigEnt Lab robot-server kit: serve a real robot to the lab's window over the robot bridge.

A lab fills RobotBase with its SDK's velocity and stop calls (and a camera), then serve()s it;
the window connects with the "remote-robot" plugin. The kit keeps the robot safe on its own:
newest command only, clamped to the action spec, a watchdog that stops the robot when commands
stop coming, an emergency stop that latches until acknowledged. See docs/ROBOTS.md.
"""
from .robot import ActionDim, Observation, RobotBase, RobotError, RobotInfo, RobotRetry
from .safety import SafetyGuard, StopSource, Verdict
from .server import RobotServer, serve

__all__ = ["ActionDim", "Observation", "RobotBase", "RobotError", "RobotInfo", "RobotRetry",
           "SafetyGuard", "StopSource", "Verdict", "RobotServer", "serve"]
