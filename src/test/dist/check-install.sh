#!/usr/bin/env bash
# Checks the Linux package as a user meets it: unpacks the .deb that `./mvnw -Pdist package` made
# into a throwaway root (or installs it with dpkg -i when given --dpkg, as root), starts the
# installed launcher under Xvfb as a user whose home is empty (user "nobody" when run as root),
# and checks that the window shows the bundled model, that `info` on a bundled model works, and
# that the installation is byte for byte unchanged afterwards, and that the program maps the
# class-data archive the postinst makes. Prints the package's sizes and the times from launch to the
# window, to its start page drawn and to the model's points drawn (after Esc), for three starts.
#
# Run by the benchmark profile: ./mvnw -Pdist,benchmark -DskipTests verify -Dbench=install
# or by hand:                  bash src/test/dist/check-install.sh [--dpkg] [target/dist/X.deb]
# Needs: xvfb, xdotool, imagemagick (and dpkg-deb, which Debian has).
set -euo pipefail
cd "$(dirname "$0")/../../.."
use_dpkg=false
if [ "${1:-}" = --dpkg ]; then use_dpkg=true; shift; fi
deb=${1:-$(ls target/dist/*.deb | head -1)}
out=target/dist/check
rm -rf "$out" && mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/latent-install.XXXXXX)
chmod 755 "$work"
cleanup() {
  [ -n "${app_pid:-}" ] && kill -- -"$app_pid" 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  if $use_dpkg && dpkg -s latent-explorer >/dev/null 2>&1; then dpkg --purge latent-explorer >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "package: $deb"
echo "  .deb size: $(du -m "$deb" | cut -f1) MB"
if $use_dpkg; then
  [ "$(id -u)" = 0 ] || fail "--dpkg needs root"
  dpkg -i "$deb" >/dev/null
  root=/
  [ -L /usr/bin/latent-explorer ] || fail "the package put no latent-explorer command on the PATH"
  launcher=/usr/bin/latent-explorer
else
  root=$work/root
  dpkg-deb -x "$deb" "$root"
  for s in preinst postinst prerm postrm; do
    dpkg-deb --ctrl-tarfile "$deb" | tar -xO "./$s" | sh -n || fail "$s is not a valid shell script"
  done
  launcher=$root/opt/latent-explorer/bin/LatentExplorer
fi
install_dir=$root/opt/latent-explorer
app_dir=$install_dir/lib/app
if ! $use_dpkg; then
  # What the postinst does at install time, here in the throwaway root: the class-data archive.
  dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst | grep -q -- '-Xshare:dump' \
    || fail "the postinst makes no class-data archive"
  "$install_dir/lib/runtime/bin/java" -Xshare:dump -Xms1g -Xmn32m \
    -XX:SharedClassListFile="$app_dir/classes.lst" -XX:SharedArchiveFile="$app_dir/latent-explorer.jsa" \
    -cp "$app_dir/latent-explorer.jar" >/dev/null 2>&1 || fail "the class-data archive could not be made"
fi
[ -f "$app_dir/latent-explorer.jsa" ] || fail "no class-data archive after the install"
echo "  class-data archive made at install: $(du -m "$app_dir/latent-explorer.jsa" | cut -f1) MB"
echo "  installed size: $(du -sm "$install_dir" | cut -f1) MB"
[ -f "$install_dir/lib/latent-explorer-LatentExplorer.desktop" ] || fail "no desktop entry"
grep -q '^Exec=/opt/latent-explorer/bin/LatentExplorer' "$install_dir/lib/latent-explorer-LatentExplorer.desktop" \
  || fail "the desktop entry does not start the launcher"
chmod -R a-w "$install_dir"
fingerprint() { (cd "$install_dir" && find . -printf '%y %m %s %p\n' | sort && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
fingerprint > "$work/before"

# A user with an empty home: "nobody" when this runs as root, so the installation is truly read-only.
home=$work/home
mkdir -p "$home"
user=()
if [ "$(id -u)" = 0 ]; then
  chown nobody "$home"
  user=(runuser -u nobody --)
fi
as_user() { "${user[@]}" env -i HOME="$home" PATH=/usr/bin:/bin DISPLAY="${DISPLAY:-}" "$@"; }

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 2

# Whether the screen shot $1 shows at least 256 pixels of each colour given (the scatter's points;
# the legend's swatches alone have fewer).
colours_shown() {
  local shot=$1 c count
  shift
  for c in "$@"; do
    count=$(convert "$shot" -fuzz 3% -fill black +opaque "$c" -fill white -opaque "$c" -format '%[fx:mean*w*h]' info:)
    awk -v n="$count" 'BEGIN { exit !(n >= 256) }' || return 1
  done
}

# Polled while timing (one class's colour, about 0.15 s a look), then confirmed with four.
points_appeared() {
  import -window root "$1" && colours_shown "$1" '#e15759'
}
# The start page's title, in the window's top-left corner (a small grab, about 0.2 s a look).
start_page_shown() {
  import -window root -crop 800x250+0+0 +repage "$1" && colours_shown "$1" '#1c2a6e'
}
points_shown() {
  import -window root "$1" && colours_shown "$1" '#4e79a7' '#f28e2b' '#e15759' '#76b7b2'
}

start_once() {
  local name=$1
  local t0 t1 t2 w
  t0=$(date +%s.%N)
  # In a session of its own, so that the launcher and the Java it starts stop together.
  setsid "${user[@]}" env -i HOME="$home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" "$launcher" \
    > "$out/$name.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    w=$(xdotool search --name '^Latent Explorer$' 2>/dev/null | head -1 || true)
    [ -n "$w" ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/$name.log"; fail "$name: the program exited"; }
    sleep 0.1
  done
  [ -n "$w" ] || fail "$name: no window within 60 s"
  t1=$(date +%s.%N)
  xdotool windowmove "$w" 0 0 windowsize "$w" 1280 800 || true
  # A plain start shows the start page over the model; a click on its veil gives the window the
  # keyboard, and Esc closes the page.
  for _ in $(seq 1 600); do
    if start_page_shown "$work/start-page.ppm"; then break; fi
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/$name.log"; fail "$name: the program exited"; }
    sleep 0.05
  done
  tp=$(date +%s.%N)
  import -window root "$out/$name-start-page.png"
  start_page_shown "$work/start-page.ppm" || fail "$name: no start page (see $out/$name-start-page.png)"
  mapped=no
  for p in $(pgrep -s "$app_pid"); do
    if grep -q 'latent-explorer\.jsa' "/proc/$p/maps" 2>/dev/null; then mapped=yes; fi
  done
  [ "$mapped" = yes ] || fail "$name: the program did not map the class-data archive"
  xdotool mousemove 20 400 click 1 key Escape
  for _ in $(seq 1 600); do
    if points_appeared "$out/$name.png"; then break; fi
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/$name.log"; fail "$name: the program exited"; }
    sleep 0.1
  done
  t2=$(date +%s.%N)
  points_shown "$out/$name.png" || fail "$name: the window never showed the bundled model's points (see $out/$name.png)"
  # The program's own line, from its JVM's start to the first model's session.
  ready=$(sed -n 's/^Latent Explorer: .* ready on \(.*\), \(.*\) after start$/; the program says ready on \1 \2 after its start/p' \
    "$out/$name.log" | head -1)
  awk -v n="$name" -v a="$t0" -v b="$t1" -v p="$tp" -v c="$t2" -v r="$ready" \
    'BEGIN { printf "  %s: window after %.1f s, its start page drawn after %.1f s, the model\047s points on screen after %.1f s%s\n", n, b - a, p - a, c - a, r }'
  sleep 2
  import -window root "$out/$name.png"
  kill -- -"$app_pid"; wait "$app_pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    xdotool search --name '^Latent Explorer$' >/dev/null 2>&1 || break
    sleep 0.1
  done
  ! xdotool search --name '^Latent Explorer$' >/dev/null 2>&1 || fail "$name: the window stayed after the program was stopped"
  app_pid=
  if grep -q "Exception" "$out/$name.log"; then cat "$out/$name.log"; fail "$name: an exception was logged"; fi
}

start_once first-start
start_once second-start
start_once third-start

model=$install_dir/lib/app/models/fashion-vae-2d
as_user "$launcher" info "$model" > "$out/info.txt" 2>&1 || { cat "$out/info.txt"; fail "info on a bundled model failed"; }
grep -q "VAE" "$out/info.txt" || fail "info did not describe the bundled model: $(head -3 "$out/info.txt")"
echo "  info on the bundled model: $(head -1 "$out/info.txt")"
# The launcher's own class path against the archive: with -Xshare:on Java refuses to start on a
# mismatch, and says where each class came from.
as_user JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" "$launcher" info "$model" > "$out/info-shared.txt" 2>&1 \
  || { tail -5 "$out/info-shared.txt"; fail "the launcher cannot use the class-data archive"; }
grep -q 'org.latentexplorer.app.Launcher source: shared objects file' "$out/info-shared.txt" \
  || fail "the program's classes do not come from the class-data archive"
echo "  the launcher uses the class-data archive: $(grep -c 'source: shared objects file' "$out/info-shared.txt") classes from it for info"


fingerprint > "$work/after"
cmp -s "$work/before" "$work/after" || { diff "$work/before" "$work/after" | head; fail "the installation changed"; }
echo "  the installation is unchanged"
echo "  the user's data folder holds: $(cd "$home" && find . -maxdepth 4 -type d | sort | tr '\n' ' ')"
echo "screenshots: $out/*.png"
