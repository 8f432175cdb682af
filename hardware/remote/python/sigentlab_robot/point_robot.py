"""PointRobot: the kit's example robot, needing no hardware. A point on a 2-D plane that keeps
moving at the velocity last commanded (like a mobile base: its own thread integrates the motion
at 100 Hz, so the watchdog and the e-stop matter), seen by a 64x64 grey "camera" drawn with
OpenCV, with a goal ring, a success detector and a scripted expert. It is what a lab's
RobotBase subclass looks like: send_velocity() and stop() are where an SDK's calls go.

The view follows the window's keys: +x (dim 0, Up) points up the image, +y (dim 1, Left) to
the left.
"""
import math
import random
import threading
import time

import cv2
import numpy as np

from .robot import ActionDim, Observation, RobotBase, RobotInfo


class PointRobot(RobotBase):
    SPEED = 1.0          # units/s at full command
    GOAL_RADIUS = 0.12
    START = (-0.5, -0.4)
    GOAL = (0.5, 0.4)

    info = RobotInfo(
        id="kit-point", name="Kit point robot (Python example)",
        description="A 2-D point drawn with OpenCV, served by the Python robot kit.",
        control_rate_hz=20.0, max_episode_steps=80, has_success_detector=True,
        has_scripted_expert=True, simulated=False)
    actions = [ActionDim("vx", "unit/s", -SPEED, SPEED), ActionDim("vy", "unit/s", -SPEED, SPEED)]
    state_names = ["x", "y", "goal_dx", "goal_dy"]
    has_raw_image = True

    def __init__(self):
        self.image_size = 64
        self._lock = threading.Lock()
        self._x, self._y = self.START
        self._gx, self._gy = self.GOAL
        self._v = (0.0, 0.0)
        self.last_velocity = (0.0, 0.0)   # what the "motors" were last told (for tests)
        self.stops = 0
        self._running = False
        self._thread = None

    # --- lifecycle ---
    def configure(self, settings, image_size, seed):
        unknown = set(settings) - {"goal_radius"}
        if unknown:
            print(f"kit-point: unknown settings {sorted(unknown)}", flush=True)
        self.GOAL_RADIUS = float(settings.get("goal_radius", self.GOAL_RADIUS))
        self.image_size = image_size
        self._running = True
        self._thread = threading.Thread(target=self._physics, daemon=True)
        self._thread.start()

    def cleanup(self):
        self.stop()
        self._running = False
        if self._thread:
            self._thread.join(timeout=1.0)

    def reset(self, seed):
        rng = random.Random(seed)
        with self._lock:
            self._v = (0.0, 0.0)
            self._x = self.START[0] + rng.uniform(-0.2, 0.2)
            self._y = self.START[1] + rng.uniform(-0.2, 0.2)
            self._gx = self.GOAL[0] + rng.uniform(-0.1, 0.1)
            self._gy = self.GOAL[1] + rng.uniform(-0.1, 0.1)

    # --- where a real robot's SDK calls go ---
    def send_velocity(self, physical):
        with self._lock:
            self._v = (physical[0], physical[1])
            self.last_velocity = self._v

    def stop(self):
        with self._lock:
            self._v = (0.0, 0.0)
            self.last_velocity = self._v
            self.stops += 1

    # --- sensing ---
    def observe(self):
        with self._lock:
            x, y, gx, gy = self._x, self._y, self._gx, self._gy
        return Observation(image=self._draw(self.image_size, x, y, gx, gy),
                           state=[x, y, gx - x, gy - y],
                           raw_image=self._draw(256, x, y, gx, gy))

    def detect_success(self):
        with self._lock:
            return math.hypot(self._gx - self._x, self._gy - self._y) < self.GOAL_RADIUS

    def scripted_action(self):
        with self._lock:
            dx, dy = self._gx - self._x, self._gy - self._y
        return [max(-1.0, min(1.0, 4.0 * dx)), max(-1.0, min(1.0, 4.0 * dy))]

    # --- internals ---
    def _physics(self):
        dt = 0.01
        while self._running:
            with self._lock:
                self._x = max(-1.0, min(1.0, self._x + self._v[0] * dt))
                self._y = max(-1.0, min(1.0, self._y + self._v[1] * dt))
            time.sleep(dt)

    @staticmethod
    def _pixel(size, x, y):
        # +x up the image, +y to the left.
        return (int(round((1.0 - y) * 0.5 * (size - 1))), int(round((1.0 - x) * 0.5 * (size - 1))))

    def _draw(self, size, x, y, gx, gy):
        image = np.full((size, size), 40, dtype=np.uint8)
        scale = (size - 1) * 0.5
        cv2.circle(image, self._pixel(size, gx, gy), max(1, int(self.GOAL_RADIUS * scale)), 150,
                   max(1, size // 64))
        cv2.circle(image, self._pixel(size, x, y), max(1, size // 20), 255, -1)
        return image
