# Writes the commit the build was made from to OUT (bin/BUILD_COMMIT), "-dirty" appended when
# core/, hardware/ or app/ differ from it, so a copy of bin/ (bench/learning.py --bin) can say
# which code its runs came from. Run by the build_commit target at every build; nothing
# depends on the file, so it costs no recompilation.
#   cmake -DSRC=<source dir> -DOUT=<file> -P LabBuildCommit.cmake
execute_process(COMMAND git -C ${SRC} rev-parse --short HEAD
                OUTPUT_VARIABLE head OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE failed ERROR_QUIET)
if(failed OR head STREQUAL "")
  set(head "unknown")
else()
  execute_process(COMMAND git -C ${SRC} diff --quiet HEAD -- core hardware app
                  RESULT_VARIABLE dirty ERROR_QUIET)
  if(dirty)
    set(head "${head}-dirty")
  endif()
endif()
set(text "${head}\n")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
endif()
if(NOT old STREQUAL text)
  file(WRITE ${OUT} "${text}")
endif()
