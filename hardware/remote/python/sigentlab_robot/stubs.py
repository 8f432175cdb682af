"""The gRPC stubs generated from hardware/remote/robot_bridge.proto at build time (CMake runs
protoc --python_out with grpc_python_plugin into <build>/python/robot_bridge_kit). Found through
SIGENTLAB_BRIDGE_STUBS, else the repository's build folder."""
import os
import sys

_default = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "build", "python",
                        "robot_bridge_kit")
_folder = os.path.abspath(os.environ.get("SIGENTLAB_BRIDGE_STUBS", _default))
if not os.path.isfile(os.path.join(_folder, "robot_bridge_pb2.py")):
    raise ImportError(f"no robot bridge stubs in {_folder}: build the project (./lab build) or "
                      "set SIGENTLAB_BRIDGE_STUBS")
if _folder not in sys.path:
    sys.path.insert(0, _folder)

import robot_bridge_pb2 as pb  # noqa: E402
import robot_bridge_pb2_grpc as pb_grpc  # noqa: E402

__all__ = ["pb", "pb_grpc"]
