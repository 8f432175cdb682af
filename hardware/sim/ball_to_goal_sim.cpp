#include "sim/ball_to_goal_sim.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sim/plane_math.h"
#include "sim/sim_random.h"

namespace lab::hw {

namespace {
MujocoRobot::TaskSpec ballToGoalTask() {
  MujocoRobot::TaskSpec t;
  t.info.id = "ball-to-goal";
  t.info.name = "Ball-to-Goal (simulated wheeled robot)";
  t.info.description =
      "A differential-drive robot pushes a white ball into the goal at the right (MuJoCo).";
  t.info.version = "1.0.0";
  t.info.controlRateHz = 10.0;
  t.info.maxEpisodeSteps = 100;
  t.actions.dims = {{"v", "m/s", -BallToGoalSim::kMaxSpeed, BallToGoalSim::kMaxSpeed},
                    {"omega", "rad/s", -BallToGoalSim::kMaxTurn, BallToGoalSim::kMaxTurn}};
  t.modelFile = "ball_to_goal.xml";
  t.cameraName = "overhead";
  t.stateNames = {"robot_x", "robot_y", "robot_cos_yaw", "robot_sin_yaw", "ball_x", "ball_y"};
  return t;
}
}  // namespace

BallToGoalSim::BallToGoalSim() : MujocoRobot(ballToGoalTask()) {}

void BallToGoalSim::bindModel() {
  m_robot.bind(m_model.get(), "robot_x", "robot_y", "robot_yaw");
  const int ball = mj_name2id(m_model.get(), mjOBJ_JOINT, "ball");
  if (ball < 0) throw std::runtime_error("the model has no joint 'ball'");
  m_ballQpos = m_model->jnt_qposadr[ball];
}

void BallToGoalSim::randomiseStart(SimRandom& rng) {
  Vec2 robot, ball;
  int draws = 0;
  do {
    robot = {rng.uniform(-0.55, -0.2), rng.uniform(-0.5, 0.5)};
    ball = {rng.uniform(-0.25, 0.15), rng.uniform(-0.3, 0.3)};
  } while (distance(robot, ball) < 0.3 && ++draws < kMaxStartDraws);
  robot = pushedOut(robot, ball, 0.3);
  m_robot.setPose(m_data.get(), robot.x, robot.y, rng.uniform(-M_PI, M_PI));
  double* q = m_data->qpos + m_ballQpos;
  q[0] = ball.x, q[1] = ball.y, q[2] = kBallRadius;
  q[3] = 1.0, q[4] = q[5] = q[6] = 0.0;
}

void BallToGoalSim::applyCommand(const std::vector<double>& command) {
  m_robot.drive(m_data.get(), command[0], 0.0, command[1]);  // no sideways motion: diff drive
}

void BallToGoalSim::stopMotion() noexcept { m_robot.stop(m_data.get()); }

void BallToGoalSim::fillState(std::vector<float>& state) const {
  const mjData* d = m_data.get();
  const double* q = d->qpos + m_ballQpos;
  const double yaw = m_robot.yaw(d);
  state = {static_cast<float>(m_robot.x(d)),  static_cast<float>(m_robot.y(d)),
           static_cast<float>(std::cos(yaw)), static_cast<float>(std::sin(yaw)),
           static_cast<float>(q[0]),          static_cast<float>(q[1])};
}

bool BallToGoalSim::isSolved() const {
  const double* q = m_data->qpos + m_ballQpos;
  return q[0] > kGoalLineX && std::abs(q[1]) < kGoalHalfWidth;
}

std::vector<double> BallToGoalSim::expertCommand() const {
  // Pushing plan for a vehicle that can only drive forward and turn. In the goal frame of the
  // ball (dir: ball -> goal centre, n: its left normal) the robot drives to the pre-push point
  // P behind the ball; if the straight way there would touch the ball it first goes to a point
  // beside-behind (W) or beside-in-front (W2) of it, on its own side. Inside a narrow cone
  // behind the ball, facing the goal, it drives through the ball at full speed, which keeps
  // steering the contact back onto the ball-goal line.
  const mjData* d = m_data.get();
  const double* q = d->qpos + m_ballQpos;
  const Vec2 ball{q[0], q[1]};
  const Vec2 r{m_robot.x(d), m_robot.y(d)};
  const double yaw = m_robot.yaw(d);
  const Vec2 dir = normalised(Vec2{kGoalCentreX, 0.0} - ball);
  const Vec2 n = leftNormal(dir);
  const double behind = -dot(r - ball, dir), lat = dot(r - ball, n);
  const double contact = kBallRadius + kRobotHalfLength;  // centre distance, face-on touch
  const double clear = 0.23;  // ball radius + robot half diagonal + margin
  const double side = lat >= 0 ? 1.0 : -1.0;
  const double headingErr = wrapAngle(std::atan2(dir.y, dir.x) - yaw);

  const bool inCone = behind > contact - 0.02 && std::abs(lat) < 0.04 + 0.35 * (behind - contact);
  if (inCone && std::abs(headingErr) < 0.6) return steer(r, yaw, ball + dir * 0.3, kMaxSpeed);

  const Vec2 prePush = ball - dir * (contact + 0.06);
  if (distance(r, prePush) < 0.03) {  // at P but facing away: turn in place
    return {0.0, std::clamp(4.0 * headingErr, -kMaxTurn, kMaxTurn)};
  }
  const Vec2 besideBehind = ball + n * (side * clear) - dir * 0.18;
  const Vec2 besideFront = ball + n * (side * clear) + dir * 0.12;
  if (segmentDistance(ball, r, prePush) >= clear - 0.02) {
    // Slow down only here, where the robot must stop and turn towards the goal.
    return steer(r, yaw, prePush, std::min(kMaxSpeed, 0.2 + 3.0 * distance(r, prePush)));
  }
  if (segmentDistance(ball, r, besideBehind) >= clear - 0.02) {
    return steer(r, yaw, besideBehind, kMaxSpeed);
  }
  return steer(r, yaw, besideFront, kMaxSpeed);
}

std::vector<double> BallToGoalSim::steer(Vec2 r, double yaw, Vec2 waypoint, double speed) {
  // Turn towards the waypoint; drive only when roughly facing it.
  const Vec2 to = waypoint - r;
  const double err = wrapAngle(std::atan2(to.y, to.x) - yaw);
  const double omega = std::clamp(4.0 * err, -kMaxTurn, kMaxTurn);
  const double v = std::abs(err) < M_PI / 2 ? speed * std::cos(err) : 0.0;
  return {v, omega};
}

}  // namespace lab::hw
