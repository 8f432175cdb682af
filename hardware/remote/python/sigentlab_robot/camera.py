"""OpenCVCamera: the newest frame of a camera (or video file) as the learner's grey square.

A background thread keeps reading so read() returns the newest frame at once, never one that
waited in the driver's queue (what matters for control). Frames are centre-cropped to a square,
converted to grey and resized with INTER_AREA. This is how a lab adds a USB camera to a robot
that has none: the robot server on the PC the camera is plugged into (docs/ROBOTS.md).
"""
import threading
import time

import cv2
import numpy as np


class OpenCVCamera:
    def __init__(self, source=0, image_size=64, raw_size=256):
        self.image_size = image_size
        self.raw_size = raw_size
        self._capture = cv2.VideoCapture(source)
        if not self._capture.isOpened():
            raise RuntimeError(f"cannot open camera {source!r}")
        self._lock = threading.Lock()
        self._frame = None
        self._captured_at = 0.0
        self._running = True
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while self._running:
            ok, frame = self._capture.read()
            if not ok:
                time.sleep(0.01)
                continue
            with self._lock:
                self._frame = frame
                self._captured_at = time.monotonic()

    @staticmethod
    def square_grey(frame, size):
        if frame.ndim == 3:
            frame = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        h, w = frame.shape
        side = min(h, w)
        top, left = (h - side) // 2, (w - side) // 2
        crop = frame[top:top + side, left:left + side]
        return np.ascontiguousarray(cv2.resize(crop, (size, size), interpolation=cv2.INTER_AREA))

    def read(self, max_age_s=0.5):
        """(image, raw_image) of the newest frame; None, None if none is younger than max_age_s."""
        with self._lock:
            frame, at = self._frame, self._captured_at
        if frame is None or time.monotonic() - at > max_age_s:
            return None, None
        return self.square_grey(frame, self.image_size), self.square_grey(frame, self.raw_size)

    def close(self):
        self._running = False
        self._thread.join(timeout=1.0)
        self._capture.release()
