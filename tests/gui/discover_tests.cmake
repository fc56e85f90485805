# Lists the QtTest functions of a GUI test program and writes one CTest test per
# function, so a new test function is run without being named anywhere else.
# Run after each build of each gui_*_tests program (tests/CMakeLists.txt): -DEXE= -DOUT=
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${EXE} -functions
                OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${EXE} -functions failed (${status}): ${listing}")
endif()
string(REGEX MATCHALL "[A-Za-z_][A-Za-z0-9_]*\\(\\)" functions "${listing}")
set(content "")
foreach(fn IN LISTS functions)
  string(REPLACE "()" "" fn "${fn}")
  string(APPEND content "add_test([=[Gui.${fn}]=] [==[${EXE}]==] ${fn})\n"
         "set_tests_properties([=[Gui.${fn}]=] PROPERTIES LABELS gui ENVIRONMENT QT_QPA_PLATFORM=offscreen)\n")
endforeach()
list(LENGTH functions count)
if(count EQUAL 0)
  message(FATAL_ERROR "${EXE} -functions listed no test functions")
endif()
file(WRITE ${OUT} "${content}")
