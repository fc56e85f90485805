# The interface in more than one language: Qt Linguist files in
# resources/translations/ (bistro_<language>.ts), compiled by lrelease into .qm
# files the programs carry inside them as resources (:/i18n/bistro_<language>.qm).
#
# `ninja update_translations` runs lupdate over every source whose words a user
# reads (the window, the command-line tool, and the sentence templates sim/ marks
# with BISTRO_WORDS), adding new messages as unfinished ones to translate.
# bistro_en.ts holds only the plural forms English needs ("%n parties").
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(BISTRO_LANGUAGES en de es)
set(BISTRO_TS_DIR ${PROJECT_SOURCE_DIR}/resources/translations)
# lupdate's view of the sources: the folders, the include paths (so tr() finds its
# class), and BISTRO_WORDS and BISTRO_PHRASE read as QT_TRANSLATE_NOOP.
# (In the cache, so tests/ finds them for its marked translation.)
set(BISTRO_LUPDATE_ARGS -locations relative -no-obsolete
    -I ${PROJECT_SOURCE_DIR}/app/gui/include -I ${PROJECT_SOURCE_DIR}/app/gui/src
    -I ${PROJECT_SOURCE_DIR}/sim/include -I ${PROJECT_SOURCE_DIR}/sim/io/include
    -tr-function-alias QT_TRANSLATE_NOOP+=BISTRO_WORDS,QT_TRANSLATE_NOOP+=BISTRO_PHRASE
    ${PROJECT_SOURCE_DIR}/app/gui ${PROJECT_SOURCE_DIR}/app/cli ${PROJECT_SOURCE_DIR}/sim
    CACHE INTERNAL "lupdate's view of the sources")

set(update_commands "")
foreach(language IN LISTS BISTRO_LANGUAGES)
  set(only "")
  if(language STREQUAL "en")
    set(only -pluralonly)
  endif()
  list(APPEND update_commands COMMAND Qt6::lupdate -silent ${only} ${BISTRO_LUPDATE_ARGS}
       -ts ${BISTRO_TS_DIR}/bistro_${language}.ts -target-language ${language})
endforeach()
add_custom_target(update_translations ${update_commands}
                  COMMENT "Updating resources/translations/ from the sources" VERBATIM)

# The .qm files, compiled in the folder that calls it; `out` names the list.
function(bistro_compile_translations out)
  set(qms "")
  foreach(language IN LISTS BISTRO_LANGUAGES)
    set(ts ${BISTRO_TS_DIR}/bistro_${language}.ts)
    set(qm ${CMAKE_CURRENT_BINARY_DIR}/i18n/bistro_${language}.qm)
    add_custom_command(OUTPUT ${qm}
      COMMAND Qt6::lrelease -silent ${ts} -qm ${qm}
      DEPENDS ${ts} COMMENT "Compiling the ${language} translation" VERBATIM)
    list(APPEND qms ${qm})
  endforeach()
  set(${out} ${qms} PARENT_SCOPE)
endfunction()

# Puts the compiled translations inside `target` at :/i18n/.
function(bistro_embed_translations target qms)
  qt_add_resources(${target} translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n
                   FILES ${qms})
endfunction()

# For the tests: every message of the sources (bistro_de.ts brought up to date by
# lupdate, in the build tree) translated to its own source between marks, "⟦…⟧",
# by tests/gui/relanguage/mark_translation.py, compiled to the .qm file `qm`.
function(bistro_marked_translation qm)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  get_filename_component(dir ${qm} DIRECTORY)
  set(current ${dir}/current.ts)
  set(marked ${dir}/marked.ts)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/app/gui/*.cpp
       ${PROJECT_SOURCE_DIR}/app/gui/*.hpp)
  set(script ${PROJECT_SOURCE_DIR}/tests/gui/relanguage/mark_translation.py)
  add_custom_command(OUTPUT ${qm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/resources/translations/bistro_de.ts ${current}
    COMMAND Qt6::lupdate -silent ${BISTRO_LUPDATE_ARGS} -ts ${current} -target-language de
    COMMAND Python3::Interpreter ${script} ${current} ${marked}
    COMMAND Qt6::lrelease -silent ${marked} -qm ${qm}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/translations/bistro_de.ts ${script} ${sources}
    COMMENT "A marked translation for the tests" VERBATIM)
endfunction()
