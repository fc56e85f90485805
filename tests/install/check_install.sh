#!/usr/bin/env bash
# The installed programs, run as a user would run them, from a folder that is
# neither the build tree nor the sources:
#   check_install.sh install BUILD SOURCE VERSION APP_ID
#     `cmake --install` into a temporary DESTDIR under the prefix /opt/async-bistro
#     (not the configured one: the programs must find their data from their place);
#   check_install.sh deb BUILD SOURCE VERSION APP_ID
#     `cpack -G DEB`, the package unpacked with `dpkg-deb -x` into a fresh root,
#     its dependencies (dpkg-deb -I) naming the Qt libraries.
# Either way: every file in its place, the desktop entry and the metainfo valid,
# the manual pages saying what --help says, `bistro-cli --version`, presets run
# by name, a preset a teacher adds to the data folder, a mistyped name answered
# with where it looked, and `bistro --screenshot`.
set -euo pipefail
mode=$1 build=$2 source=$3 version=$4 app_id=$5

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# --- put the programs somewhere new ------------------------------------------------
if [ "$mode" = install ]; then
  DESTDIR="$work/root" cmake --install "$build" --prefix /opt/async-bistro >"$work/install.log" ||
    { cat "$work/install.log"; fail "cmake --install"; }
  prefix="$work/root/opt/async-bistro"
elif [ "$mode" = deb ]; then
  cpack -G DEB -B "$work/package" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack -G DEB"; }
  deb=$(ls "$work"/package/async-bistro_"$version"_*.deb) || fail "no .deb in $(ls "$work/package")"
  dpkg-deb -I "$deb" >"$work/info"
  cat "$work/info"
  for field in "Package: async-bistro" "Version: $version" "Section: education" "Maintainer: "; do
    grep -q "^ $field" "$work/info" || fail "dpkg-deb -I: no '$field'"
  done
  depends=$(grep '^ Depends:' "$work/info") || fail "dpkg-deb -I: no Depends"
  for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libc6 libstdc++6; do
    grep -q "$lib" <<<"$depends" || fail "Depends does not name $lib: $depends"
  done
  dpkg-deb -x "$deb" "$work/root"
  prefix="$work/root/usr"
else
  fail "mode: install or deb, not '$mode'"
fi
echo "installed under $prefix"

# --- every file in its place ----------------------------------------------------------
share="$prefix/share"
data="$share/async-bistro"
for f in bin/bistro bin/bistro-cli \
         share/async-bistro/scenarios/lunch-rush.toml share/async-bistro/code/python/sync_whole_order.py \
         "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
         "share/icons/hicolor/scalable/apps/$app_id.svg" \
         "share/icons/hicolor/48x48/apps/$app_id.png" "share/icons/hicolor/256x256/apps/$app_id.png" \
         share/man/man1/bistro.1.gz share/man/man1/bistro-cli.1.gz; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
for f in "$source"/resources/scenarios/*.toml; do
  [ -f "$data/scenarios/$(basename "$f")" ] || fail "preset not installed: $(basename "$f")"
done
if [ -d "$source/resources/lessons" ]; then
  [ -n "$(ls -A "$data/lessons")" ] || fail "resources/lessons exists but share/async-bistro/lessons is empty"
fi

desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --strict "$share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli validate"
# The metainfo with the desktop entry and the icon it names, as a software centre reads them.
appstreamcli validate-tree --no-net --strict "$prefix" || fail "appstreamcli validate-tree"

# The manual pages are --help in roff: every option of each help is in them.
for help in "bistro --help" "bistro-cli --help" "bistro-cli run --help" "bistro-cli compare --help" \
            "bistro-cli sweep --help" "bistro-cli check --help"; do
  read -r program args <<<"$help"
  page=$(gzip -dc "$share/man/man1/$program.1.gz")
  text=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$program" $args)
  for option in $(grep -o -- '--[a-z][a-z-]*' <<<"$text" | sort -u); do
    grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" <<<"$page" || fail "man $program: no $option ($help)"
  done
done

# --- run them from elsewhere ------------------------------------------------------------
mkdir "$work/elsewhere"
cd "$work/elsewhere"
export XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
cli="$prefix/bin/bistro-cli"

[ "$("$cli" --version)" = "bistro-cli $version" ] || fail "bistro-cli --version: $("$cli" --version)"
"$cli" run lunch-rush --duration 30m -r 2 --format json >run.json || fail "bistro-cli run lunch-rush"
grep -q '"scenario": "Lunch rush"' run.json && grep -q '"replications": 2' run.json &&
  grep -q '"wait_food.mean"' run.json || fail "bistro-cli run lunch-rush: $(head -c 300 run.json)"
"$cli" check slow-kitchen.toml | grep -qF "$data/scenarios/slow-kitchen.toml: OK" ||
  fail "bistro-cli check slow-kitchen.toml did not read the installed preset"

# A preset a teacher adds to the installed folder: found by name by both programs.
sed 's/^name = .*/name = "Added by the teacher"/' "$data/scenarios/quiet-afternoon.toml" \
  >"$data/scenarios/added-by-teacher.toml"
"$cli" run added-by-teacher --duration 20m -r 1 >added.txt || fail "bistro-cli run added-by-teacher"
grep -q "Added by the teacher" added.txt || fail "bistro-cli run added-by-teacher: $(head -3 added.txt)"

# A mistyped name: exit code 2, the places looked at, the closest preset; never the sources.
set +e
"$cli" run lunch-rsh 2>typo.txt
code=$?
set -e
[ "$code" = 2 ] || fail "bistro-cli run lunch-rsh: exit code $code, not 2"
grep -qF "$data/scenarios/lunch-rsh.toml" typo.txt || fail "typo: no installed folder in: $(cat typo.txt)"
grep -qF 'Did you mean "lunch-rush"?' typo.txt || fail "typo: no suggestion in: $(cat typo.txt)"
! grep -qF "$source" typo.txt || fail "an installed program looked in the sources: $(cat typo.txt)"

png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $3*256+$4 "x" $7*256+$8}'; }
for scenario in lunch-rush added-by-teacher; do
  "$prefix/bin/bistro" --scenario "$scenario" --screenshot "$scenario.png" --at 10m --size 1200x800 ||
    fail "bistro --scenario $scenario --screenshot"
  [ "$(png_size "$scenario.png")" = 1200x800 ] || fail "$scenario.png is $(png_size "$scenario.png")"
done
echo "OK: $mode under $prefix"
