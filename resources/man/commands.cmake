# Writes the help2man include file of a program with commands (bistro-cli): a
# COMMANDS section holding each command's own --help, word for word (so the
# manual page cannot drift from it), then EXTRA, what --help does not say.
#   cmake -DPROGRAM=bistro-cli -DCOMMANDS="run;compare" -DEXTRA=x.h2m -DOUT=y.h2m -P commands.cmake
# In English whatever the builder's language (bistro-cli follows LANG).
set(ENV{LANG} C)
set(ENV{LC_ALL} C)
set(ENV{LANGUAGE} "")
set(text "")
if(COMMANDS)
  set(text "[COMMANDS]\n")
endif()
foreach(command IN LISTS COMMANDS)
  execute_process(COMMAND ${PROGRAM} ${command} --help
                  OUTPUT_VARIABLE help RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${command} --help failed (${code})")
  endif()
  # As roff, shown as it is: backslashes and minus signs escaped, no line read as a request.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REPLACE "-" "\\-" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND text ".SS ${command}\n.nf\n${help}.fi\n")
endforeach()
file(READ ${EXTRA} extra)
file(WRITE ${OUT} "${text}\n${extra}")
