#pragma once
// PlanarBase: a body moving in the plane on two slide joints (x, y) and optionally a hinge
// (yaw), each driven by a MuJoCo velocity actuator. It turns body-frame velocity commands into
// the world-frame actuator set-points, so the same mechanism serves the push-cube effector (no
// yaw), the diff-drive robot (no lateral command) and the slalom walkers.
// Units: metres, radians, m/s, rad/s. Bound to one mjModel; the mjData passed in must belong
// to it.
#include <string>

#include <mujoco/mujoco.h>

namespace lab::hw {

class PlanarBase {
 public:
  // Looks up the joints and, for each, the velocity actuator acting on it. `yawJoint` may be
  // empty (translation only). Throws std::runtime_error naming what is missing.
  void bind(const mjModel* model, const std::string& xJoint, const std::string& yJoint,
            const std::string& yawJoint);

  double x(const mjData* d) const { return d->qpos[m_qposX]; }
  double y(const mjData* d) const { return d->qpos[m_qposY]; }
  double yaw(const mjData* d) const { return m_qposYaw < 0 ? 0.0 : d->qpos[m_qposYaw]; }
  void setPose(mjData* d, double x, double y, double yaw) const;

  // Sets the actuator set-points for a body-frame velocity (forward, left, counter-clockwise);
  // call before each physics substep, as the mapping depends on the current yaw.
  void drive(mjData* d, double forward, double lateral, double omega) const;
  // World-frame translational velocity now.
  double vx(const mjData* d) const { return d->qvel[m_dofX]; }
  double vy(const mjData* d) const { return d->qvel[m_dofY]; }
  // Body-frame velocity now.
  void velocity(const mjData* d, double& forward, double& lateral, double& omega) const;
  // Zero set-points AND zero joint velocities: the emergency stop acts at once, not after the
  // actuator's time constant.
  void stop(mjData* d) const;

 private:
  int m_qposX = -1, m_qposY = -1, m_qposYaw = -1;
  int m_dofX = -1, m_dofY = -1, m_dofYaw = -1;
  int m_actX = -1, m_actY = -1, m_actYaw = -1;
};

}  // namespace lab::hw
