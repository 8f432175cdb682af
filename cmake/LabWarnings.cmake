# -Wall -Wextra on every target the project builds (LAB_WARNINGS, on by default): walks the
# folders from `dir` and adds the flags to each compiled target. Imported (third-party) targets
# are not built here; their headers come in as system headers and stay quiet.
option(LAB_WARNINGS "Compile the project's targets with -Wall -Wextra" ON)

function(lab_warnings_on_tree dir)
  if(NOT LAB_WARNINGS)
    return()
  endif()
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$")
      target_compile_options(${target} PRIVATE -Wall -Wextra)
    endif()
  endforeach()
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(subdir IN LISTS subdirs)
    lab_warnings_on_tree(${subdir})
  endforeach()
endfunction()
