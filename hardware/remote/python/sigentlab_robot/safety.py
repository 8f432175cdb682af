"""SafetyGuard: the robot server's safety logic, the same as the C++ RobotSafetyGuard
(hardware/remote/robot_safety_guard.h).

- only the newest command is applied: a sequence number not above the last applied one is stale;
- commands are clamped to [-1, 1] (normalised); a wrong size or NaN/inf is refused;
- watchdog: once a command was applied, if no new one comes within the timeout (default 0.3 s)
  watchdog_due() is true ONCE and the server stops the robot; the next command re-arms it;
- the emergency stop latches until acknowledged by the side that pressed it (a stop pressed at
  the robot cannot be acknowledged by the remote client, not even by connecting again).

Pure logic with the time passed in (seconds, time.monotonic()). Not thread-safe: the server
holds its lock around every call.
"""
import enum
import math


class Verdict(enum.Enum):
    APPLY = "apply"
    STALE = "stale"
    EMERGENCY_STOPPED = "emergency stopped"
    INVALID = "invalid"


class StopSource(enum.Enum):
    CLIENT = "client"
    ROBOT = "robot"


class SafetyGuard:
    DEFAULT_WATCHDOG_S = 0.3

    def __init__(self, action_dims=0, watchdog_s=DEFAULT_WATCHDOG_S):
        self.dims = action_dims
        self.watchdog_s = watchdog_s
        self.last_sequence = 0
        self.watchdog_trips = 0
        self._armed = False
        self._last_command_at = 0.0
        self._latched = False
        self._latched_by = StopSource.CLIENT

    def start_session(self, action_dims):
        """A client configured the robot (the operator pressed Connect): sequences start over,
        and a stop the previous client pressed counts as acknowledged; one pressed at the robot
        stays."""
        self.dims = action_dims
        self.last_sequence = 0
        self.watchdog_trips = 0
        self._armed = False
        if self._latched_by is StopSource.CLIENT:
            self._latched = False

    def admit(self, sequence, command, now):
        """Returns (verdict, clamped command, why)."""
        if self._latched:
            if self._latched_by is StopSource.ROBOT:
                why = "the emergency stop pressed at the robot is latched; acknowledge it there"
            else:
                why = "the emergency stop is latched; acknowledge it first"
            return Verdict.EMERGENCY_STOPPED, None, why
        if sequence <= self.last_sequence:
            return (Verdict.STALE, None, f"command {sequence} is stale: command "
                    f"{self.last_sequence} was already applied")
        if len(command) != self.dims:
            return (Verdict.INVALID, None,
                    f"the command has {len(command)} values, the robot takes {self.dims}")
        for i, v in enumerate(command):
            if not math.isfinite(v):
                return Verdict.INVALID, None, f"command value {i} is not a finite number"
        clamped = [min(1.0, max(-1.0, float(v))) for v in command]
        self.last_sequence = sequence
        self._last_command_at = now
        self._armed = True
        return Verdict.APPLY, clamped, ""

    def watchdog_due(self, now):
        if not self._armed or now - self._last_command_at < self.watchdog_s:
            return False
        self._armed = False
        self.watchdog_trips += 1
        return True

    def next_deadline(self):
        """When the watchdog would fire next (None when disarmed)."""
        return self._last_command_at + self.watchdog_s if self._armed else None

    def emergency_stop(self, source):
        if not self._latched or source is StopSource.ROBOT:
            self._latched_by = source
        self._latched = True
        self._armed = False

    def acknowledge(self, source):
        """Returns (cleared, why)."""
        if not self._latched:
            return True, ""
        if self._latched_by is StopSource.ROBOT and source is not StopSource.ROBOT:
            return False, "the emergency stop was pressed at the robot; acknowledge it there"
        self._latched = False
        return True, ""

    @property
    def emergency_stopped(self):
        return self._latched
