# Installs the Debian 12 packages Async Bistro needs, if any is missing.
# Sourced by scripts/run and scripts/test.

bistro_packages=(
  build-essential cmake ninja-build pkg-config
  libspdlog-dev libfmt-dev libpcg-cpp-dev nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
  xvfb xauth fonts-dejavu-core
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  help2man desktop-file-utils appstream dpkg-dev
  nodejs python3
)

install_bistro_dependencies() {
  local missing=()
  for p in "${bistro_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
