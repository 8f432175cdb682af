"""RobotServer: serves one RobotBase over the robot bridge (robot_bridge.proto), like the C++
`sigent-lab serve-robot`. The shared token is checked on every call (hmac.compare_digest); a
wrong one is refused with UNAUTHENTICATED "the robot server refused the token". TLS when a
certificate and key are given. Messages are bounded (4 MiB). Robot calls run one at a time
under a lock; a watchdog thread stops the robot when no Step came within the timeout.
"""
import hmac
import random
import threading
import time
from concurrent import futures

import cv2
import grpc
import numpy as np

from .robot import RobotRetry
from .safety import SafetyGuard, StopSource, Verdict
from .stubs import pb, pb_grpc

MAX_MESSAGE_BYTES = 4 * 1024 * 1024
TOKEN_KEY = "sigentlab-token"
REFUSED_TOKEN = "the robot server refused the token"


def _grey(image, encoding):
    """pb.Image of a 2-D uint8 array: raw GREY8 (lossless, what the learner should get) or PNG."""
    image = np.ascontiguousarray(image, dtype=np.uint8)
    h, w = image.shape
    if encoding == "png":
        ok, data = cv2.imencode(".png", image)
        if not ok:
            raise RuntimeError("PNG encoding failed")
        return pb.Image(width=w, height=h, encoding=pb.Image.PNG, data=data.tobytes())
    return pb.Image(width=w, height=h, encoding=pb.Image.GREY8, data=image.tobytes())


def _settings(request):
    out = {}
    for key, value in request.settings.items():
        kind = value.WhichOneof("value")
        out[key] = getattr(value, kind) if kind else None
    return out


class _Servicer(pb_grpc.RobotBridgeServicer):
    def __init__(self, robot, token, watchdog_s, raw_encoding):
        self.robot = robot
        self.token = token.encode()
        self.guard = SafetyGuard(len(robot.actions), watchdog_s)
        self.raw_encoding = raw_encoding
        self.lock = threading.Condition()
        self.state = "unconfigured"
        self.session = 0
        self.observations = 0
        self.applied = [0.0] * len(robot.actions)
        self.commands_applied = 0
        self.closed = False

    # --- plumbing ---
    def _authorise(self, context):
        sent = dict(context.invocation_metadata()).get(TOKEN_KEY, "")
        if not hmac.compare_digest(sent.encode(), self.token):
            context.abort(grpc.StatusCode.UNAUTHENTICATED, REFUSED_TOKEN)

    def _session(self, request, context):
        if self.session == 0:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                          "the robot is not configured: Configure first")
        if request.session != self.session:
            context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                          "another client took over the robot (this session ended)")

    def _call(self, fn):
        """Runs a robot call: (outcome, error)."""
        try:
            fn()
            return pb.OK, ""
        except RobotRetry as e:
            return pb.RETRY, str(e) or "the robot asks to retry"
        except Exception as e:  # noqa: BLE001: any robot failure reaches the window in words
            self._stop_quietly()
            self.state = "unconfigured"
            return pb.FATAL, f"{type(e).__name__}: {e}"

    def _stop_quietly(self):
        try:
            self.robot.stop()
        except Exception:  # noqa: BLE001: stop must not fail; the watchdog tries again
            pass
        self.applied = [0.0] * len(self.robot.actions)

    def _refuse_unless(self, state, call):
        if self.state != state:
            return pb.REFUSED, f"{call} refused in state {self.state} (allowed in: {state})"
        return None

    def _fill(self, reply):
        obs = self.robot.observe()
        o = reply.observation
        if obs.image is not None:
            o.image.CopyFrom(_grey(obs.image, "grey"))
        o.state.extend(float(v) for v in obs.state)
        if obs.raw_image is not None:
            o.raw_image.CopyFrom(_grey(obs.raw_image, self.raw_encoding))
        self.observations += 1
        o.sequence = self.observations
        o.command_sequence = self.guard.last_sequence
        o.capture_time_ns = time.time_ns()
        reply.success = bool(self.robot.info.has_success_detector and self.robot.detect_success())
        reply.failure = bool(self.robot.info.has_failure_detector and self.robot.detect_failure())
        reply.applied_command.extend(self.applied)
        if self.robot.info.has_scripted_expert:
            expert = self.robot.scripted_action()
            if expert is not None:
                reply.has_expert_action = True
                reply.expert_action.extend(float(v) for v in expert)
        reply.emergency_stopped = self.guard.emergency_stopped
        reply.outcome = pb.OK

    def _info(self):
        i = self.robot.info
        return pb.RobotInfo(
            id=i.id, name=i.name, description=i.description, version=i.version,
            control_rate_hz=i.control_rate_hz, max_episode_steps=i.max_episode_steps,
            reset_mode=pb.OPERATOR if i.operator_reset else pb.AUTOMATIC,
            has_success_detector=i.has_success_detector,
            has_failure_detector=i.has_failure_detector,
            has_scripted_expert=i.has_scripted_expert, simulated=i.simulated)

    def _actions(self):
        return pb.ActionSpec(dims=[pb.ActionDim(name=d.name, unit=d.unit, min=d.min, max=d.max)
                                   for d in self.robot.actions])

    # --- the service ---
    def GetInfo(self, request, context):
        self._authorise(context)
        with self.lock:
            return pb.InfoReply(info=self._info(), action_spec=self._actions())

    def Configure(self, request, context):
        self._authorise(context)
        if not 1 <= request.image_size <= 1024:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "image_size must be 1..1024")
        with self.lock:
            self.session = 0
            if self.state == "active":
                self._stop_quietly()
                self._call(self.robot.deactivate)
            if self.state != "unconfigured":
                self._call(self.robot.cleanup)
            self.state = "unconfigured"
            outcome, error = self._call(lambda: self.robot.configure(
                _settings(request), request.image_size, request.seed))
            if outcome != pb.OK:
                return pb.ConfigureReply(outcome=outcome, error=error)
            self.state = "inactive"
            self.session = random.getrandbits(63) | 1
            self.observations = 0
            self.guard.start_session(len(self.robot.actions))
            side = request.image_size if self.robot.has_camera else 0
            spec = pb.ObservationSpec(image_width=side, image_height=side,
                                      state_names=list(self.robot.state_names),
                                      has_raw_image=self.robot.has_raw_image)
            return pb.ConfigureReply(
                outcome=pb.OK, session=self.session, info=self._info(),
                action_spec=self._actions(), observation_spec=spec,
                watchdog_ms=int(round(self.guard.watchdog_s * 1000)))

    def Activate(self, request, context):
        self._authorise(context)
        with self.lock:
            self._session(request, context)
            refused = self._refuse_unless("inactive", "activate")
            if refused:
                return pb.StatusReply(outcome=refused[0], error=refused[1])
            outcome, error = self._call(self.robot.activate)
            if outcome == pb.OK:
                self.state = "active"
            return pb.StatusReply(outcome=outcome, error=error)

    def Deactivate(self, request, context):
        self._authorise(context)
        with self.lock:
            self._session(request, context)
            refused = self._refuse_unless("active", "deactivate")
            if refused:
                return pb.StatusReply(outcome=refused[0], error=refused[1])
            outcome, error = self._call(self.robot.deactivate)
            self.applied = [0.0] * len(self.robot.actions)
            if outcome == pb.OK:
                self.state = "inactive"
            return pb.StatusReply(outcome=outcome, error=error)

    def Cleanup(self, request, context):
        self._authorise(context)
        with self.lock:
            self._session(request, context)
            refused = self._refuse_unless("inactive", "cleanup")
            if refused:
                return pb.StatusReply(outcome=refused[0], error=refused[1])
            outcome, error = self._call(self.robot.cleanup)
            self.state = "unconfigured"
            self.session = 0
            print(f"session ended: {self.commands_applied} commands applied, "
                  f"{self.guard.watchdog_trips} watchdog stops", flush=True)
            return pb.StatusReply(outcome=outcome, error=error)

    def Reset(self, request, context):
        self._authorise(context)
        with self.lock:
            self._session(request, context)
            refused = self._refuse_unless("active", "reset")
            if refused:
                return pb.StepReply(outcome=refused[0], error=refused[1])
            if self.guard.emergency_stopped:
                return pb.StepReply(outcome=pb.REFUSED, emergency_stopped=True,
                                    error="reset refused: the emergency stop is latched")
            reply = pb.StepReply()
            outcome, error = self._call(lambda: (self.robot.reset(request.seed), self._fill(reply)))
            if outcome != pb.OK:
                return pb.StepReply(outcome=outcome, error=error)
            return reply

    def Step(self, request, context):
        self._authorise(context)
        if len(request.command) > 32:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "at most 32 command values")
        with self.lock:
            self._session(request, context)
            refused = self._refuse_unless("active", "step")
            if refused:
                return pb.StepReply(outcome=refused[0], error=refused[1])
            verdict, command, why = self.guard.admit(request.sequence, list(request.command),
                                                     time.monotonic())
            if verdict is not Verdict.APPLY:
                return pb.StepReply(outcome=pb.REFUSED, error=why,
                                    emergency_stopped=self.guard.emergency_stopped)
            physical = [d.to_physical(v) for d, v in zip(self.robot.actions, command)]
            reply = pb.StepReply()

            def apply():
                self.robot.send_velocity(physical)
                self.applied = command
                self.commands_applied += 1
                self._fill(reply)

            outcome, error = self._call(apply)
            self.lock.notify_all()  # the watchdog's deadline moved
            if outcome != pb.OK:
                return pb.StepReply(outcome=outcome, error=error)
            return reply

    def Observe(self, request, context):
        self._authorise(context)
        with self.lock:
            self._session(request, context)
            if self.state == "unconfigured":
                return pb.StepReply(outcome=pb.REFUSED, error="observe refused: not configured")
            reply = pb.StepReply()
            outcome, error = self._call(lambda: self._fill(reply))
            if outcome != pb.OK:
                return pb.StepReply(outcome=outcome, error=error)
            return reply

    def EmergencyStop(self, request, context):
        self._authorise(context)  # any token holder may stop the robot, whatever the session
        with self.lock:
            self.guard.emergency_stop(StopSource.CLIENT)
            self._stop_quietly()
            print(f"EMERGENCY STOP from the client: {request.reason[:200]}", flush=True)
            return pb.StatusReply(outcome=pb.OK)

    def AcknowledgeEmergencyStop(self, request, context):
        self._authorise(context)
        with self.lock:
            self._session(request, context)
            cleared, why = self.guard.acknowledge(StopSource.CLIENT)
            return pb.StatusReply(outcome=pb.OK if cleared else pb.REFUSED, error=why)

    def Heartbeat(self, request, context):
        self._authorise(context)
        with self.lock:
            return pb.HeartbeatReply(
                server_time_ns=time.time_ns(), emergency_stopped=self.guard.emergency_stopped,
                watchdog_trips=self.guard.watchdog_trips,
                last_command_sequence=self.guard.last_sequence,
                session_current=self.session != 0 and request.session == self.session)

    # --- the robot side's own ---
    def watchdog_loop(self):
        with self.lock:
            while not self.closed:
                deadline = self.guard.next_deadline()
                timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
                self.lock.wait(timeout)
                if self.guard.watchdog_due(time.monotonic()):
                    self._stop_quietly()
                    print(f"watchdog: no command for {self.guard.watchdog_s * 1000:.0f} ms, "
                          "robot stopped", flush=True)


class RobotServer:
    """serve() builds one; start(), then stop() (which stops the robot)."""

    def __init__(self, robot, listen="127.0.0.1:50051", token="", watchdog_s=0.3,
                 tls_cert=None, tls_key=None, raw_encoding="png"):
        if not token:
            raise ValueError("the robot server needs a token")
        self.servicer = _Servicer(robot, token, watchdog_s, raw_encoding)
        options = [("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
                   ("grpc.max_send_message_length", MAX_MESSAGE_BYTES)]
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=4), options=options)
        pb_grpc.add_RobotBridgeServicer_to_server(self.servicer, self.server)
        if tls_cert or tls_key:
            with open(tls_key, "rb") as k, open(tls_cert, "rb") as c:
                creds = grpc.ssl_server_credentials([(k.read(), c.read())])
            self.port = self.server.add_secure_port(listen, creds)
        else:
            self.port = self.server.add_insecure_port(listen)
        if self.port == 0:
            raise RuntimeError(f"cannot listen on {listen}")
        self._watchdog = threading.Thread(target=self.servicer.watchdog_loop, daemon=True)

    def start(self):
        self.server.start()
        self._watchdog.start()

    def emergency_stop_at_robot(self):
        """A stop button at the robot: only acknowledge_at_robot() clears it."""
        with self.servicer.lock:
            self.servicer.guard.emergency_stop(StopSource.ROBOT)
            self.servicer._stop_quietly()

    def acknowledge_at_robot(self):
        with self.servicer.lock:
            return self.servicer.guard.acknowledge(StopSource.ROBOT)[0]

    @property
    def watchdog_trips(self):
        with self.servicer.lock:
            return self.servicer.guard.watchdog_trips

    def stop(self):
        with self.servicer.lock:
            self.servicer.closed = True
            self.servicer._stop_quietly()
            self.servicer.lock.notify_all()
        self.server.stop(grace=0.5).wait()
        self._watchdog.join(timeout=1.0)


def serve(robot, listen="127.0.0.1:50051", token="", watchdog_s=0.3, tls_cert=None,
          tls_key=None):
    """Starts a RobotServer and prints the line `sigent-lab serve-robot` prints."""
    server = RobotServer(robot, listen, token, watchdog_s, tls_cert, tls_key)
    server.start()
    print(f"serving robot '{robot.info.id}' on {listen} (port {server.port}), watchdog "
          f"{watchdog_s * 1000:.0f} ms, {'TLS' if tls_cert else 'no TLS'}", flush=True)
    return server


