# `cpack -G DEB` in a build folder: a Debian package of what `cmake --install`
# installs, under /usr, its dependencies found by dpkg-shlibdeps (dpkg-dev) from
# the libraries the programs link (Qt 6, spdlog, fmt, ...).
set(CPACK_PACKAGE_NAME async-bistro)
set(CPACK_PACKAGE_VENDOR "The Async Bistro developers")
set(CPACK_PACKAGE_CONTACT "Async Bistro maintainers <maintainers@users.noreply.r-seed-83a7e357.example>"
    CACHE STRING "Who maintains the Debian package")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "restaurant that teaches synchronous vs asynchronous programming")
set(CPACK_PACKAGE_DESCRIPTION
    "A synchronous waiter hands a ticket to the kitchen and stands at the pass,
blocked, until the food is cooked; an asynchronous waiter serves other tables
and the kitchen's bell queues the delivery as a task. Async Bistro shows both,
live, with numbers from a deterministic discrete-event simulation checked
against queueing theory: waiting guests, blocked waiters, a busy kitchen and
cold food, the waiters' programs line by line, twin restaurants side by side.
.
The package has the window (bistro) and a command-line tool (bistro-cli) for
batch runs with confidence intervals, CSV and JSON.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${BISTRO_PROJECT_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # a package ships its programs without debug information

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # async-bistro_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Qt's own words (dialog buttons) in German and Spanish; the app's own are inside it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_GENERATOR DEB)
include(CPack)
