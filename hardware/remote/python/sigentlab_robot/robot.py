"""RobotBase: what a lab fills in for its robot (the Python twin of the C++ plugin interface,
hardware/api/robot_interface.h). The server calls every method from one thread at a time.

Fill in at least send_velocity() and stop() with your SDK's calls, observe() with your camera
(OpenCVCamera) and state, and describe the robot in `info` and `actions`. Raise RobotRetry for
a transient failure (a late frame) and RobotError (or any exception) when the robot is
unusable; the message reaches the operator's window.
"""
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np


class RobotError(Exception):
    """The robot is unusable: the window stops the episode and shows the message."""


class RobotRetry(Exception):
    """A transient failure: the call may be repeated."""


@dataclass
class ActionDim:
    name: str           # "vx"
    unit: str           # "m/s"
    min: float = -1.0   # physical value at normalised -1
    max: float = 1.0    # physical value at normalised +1

    def to_physical(self, normalised):
        return self.min + (normalised + 1.0) * 0.5 * (self.max - self.min)

    def to_normalised(self, physical):
        return 2.0 * (physical - self.min) / (self.max - self.min) - 1.0


@dataclass
class RobotInfo:
    id: str
    name: str
    description: str = ""
    version: str = "1.0.0"
    control_rate_hz: float = 10.0
    max_episode_steps: int = 100
    operator_reset: bool = False    # True: the operator sets the scene up before each episode
    has_success_detector: bool = False
    has_failure_detector: bool = False
    has_scripted_expert: bool = False
    simulated: bool = False         # never True for a physical robot


@dataclass
class Observation:
    image: Optional[np.ndarray] = None      # (image_size, image_size) uint8 grey, or None
    state: List[float] = field(default_factory=list)
    raw_image: Optional[np.ndarray] = None  # a larger grey operator view, optional


class RobotBase:
    """Subclass and fill in. Dims follow the window's keys (ROS REP-103): dim 0 forward (Up),
    dim 1 to the left (Left), dim 2 counter-clockwise (Q/E)."""

    info = RobotInfo(id="robot", name="Robot")
    actions: List[ActionDim] = []
    state_names: List[str] = []
    has_camera = True        # False: state only, no image
    has_raw_image = False

    # --- lifecycle (optional) ---
    def configure(self, settings, image_size, seed):
        """Open the SDK connection; check `settings` (a dict of numbers, flags and texts)."""
        self.image_size = image_size

    def activate(self):
        """Motors on: commands are obeyed from now on."""

    def deactivate(self):
        """Stop and hold."""
        self.stop()

    def cleanup(self):
        """Release the SDK connection."""

    def reset(self, seed):
        """Start an episode: move to a start (automatic) or re-arm after the operator's reset."""

    # --- control (required) ---
    def send_velocity(self, physical):
        """Command these velocities (physical units, one per ActionDim) until the next call."""
        raise NotImplementedError

    def stop(self):
        """Zero velocity NOW (the watchdog, the e-stop and deactivate call it). Must not fail."""
        raise NotImplementedError

    def observe(self):
        """The newest Observation."""
        raise NotImplementedError

    # --- optional capabilities (see RobotInfo) ---
    def detect_success(self):
        return False

    def detect_failure(self):
        return False

    def scripted_action(self):
        """A normalised action of a scripted expert, or None."""
        return None
