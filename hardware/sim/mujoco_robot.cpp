#include "sim/mujoco_robot.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sim/mujoco_camera.h"
#include "sim/mujoco_errors.h"
#include "sim/sim_log.h"
#include "sim/sim_random.h"

namespace lab::hw {

MujocoRobot::MujocoRobot(TaskSpec task) : m_task(std::move(task)) {
  m_task.info.resetMode = ResetMode::Automatic;
  m_task.info.hasSuccessDetector = true;
  m_task.info.hasScriptedExpert = true;
  m_task.info.simulated = true;  // physics advances only in write(): lockstep pacing is safe
  m_command.assign(m_task.actions.dims.size(), 0.0);
}

MujocoRobot::~MujocoRobot() { release(); }

RobotInfo MujocoRobot::info() const {
  RobotInfo i = m_task.info;
  if (m_settings.maxEpisodeSteps > 0) i.maxEpisodeSteps = m_settings.maxEpisodeSteps;
  return i;
}

ObservationSpec MujocoRobot::observationSpec() const {
  ObservationSpec s;
  s.imageWidth = s.imageHeight = m_imageSize;
  s.stateNames = m_task.stateNames;
  s.hasRawImage = m_settings.rawImageSize > 0;
  return s;
}

Result MujocoRobot::onConfigure(const RobotConfig& config, std::string& error) {
  release();
  if (config.imageSize < 8 || config.imageSize > 1024) {
    error = "imageSize must be in [8, 1024], got " + std::to_string(config.imageSize);
    return Result::Fatal;
  }
  SimSettings settings;
  if (!SimSettings::parse(config.settings, settings, error)) {
    return Result::Fatal;
  }
  installMujocoErrorHandlers();
  try {
    m_model = loadEmbeddedModel(m_task.modelFile, error);
    if (!m_model) return Result::Fatal;
    const double period = 1.0 / m_task.info.controlRateHz;
    m_substeps = std::max(1, static_cast<int>(std::lround(period / m_model->opt.timestep)));
    m_data.reset(mj_makeData(m_model.get()));
    m_viewData.reset(mj_makeData(m_model.get()));
    bindModel();
    const int maxSide = std::max(config.imageSize, settings.rawImageSize);
    m_camera = MujocoCamera::create(m_model.get(), m_task.cameraName, maxSide, error);
    if (!m_camera) {
      release();
      return Result::Fatal;
    }
  } catch (const std::exception& e) {
    error = m_task.info.id + ": " + e.what();
    release();
    return Result::Fatal;
  }
  m_settings = settings;
  m_noise = CameraNoise(settings.cameraNoise);
  m_imageSize = config.imageSize;
  return startEpisode(config.seed, error);
}

Result MujocoRobot::onActivate(std::string& /*error*/) { return Result::Ok; }

Result MujocoRobot::onDeactivate(std::string& /*error*/) {
  emergencyStop();  // "stop motion, hold"
  return Result::Ok;
}

Result MujocoRobot::onCleanup(std::string& /*error*/) {
  release();
  return Result::Ok;
}

void MujocoRobot::onError() noexcept { release(); }

void MujocoRobot::release() noexcept {
  m_camera.reset();  // before the model: it renders that model
  m_data.reset();
  m_viewData.reset();
  m_hasMid = false;
  m_model.reset();
  m_steps = 0;
  std::fill(m_command.begin(), m_command.end(), 0.0);
}

Result MujocoRobot::reset(std::uint64_t seed, std::string& error) {
  if (!m_data) {
    error = m_task.info.id + ": reset() before onConfigure()";
    return Result::Fatal;
  }
  return startEpisode(seed, error);
}

Result MujocoRobot::startEpisode(std::uint64_t seed, std::string& error) {
  try {
    mj_resetData(m_model.get(), m_data.get());
    SimRandom rng(seed, m_settings.startSpread);
    randomiseStart(rng);
    std::fill(m_command.begin(), m_command.end(), 0.0);
    mj_forward(m_model.get(), m_data.get());
  } catch (const std::exception& e) {
    error = m_task.info.id + ": reset failed: " + e.what();
    return Result::Fatal;
  }
  m_steps = 0;
  m_episodeSeed = seed;
  m_hasMid = false;
  return Result::Ok;
}

Result MujocoRobot::read(Observation& out, std::string& error) {
  if (!m_camera) {
    error = m_task.info.id + ": read() before onConfigure()";
    return Result::Fatal;
  }
  if (!render(m_data.get(), out, 0, error)) return Result::Fatal;
  out.state.clear();
  fillState(out.state);
  return Result::Ok;
}

bool MujocoRobot::render(mjData* data, Observation& out, int view, std::string& error) const {
  if (!m_camera->render(m_model.get(), data, m_imageSize, m_imageSize, out.image, error)) {
    return false;
  }
  m_noise.apply(out.image, m_episodeSeed, m_steps, 2 * view);
  out.imageWidth = out.imageHeight = m_imageSize;
  if (m_settings.rawImageSize > 0) {
    const int side = m_settings.rawImageSize;
    if (!m_camera->render(m_model.get(), data, side, side, out.rawImage, error)) return false;
    m_noise.apply(out.rawImage, m_episodeSeed, m_steps, 2 * view + 1);
    out.rawWidth = out.rawHeight = side;
  } else {
    out.rawImage.clear();
    out.rawWidth = out.rawHeight = 0;
  }
  return true;
}

bool MujocoRobot::interimFrame(Observation& out) {
  if (!m_hasMid || !m_camera || !m_viewData) return false;
  m_hasMid = false;  // each in-between pose is shown once
  mjData* v = m_viewData.get();
  std::copy(m_midQpos.begin(), m_midQpos.end(), v->qpos);
  std::copy(m_midMocapPos.begin(), m_midMocapPos.end(), v->mocap_pos);
  std::copy(m_midMocapQuat.begin(), m_midMocapQuat.end(), v->mocap_quat);
  mj_fwdPosition(m_model.get(), v);  // positions of bodies, geoms and cameras for the renderer
  std::string error;  // a failed in-between render costs one view frame; read() reports errors
  return render(v, out, 1, error);
}

std::vector<double> MujocoRobot::toPhysical(const std::vector<float>& normalised) const {
  std::vector<double> physical(normalised.size());
  for (std::size_t i = 0; i < normalised.size(); ++i) {
    const double n = std::clamp(static_cast<double>(normalised[i]), -1.0, 1.0);
    physical[i] = m_task.actions.dims[i].toPhysical(n);
  }
  return physical;
}

Result MujocoRobot::write(const std::vector<float>& action, std::string& error) {
  if (!m_data) {
    error = m_task.info.id + ": write() before onConfigure()";
    return Result::Fatal;
  }
  if (action.size() != m_task.actions.dims.size()) {
    error = m_task.info.id + ": action has " + std::to_string(action.size()) +
            " values, expected " + std::to_string(m_task.actions.dims.size());
    return Result::Retry;
  }
  for (std::size_t i = 0; i < action.size(); ++i) {
    if (!std::isfinite(action[i])) {
      error = m_task.info.id + ": action '" + m_task.actions.dims[i].name + "' is " +
              (std::isnan(action[i]) ? "NaN" : "infinite") + "; command rejected";
      return Result::Retry;
    }
  }
  m_command = toPhysical(action);
  try {
    for (int s = 0; s < m_substeps; ++s) {
      applyCommand(m_command);
      mj_step(m_model.get(), m_data.get());
      if (s + 1 == m_substeps / 2) keepMidPose();
    }
    ++m_steps;
    afterControlStep();
  } catch (const std::exception& e) {
    error = m_task.info.id + ": simulation step failed: " + e.what();
    return Result::Fatal;
  }
  for (int i = 0; i < m_model->nq; ++i) {
    if (!std::isfinite(m_data->qpos[i])) {
      error = m_task.info.id + ": the physics diverged (non-finite position)";
      return Result::Fatal;
    }
  }
  return Result::Ok;
}

void MujocoRobot::keepMidPose() {
  const mjData* d = m_data.get();
  m_midQpos.assign(d->qpos, d->qpos + m_model->nq);
  m_midMocapPos.assign(d->mocap_pos, d->mocap_pos + 3 * m_model->nmocap);
  m_midMocapQuat.assign(d->mocap_quat, d->mocap_quat + 4 * m_model->nmocap);
  m_hasMid = true;
}

void MujocoRobot::emergencyStop() noexcept {
  std::fill(m_command.begin(), m_command.end(), 0.0);
  m_hasMid = false;
  if (m_data) stopMotion();
}

std::vector<float> MujocoRobot::appliedCommand() const {
  const std::vector<double> physical = m_data ? executingCommand() : m_command;
  std::vector<float> normalised(physical.size());
  for (std::size_t i = 0; i < physical.size(); ++i) {
    normalised[i] = static_cast<float>(m_task.actions.dims[i].toNormalised(physical[i]));
  }
  return normalised;
}

bool MujocoRobot::detectSuccess() const { return m_data && isSolved(); }

bool MujocoRobot::detectFailure() const { return m_data && !isSolved() && isFailed(); }

bool MujocoRobot::scriptedAction(std::vector<float>& action) const {
  if (!m_data || isSolved()) return false;
  const std::vector<double> physical = expertCommand();
  action.resize(physical.size());
  double largest = 0;
  for (std::size_t i = 0; i < physical.size(); ++i) {
    action[i] =
        static_cast<float>(std::clamp(m_task.actions.dims[i].toNormalised(physical[i]), -1.0, 1.0));
    largest = std::max(largest, std::abs(double(action[i])));
  }
  // A slower expert: every task's actions are velocities, so the whole command is shrunk to the
  // speed limit, its direction kept; commands below it (small corrections) stay as they were.
  if (largest > m_settings.expertSpeed) {
    const double shrink = m_settings.expertSpeed / largest;
    for (auto& a : action) a = static_cast<float>(a * shrink);
  }
  return true;
}

}  // namespace lab::hw
