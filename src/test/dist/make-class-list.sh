#!/usr/bin/env bash
# Writes src/dist/classes.lst: the classes the program loads from its start to its first model on
# screen, as the JVM lists them (-XX:DumpLoadedClassList). The Linux package's postinst makes a
# class-data-sharing archive of them at install time (the archive holds the installed jars' paths,
# so it cannot be made at build time), and the launcher maps it, which saves about a second of
# every start. Run it again after renaming or adding classes that the start loads; ClassListTest
# says when the list has gone stale.
#
# Run:   ./mvnw -q -o -DskipTests package && bash src/test/dist/make-class-list.sh
# Needs: xvfb.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=target/latent-explorer.jar
[ -f "$jar" ] || { echo "no $jar: run ./mvnw -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d /tmp/latent-classes.XXXXXX)
list=$work/classes.lst
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
sleep 2
HOME=$work DISPLAY=$display java -XX:DumpLoadedClassList="$list" -jar "$jar" explore \
  > "$work/run.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  grep -q "ready on" "$work/run.log" && break
  sleep 0.1
done
grep -q "ready on" "$work/run.log" || { cat "$work/run.log"; echo "the program never said ready" >&2; exit 1; }
# The first frames drawn with the model, then stop.
sleep 3
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=
cp "$list" src/dist/classes.lst
echo "src/dist/classes.lst: $(grep -vc '^[#@]' src/dist/classes.lst) classes, $(grep -c '^org/latentexplorer/' src/dist/classes.lst) of them the program's"
