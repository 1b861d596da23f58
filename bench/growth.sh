#!/usr/bin/env bash
# growth.sh [SMALL] [LARGE] [RUNS]
# How ProfileGen's time and peak memory grow with the site: clean builds (no build cache, a fresh
# output folder) of SMALL and LARGE generated profiles (default 10,000 and 50,000), alternating,
# RUNS times (default 3). Prints the medians, ms per profile, and the ratios LARGE / SMALL (the
# issue's bound: at most 5.5x the time, and memory growing no faster than the page count).
# As in compare.sh, every run's output stays until the end (deleting tens of thousands of files
# right before a build costs the next build seconds of file-system time); LARGE=50000 needs ~1.2 GB a run.
#   bench/growth.sh 10000 50000 3
set -euo pipefail
SMALL=${1:-10000}
LARGE=${2:-50000}
RUNS=${3:-3}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
WORK=${BENCH_WORK:-/tmp/profilegen-bench}

mkdir -p "$WORK"
rm -rf "$WORK"/growth-*
for n in "$SMALL" "$LARGE"; do
  if [ ! -f "$WORK/corpus-$n/.done" ]; then
    rm -rf "$WORK/corpus-$n"
    python3 "$SHARED/make_corpus.py" "$n" "$WORK/corpus-$n" >/dev/null
    touch "$WORK/corpus-$n/.done"
  fi
  mkdir -p "$WORK/growth-$n/profiles"
  find "$WORK/corpus-$n" -maxdepth 1 -name "*.md" -exec cp -t "$WORK/growth-$n/profiles/" {} +
  printf 'title: "Career Profiles"\nbase_url: "https://careers.example.org/"\n' > "$WORK/growth-$n/profilegen.yml"
done
echo "== publish ProfileGen (Release, self-contained composite: bench/publish.sh)"
bash "$REPO/bench/publish.sh" "$WORK/bin"
PG="$WORK/bin/profilegen"

TIMES="$WORK/growth-times"
: > "$TIMES"
for i in $(seq 1 "$RUNS"); do
  for n in "$SMALL" "$LARGE"; do
    rm -rf "$WORK/growth-$n/.profilegen-cache"
    /usr/bin/time -f "$n %e %U %S %M" -a -o "$TIMES" "$PG" build --source "$WORK/growth-$n" --output "$WORK/growth-$n/out-$i" >/dev/null
    echo "run $i, $n profiles: $(tail -1 "$TIMES" | cut -d' ' -f2) s"
  done
done
rm -rf "$WORK"/growth-*/out-*

python3 - "$TIMES" "$SMALL" "$LARGE" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
med = {}
for n in sys.argv[2:4]:
    r = [x for x in rows if x[0] == n]
    wall = statistics.median(float(x[1]) for x in r)
    cpu = statistics.median(float(x[2]) + float(x[3]) for x in r)
    rss = statistics.median(int(x[4]) / 1024 for x in r)
    med[n] = (wall, rss)
    print(f"N={n:<6} runs={len(r)}  wall {wall:7.2f} s  cpu {cpu:7.2f} s  peak RSS {rss:6.0f} MiB  {1000 * wall / int(n):.3f} ms/profile")
small, large = med[sys.argv[2]], med[sys.argv[3]]
print(f"growth {sys.argv[3]}/{sys.argv[2]} ({int(sys.argv[3]) / int(sys.argv[2]):.0f}x the profiles): time {large[0] / small[0]:.2f}x  peak memory {large[1] / small[1]:.2f}x")
PY
