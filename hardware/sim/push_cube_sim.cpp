#include "sim/push_cube_sim.h"

#include <cmath>
#include <stdexcept>

#include "sim/plane_math.h"
#include "sim/sim_random.h"

namespace lab::hw {

namespace {
MujocoRobot::TaskSpec pushCubeTask() {
  MujocoRobot::TaskSpec t;
  t.info.id = "push-cube";
  t.info.name = "Push-Cube (simulated arm)";
  t.info.description =
      "A planar end effector pushes a white cube into the grey target disc (MuJoCo).";
  t.info.version = "1.0.0";
  t.info.controlRateHz = 10.0;
  t.info.maxEpisodeSteps = 80;
  t.actions.dims = {{"vx", "m/s", -PushCubeSim::kMaxSpeed, PushCubeSim::kMaxSpeed},
                    {"vy", "m/s", -PushCubeSim::kMaxSpeed, PushCubeSim::kMaxSpeed}};
  t.modelFile = "push_cube.xml";
  t.cameraName = "overhead";
  t.stateNames = {"effector_x", "effector_y", "cube_x", "cube_y"};
  return t;
}
}  // namespace

PushCubeSim::PushCubeSim() : MujocoRobot(pushCubeTask()) {}

void PushCubeSim::bindModel() {
  m_effector.bind(m_model.get(), "ee_x", "ee_y", "");
  const int cube = mj_name2id(m_model.get(), mjOBJ_JOINT, "cube");
  if (cube < 0) throw std::runtime_error("the model has no joint 'cube'");
  m_cubeQpos = m_model->jnt_qposadr[cube];
}

void PushCubeSim::randomiseStart(SimRandom& rng) {
  const Vec2 target{kTargetX, kTargetY};
  Vec2 cube;
  int draws = 0;
  do {
    cube = {rng.uniform(-0.15, 0.05), rng.uniform(-0.15, 0.15)};
  } while (distance(cube, target) < 0.16 && ++draws < kMaxStartDraws);
  cube = pushedOut(cube, target, 0.16);
  Vec2 effector;
  draws = 0;
  do {
    effector = {rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)};
  } while ((distance(effector, cube) < 0.12 || distance(effector, target) < 0.08) &&
           ++draws < kMaxStartDraws);
  effector = pushedOut(effector, cube, 0.12);
  const double yaw = rng.uniform(-M_PI / 4, M_PI / 4);
  double* q = m_data->qpos + m_cubeQpos;
  q[0] = cube.x, q[1] = cube.y, q[2] = kCubeHalf;
  q[3] = std::cos(yaw / 2), q[4] = 0.0, q[5] = 0.0, q[6] = std::sin(yaw / 2);
  m_effector.setPose(m_data.get(), effector.x, effector.y, 0.0);
}

void PushCubeSim::applyCommand(const std::vector<double>& command) {
  m_effector.drive(m_data.get(), command[0], command[1], 0.0);
}

void PushCubeSim::stopMotion() noexcept { m_effector.stop(m_data.get()); }

void PushCubeSim::fillState(std::vector<float>& state) const {
  const double* q = m_data->qpos + m_cubeQpos;
  state = {static_cast<float>(m_effector.x(m_data.get())),
           static_cast<float>(m_effector.y(m_data.get())), static_cast<float>(q[0]),
           static_cast<float>(q[1])};
}

bool PushCubeSim::isSolved() const {
  const double* q = m_data->qpos + m_cubeQpos;
  return distance({q[0], q[1]}, {kTargetX, kTargetY}) < kTargetRadius;
}

std::vector<double> PushCubeSim::expertCommand() const {
  // Classic pushing script in the cube's goal frame: d points from the cube to the target, n is
  // its left normal. Get behind the cube (going around it if needed), line up, then push along d
  // while steering the contact point back onto the cube-target line.
  const double* q = m_data->qpos + m_cubeQpos;
  const Vec2 cube{q[0], q[1]};
  const Vec2 e{m_effector.x(m_data.get()), m_effector.y(m_data.get())};
  const Vec2 d = normalised(Vec2{kTargetX, kTargetY} - cube);
  const Vec2 n = leftNormal(d);
  const double along = dot(e - cube, d), lat = dot(e - cube, n);
  const double contact = kCubeHalf + kEffectorRadius;  // centre distance when touching a face
  const double clear = 0.1;                            // > half diagonal + effector radius
  const double side = lat >= 0 ? 1.0 : -1.0;
  Vec2 v;
  if (along > -contact + 0.005) {
    // Not behind the cube: step out sideways first, then back along the side.
    const Vec2 waypoint = std::abs(lat) < clear ? cube + n * (side * clear) + d * along
                                                : cube + n * (side * clear) - d * (contact + 0.03);
    v = (waypoint - e) * 10.0;
  } else if (std::abs(lat) > 0.025) {
    // Behind but off the line: move to the pre-push point.
    v = (cube - d * (contact + 0.02) - e) * 10.0;
  } else {
    v = d * kMaxSpeed - n * (lat * 8.0);
  }
  v = clampLength(v, kMaxSpeed);
  return {v.x, v.y};
}

}  // namespace lab::hw
