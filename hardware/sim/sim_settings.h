#pragma once
// SimSettings: the RobotConfig::settings keys every simulated robot understands.
//   "raw_image_size"    int, 0 (default: no operator view) or 32..1024: also render a larger
//                       square grayscale view into Observation::rawImage (costs a second render)
//   "max_episode_steps" int, 1..100000: overrides the task's time limit (RobotInfo)
//   "start_spread"      number, 0.25..1 (default 1): every randomised start quantity is drawn
//                       from this middle fraction of its range (positions, headings, phases).
//                       Below 0.25 push-cube could no longer place its effector clear of the cube.
//   "camera_noise"      number, 0..0.5 (default 0): Gaussian noise of this sigma, as a fraction
//                       of full intensity, on every pixel of every frame (learner's image, the
//                       operator's view, the live view): a noisier camera. Demo, practice and
//                       evaluation frames alike; the same seed and step give the same frame.
//   "expert_speed"      number, 0.25..1 (default 1): the scripted expert's top speed, as a
//                       fraction of the action range (a command beyond it is shrunk to it, its
//                       direction kept): a slower demonstration, as a person's teleoperated one
//                       tends to be. The learner's own actions keep the full range.
// Unknown keys are warned about (lcHwSim) and otherwise ignored; a known key with a wrong type
// or range is an error.
#include <QJsonObject>
#include <string>

namespace lab::hw {

struct SimSettings {
  int rawImageSize = 0;
  int maxEpisodeSteps = 0;  // 0: the task's default
  double startSpread = 1.0;
  double cameraNoise = 0.0;
  double expertSpeed = 1.0;

  // Returns false with a message naming the key and the accepted range, or the unknown key and
  // the known ones.
  static bool parse(const QJsonObject& json, SimSettings& out, std::string& error);
};

}  // namespace lab::hw
