# The layers of the tree, checked when CMake configures: a target that links (directly or
# through another target) what its layer must not, or a core source that includes the plugin
# host, stops the build with a message naming the chain. tests/cmake/layers proves it fires.
#
#   core_model, core_learning, core_session, core_control: never hardware/host (the app
#     injects robots through core/control's RobotSource) nor Qt Gui/Widgets.
#   core_model: Qt Core only: no LibTorch, SQLite, HDF5 nor another core target.
#   widgets: core_model only of core, never LibTorch.

# Every library `target` links, transitively through targets, into `out`; `out`_VIA_<lib>
# holds the chain from `target` to <lib>.
function(lab_link_closure target out)
  set(seen "")
  set(queue ${target})
  set(via_${target} ${target})
  while(queue)
    list(POP_FRONT queue current)
    if(NOT TARGET ${current})
      continue()
    endif()
    get_target_property(aliased ${current} ALIASED_TARGET)
    if(aliased)
      set(current ${aliased})
    endif()
    set(libs "")
    get_target_property(type ${current} TYPE)
    get_target_property(imported ${current} IMPORTED)
    if(NOT imported AND NOT type STREQUAL "INTERFACE_LIBRARY")
      get_target_property(direct ${current} LINK_LIBRARIES)
      if(direct)
        list(APPEND libs ${direct})
      endif()
    endif()
    get_target_property(iface ${current} INTERFACE_LINK_LIBRARIES)
    if(iface)
      list(APPEND libs ${iface})
    endif()
    foreach(lib IN LISTS libs)
      # $<LINK_ONLY:x> still links x; other generator expressions are left out.
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
      if(lib MATCHES "^\\$<" OR lib STREQUAL "" OR lib IN_LIST seen)
        continue()
      endif()
      list(APPEND seen ${lib})
      list(APPEND queue ${lib})
      set(via_${lib} "${via_${current}} -> ${lib}")
    endforeach()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
  foreach(lib IN LISTS seen)
    set(${out}_VIA_${lib} "${via_${lib}}" PARENT_SCOPE)
  endforeach()
endfunction()

# Stops the configure when `target` links anything matching one of PATTERNS (regexes).
function(lab_forbid_links target)
  cmake_parse_arguments(F "" "REASON" "PATTERNS" ${ARGN})
  if(NOT TARGET ${target})
    message(FATAL_ERROR "Layer check: there is no target '${target}' to check")
  endif()
  lab_link_closure(${target} closure)
  foreach(lib IN LISTS closure)
    foreach(pattern IN LISTS F_PATTERNS)
      if(lib MATCHES "${pattern}")
        message(FATAL_ERROR "Layer crossed: ${target} must not link ${lib} (${F_REASON}).\n"
                            "  link chain: ${closure_VIA_${lib}}")
      endif()
    endforeach()
  endforeach()
endfunction()

# Stops the configure when a .h/.cpp under `dir` includes a header matching PATTERN.
function(lab_forbid_includes dir)
  cmake_parse_arguments(F "" "REASON;PATTERN" "" ${ARGN})
  file(GLOB_RECURSE sources ${dir}/*.h ${dir}/*.cpp)
  foreach(source IN LISTS sources)
    file(STRINGS ${source} hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${F_PATTERN})")
    if(hits)
      list(GET hits 0 hit)
      message(FATAL_ERROR "Layer crossed: forbidden #include (${F_REASON}).\n"
                          "  ${source}: ${hit}")
    endif()
  endforeach()
endfunction()

# The project's rules. LAB_LAYERS_SOURCE_DIR (default: the project's source folder) is where
# core/ lives, so tests/cmake/layers can point the include rule at a tree of its own.
function(lab_check_layers)
  if(NOT LAB_LAYERS_SOURCE_DIR)
    set(LAB_LAYERS_SOURCE_DIR ${CMAKE_SOURCE_DIR})
  endif()
  set(torch "torch|c10")
  set(gui "^Qt6::(Gui|Widgets|PrintSupport|OpenGL|OpenGLWidgets)$")
  foreach(part core_model core_learning core_session core_control)
    lab_forbid_links(${part} PATTERNS "^hardware_host$" "^host_robot_source$" "${gui}" "^widgets$"
      REASON "core is below the plugin host and the GUI: the application injects robots through core/control's RobotSource")
  endforeach()
  lab_forbid_links(core_model PATTERNS "${torch}" "SQLite|sqlite|hdf5|HDF5"
    "^core_(learning|session|control)$"
    REASON "core_model is what widgets may use: Qt Core only, torch-free")
  if(TARGET widgets OR LAB_BUILD_GUI)  # widgets is checked whenever the GUI is built
    lab_forbid_links(widgets PATTERNS "${torch}" "^core$" "^core_(learning|session|control)$"
      "^hardware_host$"
      REASON "widgets show core's values (core_model) and never link LibTorch or the engine")
  endif()
  lab_forbid_includes(${LAB_LAYERS_SOURCE_DIR}/core PATTERN "(host|sim|toy|teleop|remote|chaos)/"
    REASON "core sees robots only through hardware/api and core/control's RobotSource")
endfunction()
