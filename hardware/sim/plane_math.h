#pragma once
// Minimal 2-D vector helpers for the task geometry and the scripted experts (metres, radians).
#include <cmath>

namespace lab::hw {

struct Vec2 {
  double x = 0.0, y = 0.0;
};
inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline double length(Vec2 a) { return std::hypot(a.x, a.y); }
inline double distance(Vec2 a, Vec2 b) { return length(a - b); }
inline Vec2 normalised(Vec2 a) {
  const double l = length(a);
  return l > 1e-12 ? a * (1.0 / l) : Vec2{1.0, 0.0};
}
inline Vec2 leftNormal(Vec2 a) { return {-a.y, a.x}; }
inline Vec2 clampLength(Vec2 a, double maxLength) {
  const double l = length(a);
  return l > maxLength ? a * (maxLength / l) : a;
}
// `p` moved radially away from `centre` until it is at least `minDistance` from it.
inline Vec2 pushedOut(Vec2 p, Vec2 centre, double minDistance) {
  if (distance(p, centre) >= minDistance) return p;
  return centre + normalised(p - centre) * minDistance;
}
// Rejection sampling of start positions stops after this many draws: at a small start_spread
// the ranges may leave no room for the minimum distances, and the last draw is pushed out
// (pushedOut) instead of the robot thread looping forever.
constexpr int kMaxStartDraws = 1000;

// Distance from point p to the segment [a, b].
inline double segmentDistance(Vec2 p, Vec2 a, Vec2 b) {
  const Vec2 ab = b - a;
  const double l2 = dot(ab, ab);
  const double t = l2 > 1e-12 ? std::fmax(0.0, std::fmin(1.0, dot(p - a, ab) / l2)) : 0.0;
  return distance(p, a + ab * t);
}
// Angle wrapped to (-pi, pi].
inline double wrapAngle(double a) { return std::remainder(a, 2.0 * M_PI); }
// Vector in the frame rotated by `yaw` (world -> body).
inline Vec2 toBody(Vec2 world, double yaw) {
  const double c = std::cos(yaw), s = std::sin(yaw);
  return {c * world.x + s * world.y, -s * world.x + c * world.y};
}

}  // namespace lab::hw
