#include "sim/planar_base.h"

#include <cmath>
#include <stdexcept>

namespace lab::hw {

namespace {

struct JointIds {
  int qpos, dof, actuator;
};

JointIds lookUp(const mjModel* m, const std::string& joint) {
  const int j = mj_name2id(m, mjOBJ_JOINT, joint.c_str());
  if (j < 0) throw std::runtime_error("the model has no joint '" + joint + "'");
  for (int a = 0; a < m->nu; ++a) {
    if (m->actuator_trntype[a] == mjTRN_JOINT && m->actuator_trnid[2 * a] == j) {
      return {m->jnt_qposadr[j], m->jnt_dofadr[j], a};
    }
  }
  throw std::runtime_error("no actuator drives joint '" + joint + "'");
}

}  // namespace

void PlanarBase::bind(const mjModel* model, const std::string& xJoint, const std::string& yJoint,
                      const std::string& yawJoint) {
  const JointIds x = lookUp(model, xJoint), y = lookUp(model, yJoint);
  m_qposX = x.qpos, m_dofX = x.dof, m_actX = x.actuator;
  m_qposY = y.qpos, m_dofY = y.dof, m_actY = y.actuator;
  if (!yawJoint.empty()) {
    const JointIds yaw = lookUp(model, yawJoint);
    m_qposYaw = yaw.qpos, m_dofYaw = yaw.dof, m_actYaw = yaw.actuator;
  } else {
    m_qposYaw = m_dofYaw = m_actYaw = -1;
  }
}

void PlanarBase::setPose(mjData* d, double x, double y, double yaw) const {
  d->qpos[m_qposX] = x;
  d->qpos[m_qposY] = y;
  if (m_qposYaw >= 0) d->qpos[m_qposYaw] = yaw;
}

void PlanarBase::drive(mjData* d, double forward, double lateral, double omega) const {
  const double th = yaw(d), c = std::cos(th), s = std::sin(th);
  d->ctrl[m_actX] = c * forward - s * lateral;
  d->ctrl[m_actY] = s * forward + c * lateral;
  if (m_actYaw >= 0) d->ctrl[m_actYaw] = omega;
}

void PlanarBase::velocity(const mjData* d, double& forward, double& lateral, double& omega) const {
  const double th = yaw(d), c = std::cos(th), s = std::sin(th);
  const double vx = d->qvel[m_dofX], vy = d->qvel[m_dofY];
  forward = c * vx + s * vy;
  lateral = -s * vx + c * vy;
  omega = m_dofYaw >= 0 ? d->qvel[m_dofYaw] : 0.0;
}

void PlanarBase::stop(mjData* d) const {
  d->ctrl[m_actX] = d->ctrl[m_actY] = 0.0;
  d->qvel[m_dofX] = d->qvel[m_dofY] = 0.0;
  if (m_actYaw >= 0) {
    d->ctrl[m_actYaw] = 0.0;
    d->qvel[m_dofYaw] = 0.0;
  }
}

}  // namespace lab::hw
