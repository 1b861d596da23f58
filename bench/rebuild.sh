#!/usr/bin/env bash
# rebuild.sh N [RUNS]
# How long `profilegen build` takes when the output folder and the build cache of the previous
# build are there: after editing one profile's body, and after changing nothing. Uses the same
# generated corpus as compare.sh. Each run: a clean build (no cache, empty output), then the edit
# and a rebuild, then a rebuild with no change. Prints medians, the ratio rebuild / clean build,
# how many files the rebuild rewrote, and checks the rebuilt site equals a clean build byte for byte.
# Each run's clean build goes into a fresh folder that stays until the end (see compare.sh: deleting
# 11,000 files right before a build costs the next build seconds of file-system time).
#   bench/rebuild.sh 10000 5
set -euo pipefail
N=${1:?usage: rebuild.sh N [RUNS]}
RUNS=${2:-5}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
WORK=${BENCH_WORK:-/tmp/profilegen-bench}
SITE="$WORK/rebuild-site"

mkdir -p "$WORK"
if [ ! -f "$WORK/corpus-$N/.done" ]; then
  rm -rf "$WORK/corpus-$N"
  python3 "$SHARED/make_corpus.py" "$N" "$WORK/corpus-$N" >/dev/null
  touch "$WORK/corpus-$N/.done"
fi
echo "== publish ProfileGen (Release, self-contained composite: bench/publish.sh)"
bash "$REPO/bench/publish.sh" "$WORK/bin"
PG="$WORK/bin/profilegen"

rm -rf "$SITE" "$WORK"/rebuild-output-* && mkdir -p "$SITE/profiles"
find "$WORK/corpus-$N" -maxdepth 1 -name "*.md" -exec cp -t "$SITE/profiles/" {} +
sleep 2 # a build trusts the size and time only of files written 2 s before it (SourceStamps)
printf 'title: "Career Profiles"\nbase_url: "https://careers.example.org/"\n' > "$SITE/profilegen.yml"
EDITED=$(ls "$SITE/profiles" | sed -n "$((N / 2))p")
TIMES="$WORK/rebuild-times"
: > "$TIMES"

# Each timed build starts after `sync`: the clean build leaves 300 MB of written pages for the kernel
# to flush, which on this 2-core machine took 0.2-1 s of the next build's time (an author's edit
# comes seconds later, when that is done).
for i in $(seq 1 "$RUNS"); do
  OUT="$WORK/rebuild-output-$i"
  rm -rf "$SITE/.profilegen-cache" "$OUT"
  sync
  /usr/bin/time -f "clean %e %M" -a -o "$TIMES" "$PG" build --source "$SITE" --output "$OUT" >/dev/null
  echo "Edited in run $i of the rebuild benchmark." >> "$SITE/profiles/$EDITED"
  touch "$WORK/rebuild-mark"; sleep 0.01
  sync
  /usr/bin/time -f "edit %e %M" -a -o "$TIMES" "$PG" build --source "$SITE" --output "$OUT" >/dev/null
  echo "changed $(find "$OUT" -type f -newer "$WORK/rebuild-mark" | wc -l)" >> "$TIMES"
  sync
  /usr/bin/time -f "nochange %e %M" -a -o "$TIMES" "$PG" build --source "$SITE" --output "$OUT" >/dev/null
  echo "run $i: $(grep -E '^(clean|edit|nochange)' "$TIMES" | tail -3 | awk '{printf "%s %s s  ", $1, $2}')"
done

rm -rf "$WORK/rebuild-clean"
"$PG" build --source "$SITE" --no-cache --output "$WORK/rebuild-clean" >/dev/null
if diff -r -q "$OUT" "$WORK/rebuild-clean" >/dev/null; then echo "rebuilt site == clean build: identical"; else echo "rebuilt site differs from a clean build" >&2; exit 1; fi
rm -rf "$WORK"/rebuild-output-* "$WORK/rebuild-clean"

python3 - "$TIMES" "$N" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
med = lambda kind, col: statistics.median(float(r[col]) for r in rows if r[0] == kind)
clean, edit, none = med("clean", 1), med("edit", 1), med("nochange", 1)
changed = statistics.median(int(r[1]) for r in rows if r[0] == "changed")
print(f"N={sys.argv[2]}  clean build {clean:.2f} s ({med('clean', 2) / 1024:.0f} MiB)  rebuild after one body edit {edit:.2f} s ({med('edit', 2) / 1024:.0f} MiB)  rebuild with no change {none:.2f} s")
cleans = [float(r[1]) for r in rows if r[0] == "clean"]
edits = [float(r[1]) for r in rows if r[0] == "edit"]
runs = sorted(e / c for e, c in zip(edits, cleans))
print(f"ratio rebuild / clean: one edit {edit / clean:.3f} (each run's own: {', '.join(f'{x:.3f}' for x in runs)}; median {statistics.median(runs):.3f}), no change {none / clean:.3f}; files rewritten by the edit rebuild: {changed:.0f}")
PY
