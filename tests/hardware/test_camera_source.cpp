// VideoCameraSource on a generated MJPG video (a white square moving right on black): frames
// arrive off the caller's thread, are 64x64 grayscale, follow the square, end of stream and
// stalls give "stopped delivering frames" errors, a missing device fails fast and clearly.
// CameraRobotAdapter puts those frames into a robot's observations.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "fake_robot.h"
#include "host/camera_robot_adapter.h"
#include "host/robot_handle.h"
#include "host/video_camera_source.h"

using namespace lab::hw;

namespace {
constexpr int kFrames = 30, kW = 160, kH = 120, kSide = 20, kY = 50;
int squareX(int frameIndex0) { return 10 + 4 * frameIndex0; }  // left edge, raw pixels

// Centroid x of the bright pixels, in the image's own pixels; -1 if none.
double brightCentroidX(const cv::Mat& gray) {
  cv::Mat mask;
  cv::threshold(gray, mask, 128, 255, cv::THRESH_BINARY);
  const cv::Moments m = cv::moments(mask, true);
  return m.m00 > 0 ? m.m10 / m.m00 : -1.0;
}
}  // namespace

class TestCameraSource : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase();
  void file_framesArrive64x64AndFollowTheSquare();
  void file_endOfStream_clearError();
  void file_loop_keepsStreaming();
  void slowSource_noFrameForTimeout_reportsStopped();
  void missingDevice_failsFastWithoutBlocking_data();
  void missingDevice_failsFastWithoutBlocking();
  void adapter_replacesRobotImageWithCameraFrames();

 private:
  QTemporaryDir m_dir;
  std::string m_video;
};

void TestCameraSource::initTestCase() {
  QVERIFY(m_dir.isValid());
  m_video = m_dir.filePath(QStringLiteral("square.avi")).toStdString();
  cv::VideoWriter writer(m_video, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 30.0,
                         cv::Size(kW, kH), true);
  QVERIFY2(writer.isOpened(), "cv::VideoWriter cannot write MJPG .avi");
  for (int i = 0; i < kFrames; ++i) {
    cv::Mat frame(kH, kW, CV_8UC3, cv::Scalar::all(0));
    cv::rectangle(frame, cv::Rect(squareX(i), kY, kSide, kSide), cv::Scalar::all(255), cv::FILLED);
    writer.write(frame);
  }
  writer.release();
}

void TestCameraSource::file_framesArrive64x64AndFollowTheSquare() {
  CameraSettings s;
  s.source = m_video;
  s.fileFps = 60.0;  // paced like a camera, but quick
  VideoCameraSource cam(s);
  QCOMPARE(cam.status(), CameraStatus::Idle);
  QElapsedTimer t;
  t.start();
  cam.start();
  QVERIFY2(t.elapsed() < 200, "start() blocked the caller");

  std::vector<CameraFrame> frames;
  std::uint64_t last = 0;
  while (cam.waitForFrame(last, 3000)) {
    CameraFrame f;
    QVERIFY(cam.latestFrame(f));
    QVERIFY(f.index > last);
    last = f.index;
    frames.push_back(f);
  }
  QVERIFY2(frames.size() >= 10, qPrintable(QString::number(frames.size())));
  QCOMPARE(cam.frameCount(), std::uint64_t(kFrames));
  QVERIFY(cam.description().find("160x120") != std::string::npos);

  double previousX = -1.0;
  std::int64_t previousTs = -1;
  for (const CameraFrame& f : frames) {
    QCOMPARE(f.image.cols, 64);
    QCOMPARE(f.image.rows, 64);
    QCOMPARE(f.image.type(), CV_8UC1);
    QCOMPARE(f.raw.cols, kW);
    QCOMPARE(f.raw.rows, kH);
    QVERIFY(f.timestampUs > previousTs);
    previousTs = f.timestampUs;
    // Where the square should be, in 64x64 pixels; INTER_AREA blurs its edges a little.
    const double expected = (squareX(int(f.index) - 1) + kSide / 2.0) * 64.0 / kW;
    const double x = brightCentroidX(f.image);
    QVERIFY2(std::abs(x - expected) < 2.0,
             qPrintable(QStringLiteral("frame %1: square at x=%2, expected %3")
                            .arg(f.index).arg(x).arg(expected)));
    QVERIFY(x > previousX);  // the images change over time: the square moves right
    previousX = x;
  }
}

void TestCameraSource::file_endOfStream_clearError() {
  CameraSettings s;
  s.source = m_video;
  s.fileFps = -1.0;  // as fast as it decodes
  VideoCameraSource cam(s);
  cam.start();
  QTRY_COMPARE_WITH_TIMEOUT(cam.status(), CameraStatus::EndOfStream, 5000);
  QCOMPARE(cam.errorString(), "camera '" + m_video + "' stopped delivering frames after 30 " +
                                  "frames (end of the video file)");
  CameraFrame f;
  QVERIFY(cam.latestFrame(f));  // the last frame stays readable
  QCOMPARE(f.index, std::uint64_t(kFrames));
  QVERIFY(!cam.waitForFrame(f.index, 100));  // returns at once: no more frames will come
}

void TestCameraSource::file_loop_keepsStreaming() {
  CameraSettings s;
  s.source = m_video;
  s.fileFps = -1.0;
  s.loop = true;
  VideoCameraSource cam(s);
  cam.start();
  QTRY_VERIFY_WITH_TIMEOUT(cam.frameCount() > 3 * kFrames, 10000);
  QCOMPARE(cam.status(), CameraStatus::Streaming);
  QVERIFY(cam.errorString().empty());
  cam.stop();
  QCOMPARE(cam.status(), CameraStatus::Stopped);
  const std::uint64_t n = cam.frameCount();
  QTest::qWait(50);
  QCOMPARE(cam.frameCount(), n);
}

void TestCameraSource::slowSource_noFrameForTimeout_reportsStopped() {
  CameraSettings s;
  s.source = m_video;
  s.fileFps = 0.5;  // one frame every 2 s
  s.frameTimeoutMs = 300;
  VideoCameraSource cam(s);
  cam.start();
  QVERIFY(cam.waitForFrame(0, 3000));
  QTRY_COMPARE_WITH_TIMEOUT(cam.status(), CameraStatus::Failed, 1500);
  const std::string e = cam.errorString();
  QVERIFY2(e.find("camera '" + m_video + "' stopped delivering frames after 1 frames (no frame "
                  "for") != std::string::npos,
           e.c_str());
  QElapsedTimer t;
  t.start();
  cam.stop();  // the worker is sleeping between frames: stop must still be prompt
  QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
}

void TestCameraSource::missingDevice_failsFastWithoutBlocking_data() {
  QTest::addColumn<QString>("source");
  QTest::addColumn<QString>("expected");
  QTest::newRow("device path") << "/dev/video_lab_does_not_exist"
                               << "camera '/dev/video_lab_does_not_exist' could not be opened: "
                                  "no such device";
  QTest::newRow("file") << "/nonexistent/folder/clip.avi"
                        << "camera '/nonexistent/folder/clip.avi' could not be opened: no such "
                           "file";
}

void TestCameraSource::missingDevice_failsFastWithoutBlocking() {
  QFETCH(QString, source);
  QFETCH(QString, expected);
  CameraSettings s;
  s.source = source.toStdString();
  VideoCameraSource cam(s);
  QElapsedTimer t;
  t.start();
  cam.start();
  QVERIFY2(t.elapsed() < 200, "start() blocked the caller");
  QTRY_COMPARE_WITH_TIMEOUT(cam.status(), CameraStatus::Failed, 5000);
  QCOMPARE(QString::fromStdString(cam.errorString()), expected);
  CameraFrame f;
  QVERIFY(!cam.latestFrame(f));
  QVERIFY(!cam.waitForFrame(0, 100));
}

void TestCameraSource::adapter_replacesRobotImageWithCameraFrames() {
  CameraSettings s;
  s.source = m_video;
  s.loop = true;
  s.fileFps = 100.0;
  auto adapter = std::make_unique<CameraRobotAdapter>(std::make_unique<test::FakeRobot>(), s);
  const CameraRobotAdapter* raw = adapter.get();
  RobotHandle h(std::move(adapter), "camera test");
  QVERIFY(h.info().name.find("+ camera '" + m_video + "'") != std::string::npos);
  QVERIFY2(!h.info().simulated, "a camera runs in real time, even watching a simulated robot");
  HandleResult r = h.configure(RobotConfig{});
  QVERIFY2(r.ok(), r.error.c_str());
  QVERIFY(h.observationSpec().hasRawImage);
  r = h.activate();  // waits for the camera's first frame
  QVERIFY2(r.ok(), r.error.c_str());
  Observation obs;
  r = h.read(obs);
  QVERIFY2(r.ok(), r.error.c_str());
  QCOMPARE(obs.imageWidth, 64);
  QCOMPARE(obs.image.size(), std::size_t(64 * 64));
  QCOMPARE(obs.rawWidth, kW);
  QCOMPARE(obs.rawHeight, kH);
  QCOMPARE(obs.state, (std::vector<float>{0.1f, 0.2f, 0.3f}));  // from the robot
  const cv::Mat img(64, 64, CV_8UC1, obs.image.data());
  QVERIFY(brightCentroidX(img) > 0.0);  // the camera's square, not the fake's flat image
  QVERIFY(raw->camera() && raw->camera()->frameCount() > 0);
  QVERIFY(h.write({0.1f, 0.1f}).ok());
  QVERIFY(h.shutdown().ok());
  QCOMPARE(raw->camera()->status(), CameraStatus::Stopped);
}

QTEST_GUILESS_MAIN(TestCameraSource)
#include "test_camera_source.moc"
