#include "sim/slalom_sim.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "sim/sim_random.h"

namespace lab::hw {

SlalomSim::SlalomSim(TaskSpec task, SlalomDynamics dynamics)
    : MujocoRobot(std::move(task)), m_dyn(dynamics), m_executing(3, 0.0) {}

MujocoRobot::TaskSpec SlalomSim::slalomTask(const SlalomDynamics& dyn) {
  TaskSpec t;
  t.info.controlRateHz = 10.0;
  t.info.hasFailureDetector = true;  // a missed gate
  t.info.version = "1.0.0";
  t.actions.dims = {{"vx", "m/s", -dyn.maxForward, dyn.maxForward},
                    {"vy", "m/s", -dyn.maxLateral, dyn.maxLateral},
                    {"omega", "rad/s", -dyn.maxTurn, dyn.maxTurn}};
  t.cameraName = "overhead";
  t.stateNames = {"x", "y", "cos_yaw", "sin_yaw", "v_forward", "v_lateral", "gates_passed"};
  return t;
}

void SlalomSim::bindModel() {
  m_base.bind(m_model.get(), "base_x", "base_y", "base_yaw");
  m_poleGeoms.clear();
  for (int g = 0; g < m_model->ngeom; ++g) {
    const char* name = mj_id2name(m_model.get(), mjOBJ_GEOM, g);
    if (name && std::string_view(name).substr(0, 4) == "pole") m_poleGeoms.push_back(g);
  }
}

bool SlalomSim::isPole(int geom) const {
  return std::find(m_poleGeoms.begin(), m_poleGeoms.end(), geom) != m_poleGeoms.end();
}

void SlalomSim::notePoleContact() {
  if (!m_dyn.poleContactFails || m_touchedPole) return;
  for (int i = 0; i < m_data->ncon; ++i) {
    const mjContact& c = m_data->contact[i];
    const int other = isPole(c.geom1) ? c.geom2 : isPole(c.geom2) ? c.geom1 : -1;
    if (other >= 0 && m_model->geom_bodyid[other] != 0) m_touchedPole = true;  // not the world
  }
}

void SlalomSim::randomiseStart(SimRandom& rng) {
  const double x = rng.uniform(-0.95, -0.85), y = rng.uniform(-0.25, 0.25);
  m_base.setPose(m_data.get(), x, y, rng.uniform(-0.5, 0.5));
  m_swayPhase = rng.uniform(0.0, 2.0 * M_PI);
  std::fill(m_executing.begin(), m_executing.end(), 0.0);
  m_prevX = x;
  m_gatesPassed = 0;
  m_gateMissed = m_touchedPole = m_finished = false;
}

void SlalomSim::applyCommand(const std::vector<double>& command) {
  // Called once per physics substep: the lag integrates at the physics rate, and a pole touched
  // in any substep counts (the contacts are those of the substep just taken).
  notePoleContact();
  const double dt = m_model->opt.timestep;
  const double alpha = m_dyn.lagTau > 0.0 ? 1.0 - std::exp(-dt / m_dyn.lagTau) : 1.0;
  for (std::size_t i = 0; i < 3; ++i) m_executing[i] += alpha * (command[i] - m_executing[i]);
  // Gait sway grows with walking speed, so a robot told to stand still stands still.
  const double effort = std::min(1.0, std::abs(m_executing[0]) / m_dyn.maxForward +
                                          std::abs(m_executing[1]) / m_dyn.maxLateral);
  const double wave = std::sin(2.0 * M_PI * m_dyn.swayFrequency * m_data->time + m_swayPhase);
  m_base.drive(m_data.get(), m_executing[0], m_executing[1] + effort * m_dyn.swayAmplitude * wave,
               m_executing[2] + effort * m_dyn.yawSwayAmplitude * wave);
}

void SlalomSim::afterControlStep() {
  notePoleContact();
  const double x = m_base.x(m_data.get()), y = m_base.y(m_data.get());
  if (m_gatesPassed < kGateCount && !m_gateMissed) {
    const int g = m_gatesPassed;
    if (m_prevX < kGateX[g] && x >= kGateX[g]) {
      if (std::abs(y - kGateY[g]) < kGateHalfWidth) {
        ++m_gatesPassed;
      } else {
        m_gateMissed = true;
      }
    }
  }
  if (m_gatesPassed == kGateCount && x >= kFinishX) m_finished = true;
  m_prevX = x;
}

void SlalomSim::stopMotion() noexcept {
  std::fill(m_executing.begin(), m_executing.end(), 0.0);
  m_base.stop(m_data.get());
}

void SlalomSim::fillState(std::vector<float>& state) const {
  const mjData* d = m_data.get();
  double forward = 0, lateral = 0, omega = 0;
  m_base.velocity(d, forward, lateral, omega);
  const double yaw = m_base.yaw(d);
  state = {static_cast<float>(m_base.x(d)),   static_cast<float>(m_base.y(d)),
           static_cast<float>(std::cos(yaw)), static_cast<float>(std::sin(yaw)),
           static_cast<float>(forward),       static_cast<float>(lateral),
           static_cast<float>(m_gatesPassed)};
}

std::vector<double> SlalomSim::expertCommand() const {
  // Follow a reference path: line up with the next gate's centre line before it (ramp), walk
  // straight through it (from straightRun before |x - gate| < kStraight, so the body clears the
  // poles), then on to the finish, always as fast as both speed limits allow. Plans from the
  // position predicted one lag time ahead, so the lagged humanoid does not overshoot.
  const double kStraight = m_dyn.clearance;
  const mjData* d = m_data.get();
  const double yaw = m_base.yaw(d);
  const double lead = std::max(m_dyn.lagTau, 0.05);
  const Vec2 p{m_base.x(d) + m_base.vx(d) * lead, m_base.y(d) + m_base.vy(d) * lead};
  Vec2 target{kFinishX + 0.3, kGateY[kGateCount - 1]};
  for (int i = 0; i < kGateCount; ++i) {
    if (p.x < kGateX[i] + kStraight) {
      const double lineUpX = kGateX[i] - kStraight - m_dyn.straightRun;
      const bool lined = std::abs(p.y - kGateY[i]) < 0.03;
      const double aimX =
          m_dyn.steerAhead > 0 ? p.x + m_dyn.steerAhead : kGateX[i] + kStraight + 0.3;
      target = p.x < lineUpX && !lined ? Vec2{lineUpX, kGateY[i]} : Vec2{aimX, kGateY[i]};
      break;
    }
  }
  const Vec2 delta = target - p;
  const double scale = std::min(m_dyn.maxForward / std::max(std::abs(delta.x), 1e-6),
                                m_dyn.maxLateral / std::max(std::abs(delta.y), 1e-6));
  const Vec2 body = toBody(delta * scale, yaw);
  // Hold the heading along the course (lateral moves are strafes), damped by the lag.
  double forward = 0, lateral = 0, omega = 0;
  m_base.velocity(d, forward, lateral, omega);
  const double turn = -1.5 * wrapAngle(yaw + omega * lead);
  return {std::clamp(body.x, -m_dyn.maxForward, m_dyn.maxForward),
          std::clamp(body.y, -m_dyn.maxLateral, m_dyn.maxLateral),
          std::clamp(turn, -m_dyn.maxTurn, m_dyn.maxTurn)};
}

}  // namespace lab::hw
