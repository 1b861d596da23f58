#!/usr/bin/env bash
# compare.sh N [RUNS]
# The same career site built by ProfileGen (a published Release build) and by Hugo (Debian's
# package, with .Related on as in ../shared/bench/hugo), from the same N generated profiles.
# After one warm-up build each, the two tools are timed in alternation RUNS times (default 5),
# each build into a fresh empty folder and, for ProfileGen, without a build cache. Prints the median wall time, CPU time (user+sys,
# and each apart) and peak RSS of each, ms per page, and the ratios ProfileGen / Hugo taken in this one run.
# Every run's output stays until the end: deleting 11,000 files right before the next build made
# ext4 (the bench machine's file system) spend 10-14 s of system time allocating the next run's
# inodes, for either tool and growing run after run (2-3 s when nothing was deleted); that is the
# script's own doing, not the tools'. The outputs take about 250 MB a run at 10,000 profiles.
#   apt-get install -y hugo      (once)
#   bench/compare.sh 10000 5
set -euo pipefail
N=${1:?usage: compare.sh N [RUNS]}
RUNS=${2:-5}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
WORK=${BENCH_WORK:-/tmp/profilegen-bench}
command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 2; }

mkdir -p "$WORK"
rm -rf "$WORK/hugo" "$WORK/site" "$WORK/out"
cp -r "$SHARED/hugo" "$WORK/hugo"          # ../shared may be read-only
chmod -R u+w "$WORK/hugo"

echo "== corpus: $N profiles (make_corpus.py)"
if [ ! -f "$WORK/corpus-$N/.done" ]; then
  rm -rf "$WORK/corpus-$N"
  python3 "$SHARED/make_corpus.py" "$N" "$WORK/corpus-$N" >/dev/null
  touch "$WORK/corpus-$N/.done"
fi
rm -rf "$WORK/hugo/content/careers" && mkdir -p "$WORK/hugo/content/careers" "$WORK/site/profiles"
find "$WORK/corpus-$N" -maxdepth 1 -name "*.md" -exec cp -t "$WORK/hugo/content/careers/" {} +   # (a glob is too long at 50,000)
find "$WORK/corpus-$N" -maxdepth 1 -name "*.md" -exec cp -t "$WORK/site/profiles/" {} +
printf 'title: "Career Profiles"\nbase_url: "https://careers.example.org/"\n' > "$WORK/site/profilegen.yml"

echo "== publish ProfileGen (Release, self-contained composite: bench/publish.sh)"
bash "$REPO/bench/publish.sh" "$WORK/bin"

mkdir -p "$WORK/out"
: > "$WORK/out/times"
for i in $(seq 0 "$RUNS"); do
  for tool in hugo profilegen; do
    out="$WORK/out/$tool-$i"
    case $tool in
      hugo) (cd "$WORK/hugo" && /usr/bin/time -f "$tool $i %e %U %S %M" -a -o "$WORK/out/times" hugo --quiet --destination "$out") ;;
      # A first build: no build cache from the previous run (it would let ProfileGen skip parsing).
      profilegen) rm -rf "$WORK/site/.profilegen-cache"; /usr/bin/time -f "$tool $i %e %U %S %M" -a -o "$WORK/out/times" "$WORK/bin/profilegen" build --source "$WORK/site" --output "$out" >/dev/null ;;
    esac
    echo "$tool run $i: $(tail -1 "$WORK/out/times" | cut -d' ' -f3) s, $(find "$out" -name '*.html' | wc -l) html"
  done
done
rm -rf "$WORK"/out/hugo-* "$WORK"/out/profilegen-*

python3 - "$WORK/out/times" "$N" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
n = int(sys.argv[2])
res = {}
for tool in ("hugo", "profilegen"):
    r = [x for x in rows if x[0] == tool and x[1] != "0"]   # run 0 is the warm-up
    wall = statistics.median(float(x[2]) for x in r)
    cpu = statistics.median(float(x[3]) + float(x[4]) for x in r)
    user = statistics.median(float(x[3]) for x in r)
    sys_ = statistics.median(float(x[4]) for x in r)
    rss = statistics.median(int(x[5]) / 1024 for x in r)
    res[tool] = (wall, cpu, rss)
    print(f"{tool:<11} N={n:<6} runs={len(r)}  wall {wall:7.2f} s  cpu {cpu:7.2f} s (user {user:.2f}, sys {sys_:.2f})  peak RSS {rss:7.0f} MiB  {1000 * wall / n:6.3f} ms/profile")
h, p = res["hugo"], res["profilegen"]
print(f"ratio ProfileGen/Hugo: wall {p[0] / h[0]:.2f}  cpu {p[1] / h[1]:.2f}  peak RSS {p[2] / h[2]:.2f}")
PY
