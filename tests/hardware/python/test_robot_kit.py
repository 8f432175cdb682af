"""The Python robot-server kit (hardware/remote/python): its SafetyGuard with a fake clock, and
the example PointRobot served on 127.0.0.1 and driven by a gRPC client the way remote-robot
drives it: token, newest command only, clamping, the watchdog stopping the robot once the
client goes quiet mid-episode, the emergency stop's latch. Run by ctest (test_robot_kit_python).
"""
import time
import unittest

import cv2
import grpc
import numpy as np

from sigentlab_robot import SafetyGuard, StopSource, Verdict
from sigentlab_robot.point_robot import PointRobot
from sigentlab_robot.server import REFUSED_TOKEN, TOKEN_KEY, RobotServer
from sigentlab_robot.stubs import pb, pb_grpc

TOKEN = "kit-test-token"


def wait_for(predicate, timeout_s=5.0):
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()


class SafetyGuardTest(unittest.TestCase):
    def test_newest_only_clamped(self):
        g = SafetyGuard(2, 0.3)
        verdict, cmd, _ = g.admit(1, [2.0, -0.5], 100.0)
        self.assertIs(verdict, Verdict.APPLY)
        self.assertEqual(cmd, [1.0, -0.5])
        self.assertIs(g.admit(1, [0.1, 0.1], 100.0)[0], Verdict.STALE)
        self.assertIs(g.admit(3, [0.1, 0.1], 100.0)[0], Verdict.APPLY)
        self.assertIs(g.admit(2, [0.1, 0.1], 100.0)[0], Verdict.STALE)
        self.assertIs(g.admit(4, [0.1], 100.0)[0], Verdict.INVALID)
        self.assertIs(g.admit(4, [float("nan"), 0.0], 100.0)[0], Verdict.INVALID)

    def test_watchdog_once_per_silence(self):
        g = SafetyGuard(1, 0.25)  # binary-exact times: 100.25 - 100.0 is exactly 0.25
        self.assertFalse(g.watchdog_due(1000.0))
        self.assertIsNone(g.next_deadline())
        g.admit(1, [0.5], 100.0)
        self.assertEqual(g.next_deadline(), 100.25)
        self.assertFalse(g.watchdog_due(100.249))
        self.assertTrue(g.watchdog_due(100.25))
        self.assertFalse(g.watchdog_due(101.0))
        g.admit(2, [0.5], 101.0)
        self.assertFalse(g.watchdog_due(101.2))
        self.assertTrue(g.watchdog_due(101.26))
        self.assertEqual(g.watchdog_trips, 2)

    def test_emergency_stop_sources(self):
        g = SafetyGuard(1)
        g.emergency_stop(StopSource.CLIENT)
        self.assertIs(g.admit(1, [0.0], 0.0)[0], Verdict.EMERGENCY_STOPPED)
        self.assertTrue(g.acknowledge(StopSource.CLIENT)[0])
        g.emergency_stop(StopSource.CLIENT)
        g.start_session(1)  # connecting again acknowledges the client's own stop
        self.assertFalse(g.emergency_stopped)
        g.emergency_stop(StopSource.ROBOT)
        cleared, why = g.acknowledge(StopSource.CLIENT)
        self.assertFalse(cleared)
        self.assertIn("at the robot", why)
        g.start_session(1)  # but not one pressed at the robot
        self.assertTrue(g.emergency_stopped)
        self.assertTrue(g.acknowledge(StopSource.ROBOT)[0])


class ServedPointRobotTest(unittest.TestCase):
    def setUp(self):
        self.robot = PointRobot()
        self.server = RobotServer(self.robot, "127.0.0.1:0", TOKEN, watchdog_s=0.3)
        self.server.start()
        self.channel = grpc.insecure_channel(f"127.0.0.1:{self.server.port}")
        self.stub = pb_grpc.RobotBridgeStub(self.channel)
        self.sequence = 0

    def tearDown(self):
        self.channel.close()
        self.server.stop()

    def call(self, name, request, token=TOKEN):
        return getattr(self.stub, name)(request, timeout=5.0, metadata=[(TOKEN_KEY, token)])

    def connect(self):
        reply = self.call("Configure", pb.ConfigureRequest(image_size=64, seed=1))
        self.assertEqual(reply.outcome, pb.OK, reply.error)
        self.session = reply.session
        self.assertEqual(reply.observation_spec.image_width, 64)
        self.assertEqual(reply.watchdog_ms, 300)
        self.assertEqual(self.call("Activate", pb.SessionRequest(session=self.session)).outcome,
                         pb.OK)
        reply = self.call("Reset", pb.ResetRequest(session=self.session, seed=3))
        self.assertEqual(reply.outcome, pb.OK, reply.error)
        return reply

    def step(self, command, sequence=None):
        if sequence is None:
            self.sequence += 1
            sequence = self.sequence
        return self.call("Step", pb.StepRequest(session=self.session, sequence=sequence,
                                                command=command))

    def test_wrong_token_refused(self):
        with self.assertRaises(grpc.RpcError) as caught:
            self.call("GetInfo", pb.InfoRequest(), token="wrong")
        self.assertEqual(caught.exception.code(), grpc.StatusCode.UNAUTHENTICATED)
        self.assertEqual(caught.exception.details(), REFUSED_TOKEN)

    def test_steps_move_the_robot_and_observations_come_back(self):
        first = self.connect()
        self.assertEqual(len(first.observation.image.data), 64 * 64)
        raw = cv2.imdecode(np.frombuffer(first.observation.raw_image.data, np.uint8),
                           cv2.IMREAD_GRAYSCALE)
        self.assertEqual(raw.shape, (256, 256))
        reply = self.step([5.0, 0.0])  # clamped to the spec
        self.assertEqual(reply.outcome, pb.OK, reply.error)
        self.assertEqual(list(reply.applied_command), [1.0, 0.0])
        self.assertEqual(self.robot.last_velocity, (PointRobot.SPEED, 0.0))
        x0 = first.observation.state[0]
        self.assertTrue(wait_for(lambda: self.call(
            "Observe", pb.SessionRequest(session=self.session)).observation.state[0] > x0 + 0.02))
        stale = self.step([0.0, 1.0], sequence=self.sequence)  # a repeated packet
        self.assertEqual(stale.outcome, pb.REFUSED)
        self.assertIn("stale", stale.error)
        self.assertEqual(self.robot.last_velocity, (PointRobot.SPEED, 0.0))
        self.assertTrue(first.has_expert_action)

    def test_client_gone_mid_episode_watchdog_stops_robot(self):
        self.connect()
        commanded_at = time.monotonic()  # before the server takes the command's time
        self.assertEqual(self.step([0.5, 0.5]).outcome, pb.OK)
        self.assertEqual(self.robot.last_velocity, (0.5, 0.5))
        self.channel.close()  # the client is gone: no more commands, nothing said
        self.assertTrue(wait_for(lambda: self.robot.last_velocity == (0.0, 0.0), 5.0))
        self.assertGreaterEqual(time.monotonic() - commanded_at, 0.3)
        # A second client (still holding the token) sees it in the heartbeat.
        with grpc.insecure_channel(f"127.0.0.1:{self.server.port}") as channel:
            beat = pb_grpc.RobotBridgeStub(channel).Heartbeat(
                pb.SessionRequest(session=self.session), timeout=5.0,
                metadata=[(TOKEN_KEY, TOKEN)])
        self.assertEqual(beat.watchdog_trips, 1)
        self.assertEqual(beat.last_command_sequence, self.sequence)
        self.assertTrue(beat.session_current)
        self.assertFalse(beat.emergency_stopped)

    def test_emergency_stop_latches_until_acknowledged(self):
        self.connect()
        self.assertEqual(self.step([0.5, 0.0]).outcome, pb.OK)
        self.call("EmergencyStop", pb.EmergencyStopRequest(session=self.session, reason="test"))
        self.assertEqual(self.robot.last_velocity, (0.0, 0.0))
        refused = self.step([0.5, 0.0])
        self.assertEqual(refused.outcome, pb.REFUSED)
        self.assertTrue(refused.emergency_stopped)
        self.assertEqual(self.robot.last_velocity, (0.0, 0.0))
        ack = self.call("AcknowledgeEmergencyStop", pb.SessionRequest(session=self.session))
        self.assertEqual(ack.outcome, pb.OK)
        self.assertEqual(self.step([0.5, 0.0]).outcome, pb.OK)
        # Pressed at the robot: the client cannot clear it.
        self.server.emergency_stop_at_robot()
        ack = self.call("AcknowledgeEmergencyStop", pb.SessionRequest(session=self.session))
        self.assertEqual(ack.outcome, pb.REFUSED)
        self.assertIn("at the robot", ack.error)
        self.assertTrue(self.server.acknowledge_at_robot())
        self.assertEqual(self.step([0.5, 0.0]).outcome, pb.OK)

    def test_second_client_takes_over(self):
        self.connect()
        old = self.session
        self.connect()
        with self.assertRaises(grpc.RpcError) as caught:
            self.call("Step", pb.StepRequest(session=old, sequence=99, command=[0.1, 0.1]))
        self.assertEqual(caught.exception.code(), grpc.StatusCode.FAILED_PRECONDITION)


if __name__ == "__main__":
    unittest.main()
