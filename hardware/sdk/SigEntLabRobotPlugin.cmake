# The robot plugin SDK's CMake helpers, used the same way inside this repository (hardware/,
# tests/hardware) and by a plugin built out of tree against the installed SDK
# (find_package(SigEntLabPluginSDK), docs/PLUGINS.md).
#
#   sigentlab_add_robot_plugin(<target> METADATA <robot.json> SOURCES <file>...)
#     A Qt plugin (MODULE library, AUTOMOC) linked to SigEntLab::PluginAPI, with its metadata.
#   sigentlab_robot_plugin_metadata(<target> <robot.json> [OVERRIDES key=<json value>...])
#     Only the metadata, for a target made otherwise (qt_add_plugin).
#
# <robot.json> is the plugin author's part: { "id", "name", "description", "version" }. The
# helper adds the versions the host's loader checks, read from api/plugin_version.h (the one
# place they are written) and from this build: abi_version, api_version ("major.minor"),
# qt_version ("major.minor") and compiler. It writes the result as robot_plugin.json into a
# folder of the target's own that is on its include path, where moc finds it for
#   Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
# OVERRIDES replace keys afterwards (the loader's tests make plugins of other versions).
#
# Before including this file, the includer sets the global property
# SIGENTLAB_PLUGIN_VERSION_HEADER to the path of api/plugin_version.h.
include_guard(GLOBAL)

# The contract's versions from plugin_version.h into <prefix>_ABI_VERSION,
# <prefix>_API_VERSION_MAJOR and <prefix>_API_VERSION_MINOR in the caller's scope.
function(sigentlab_read_plugin_versions prefix)
  get_property(header GLOBAL PROPERTY SIGENTLAB_PLUGIN_VERSION_HEADER)
  if(NOT EXISTS "${header}")
    message(FATAL_ERROR "SigEnt Lab plugin SDK: plugin_version.h not found at '${header}'")
  endif()
  file(STRINGS "${header}" lines
    REGEX "^#define LAB_ROBOT_(ABI_VERSION|API_VERSION_MAJOR|API_VERSION_MINOR) [0-9]+")
  foreach(key ABI_VERSION API_VERSION_MAJOR API_VERSION_MINOR)
    set(value "")
    foreach(line IN LISTS lines)
      if(line MATCHES "^#define LAB_ROBOT_${key} ([0-9]+)")
        set(value ${CMAKE_MATCH_1})
      endif()
    endforeach()
    if(value STREQUAL "")
      message(FATAL_ERROR "SigEnt Lab plugin SDK: LAB_ROBOT_${key} missing in ${header}")
    endif()
    set(${prefix}_${key} ${value} PARENT_SCOPE)
  endforeach()
endfunction()

function(sigentlab_robot_plugin_metadata target source_json)
  cmake_parse_arguments(ARG "" "" "OVERRIDES" ${ARGN})
  get_filename_component(source_json "${source_json}" ABSOLUTE)
  file(READ "${source_json}" json)
  sigentlab_read_plugin_versions(v)
  if(Qt6_VERSION)
    set(qt_version ${Qt6_VERSION})
  elseif(Qt6Core_VERSION)
    set(qt_version ${Qt6Core_VERSION})
  else()
    message(FATAL_ERROR "SigEnt Lab plugin SDK: find_package(Qt6 COMPONENTS Core) first")
  endif()
  string(REGEX MATCH "^[0-9]+\\.[0-9]+" qt_major_minor "${qt_version}")
  string(JSON json SET "${json}" abi_version "${v_ABI_VERSION}")
  string(JSON json SET "${json}" api_version "\"${v_API_VERSION_MAJOR}.${v_API_VERSION_MINOR}\"")
  string(JSON json SET "${json}" qt_version "\"${qt_major_minor}\"")
  string(JSON json SET "${json}" compiler
    "\"${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}\"")
  foreach(override IN LISTS ARG_OVERRIDES)
    if(NOT override MATCHES "^([A-Za-z_]+)=(.*)$")
      message(FATAL_ERROR
        "sigentlab_robot_plugin_metadata: OVERRIDES wants key=value, got '${override}'")
    endif()
    string(JSON json SET "${json}" ${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
  endforeach()
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_metadata")
  set(out "${dir}/robot_plugin.json")
  # Written only when it changes, so an unchanged plugin is not moc'ed and linked again.
  set(old "")
  if(EXISTS "${out}")
    file(READ "${out}" old)
  endif()
  if(NOT old STREQUAL "${json}\n")
    file(WRITE "${out}" "${json}\n")
  endif()
  target_include_directories(${target} PRIVATE "${dir}")
  get_property(header GLOBAL PROPERTY SIGENTLAB_PLUGIN_VERSION_HEADER)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source_json}" "${header}")
endfunction()

function(sigentlab_add_robot_plugin target)
  cmake_parse_arguments(ARG "" "METADATA" "SOURCES" ${ARGN})
  if(NOT ARG_METADATA OR NOT ARG_SOURCES)
    message(FATAL_ERROR "sigentlab_add_robot_plugin(${target} METADATA <robot.json> SOURCES ...)")
  endif()
  add_library(${target} MODULE ${ARG_SOURCES} ${ARG_METADATA})
  # Hidden symbols: the plugin's code cannot interpose the host's or another plugin's.
  set_target_properties(${target} PROPERTIES AUTOMOC ON
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  target_compile_features(${target} PRIVATE cxx_std_17)
  target_link_libraries(${target} PRIVATE SigEntLab::PluginAPI)
  sigentlab_robot_plugin_metadata(${target} "${ARG_METADATA}")
endfunction()
