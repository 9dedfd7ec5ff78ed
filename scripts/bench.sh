#!/usr/bin/env bash
# Benchmark the build of a project (default: the shipped handbook).
#
#   scripts/bench.sh [PROJECT_DIR] [RUNS]
#   scripts/bench.sh --watch [PROJECT_DIR] [EDITS]   warm rebuild in `vetpress watch`
#   scripts/bench.sh --soak [PROJECT_DIR] [EDITS]    memory over many watch rounds
#
# --watch: start `vetpress watch --locale <first partner>` on a copy of the project, wait
# for the first build, then EDITS times (default 20) edit one message of that locale and
# measure "edit saved -> the locale's handbook PDF rewritten" from the file's mtime, waiting
# for each round to end before the next edit: first a paragraph (BENCH_BODY=file:message,
# default benefits.ftl:benefits-intro, skipped when the file is missing), then an interface
# label (ui.ftl: ui-contents). Prints median and min, and the watch's own per-phase timings
# of the last round (--timings). Target: <= 150 ms warm.
# --soak: the label edit EDITS (default 1000) times, handbook edition only, sampling the
# watch process's resident memory (VmRSS) after edit 10, 100, 500 and 1000 (and the last):
# it must stay flat.
#
# Without a mode it reports, each the best of RUNS runs: the full build (all locales and editions, default
# thread count), the same without the online edition (the site's cost), --jobs 1 against --jobs 2, a rebuild after editing one message of one
# locale, a rebuild with nothing changed, peak RSS (/usr/bin/time), and the share of a
# sequential build spent outside Typst: a sequential EPUB-only build does everything a full
# build does (load, lint, resolve, write) except the Typst compile + PDF export. Then the
# same book with 18 more locales (copies of its locale folders under private-use region
# tags such as `fi-QM`), full build: peak memory must not grow with the locale count.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=""
case "${1:-}" in --watch | --soak) mode="$1"; shift ;; esac
if [ -n "$mode" ]; then
  project="$(cd "${1:-.}" && pwd)"
  cargo build --release --quiet
  bin="$(cd "${CARGO_TARGET_DIR:-target}/release" && pwd)/vetpress"
  python3 - "$mode" "$bin" "$project" "${2:-}" <<'PY'
import os, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

mode, binary, project, edits = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
soak = mode == "--soak"
edits = int(edits or (1000 if soak else 20))
work = tempfile.mkdtemp(prefix="vetpress-watch-bench-")
for d in ("sources", "locales", "themes"):
    shutil.copytree(os.path.join(project, d), os.path.join(work, d))
toml = open(os.path.join(work, "sources/book.toml")).read()
book = re.search(r'^id\s*=\s*"([^"]+)"', toml, re.M).group(1)
partners = re.search(r'^locales\s*=\s*\[\s*"([^"]+)"', toml, re.M)
locale = partners.group(1) if partners else re.search(r'^reference-locale\s*=\s*"([^"]+)"', toml, re.M).group(1)
pdf = os.path.join(work, "out", locale, f"{book}-{locale}.pdf")
args = [binary, "watch", "--project", work, "--locale", locale, "--timings"]
if soak:
    args += ["--edition", "handbook"]
proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
lines, cond = [], threading.Condition()

def read():
    for line in proc.stderr:
        with cond:
            lines.append(line.rstrip("\n"))
            cond.notify_all()

threading.Thread(target=read, daemon=True).start()

def wait_for(start, pred, what, timeout=600):
    deadline = time.time() + timeout
    with cond:
        while True:
            for i in range(start, len(lines)):
                if pred(lines[i]):
                    return i
            left = deadline - time.time()
            if left <= 0 or proc.poll() is not None:
                sys.exit(f"no {what}; watch printed:\n" + "\n".join(lines[-30:]))
            cond.wait(left)

def rss_mib():
    for line in open(f"/proc/{proc.pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

def edit(path, message, n):
    """Append ` n` to the first line of a message's value (replacing the last number)."""
    lines_ = open(path).read().split("\n")
    at = next((i for i, l in enumerate(lines_) if re.match(rf"{re.escape(message)}\s*=", l)), None)
    if at is None:
        sys.exit(f"{path} has no message {message}")
    if not lines_[at].split("=", 1)[1].strip():
        at += 1
    lines_[at] = re.sub(r" \d+$", "", lines_[at]) + f" {n}"
    open(path, "w").write("\n".join(lines_))

def series(label, rel, message, count):
    """Edit `message` of locale file `rel` `count` times; per edit, ms until the PDF changed."""
    path = os.path.join(work, "locales", locale, rel)
    times, samples, last = [], {}, 0
    marks = {10, 100, 500, 1000, count}
    for n in range(1, count + 1):
        before = os.stat(pdf).st_mtime_ns
        start_line = len(lines)
        saved = time.perf_counter()
        edit(path, message, n)
        while os.stat(pdf).st_mtime_ns == before:
            if time.perf_counter() - saved > 600:
                sys.exit("the handbook was not rewritten within 10 minutes")
            time.sleep(0.001)
        times.append((time.perf_counter() - saved) * 1000)
        # Let the round finish (the other editions) before the next edit.
        last = wait_for(start_line, lambda l: l.startswith(f"locales/{locale}/{rel}: "), "round line")
        if n in marks:
            samples[n] = rss_mib()
    print(f"{label} ({rel}: {message}), {count} edits: edit saved -> {locale} handbook PDF rewritten: "
          f"median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms")
    print("  last round, as the watch timed it:")
    time.sleep(0.3)  # its timing lines follow the round line
    with cond:
        print("\n".join("  " + l for l in lines[last:]))
    return samples

try:
    wait_for(0, lambda l: l.startswith("watching "), "first build")
    print(f"watch --locale {locale}{' --edition handbook' if soak else ''}")
    runs = [("a label", "ui.ftl", "ui-contents")]
    body = os.environ.get("BENCH_BODY", "benefits.ftl:benefits-intro").split(":")
    if not soak and os.path.exists(os.path.join(work, "locales", locale, body[0])):
        runs.insert(0, ("a paragraph", body[0], body[1]))
    for label, rel, message in runs:
        samples = series(label, rel, message, edits)
    if soak:
        print("resident memory (VmRSS) of the watch after edit: " + ", ".join(f"{n}: {m:.0f} MiB" for n, m in sorted(samples.items())))
finally:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(work, ignore_errors=True)
PY
  exit
fi
project="$(cd "${1:-.}" && pwd)"
runs="${2:-3}"

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/vetpress"
[ -x "$bin" ] || { echo "no binary at $bin" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$project/sources" "$project/locales" "$project/themes" "$work/"

# run LABEL ARGS...: best wall time and the peak RSS of that run, appended to results.
run() {
  local label="$1"; shift
  local best="" rss=""
  for _ in $(seq "$runs"); do
    [ "$label" = incremental ] && edit_one_message
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" build --project "$work" --out "$work/out" "$@" >/dev/null 2>&1
    read -r wall kib <"$work/time"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a<b)}'; then best="$wall"; rss="$kib"; fi
  done
  echo "$label $best $rss" >>"$work/results"
}

counter=0
edit_one_message() {
  counter=$((counter + 1))
  local f="$work/locales/$edit_locale/ui.ftl"
  sed -i -E "s/^(ui-contents = .*[^0-9])[0-9]*$/\1$counter/" "$f"
}
edit_locale="$(sed -n 's/^locales *= *\["\([^"]*\)".*/\1/p' "$work/sources/book.toml")"
edit_locale="${edit_locale:-$(sed -n 's/^reference-locale *= *"\(.*\)"/\1/p' "$work/sources/book.toml")}"

run full --force
run nosite --force --edition handbook,epub,cards
run jobs1 --force --jobs 1
run jobs2 --force --jobs 2
run outside --force --jobs 1 --edition epub
"$bin" build --project "$work" --out "$work/out" >/dev/null 2>&1
run incremental
run noop

"$bin" build --project "$work" --out "$work/out" --force >/dev/null 2>&1
cp "$work/out/build-report.json" "$work/report.json"

# The many-locale copy: each locale folder three more times, as <tag>-QM, -QN, -QO.
many="$work/many"
mkdir -p "$many"
cp -r "$work/sources" "$work/locales" "$work/themes" "$many/"
extra=()
for dir in "$work"/locales/*/; do
  tag="$(basename "$dir")"
  for region in QM QN QO; do
    cp -r "$dir" "$many/locales/$tag-$region"
    extra+=("\"$tag-$region\"")
  done
done
list="$(IFS=,; echo "${extra[*]}")"
sed -i -E "s/^locales *= *\[ *\]/locales = [$list]/; t; s/^locales *= *\[(.*)\]/locales = [\1, $list]/" "$many/sources/book.toml"
count="$(ls "$many/locales" | wc -l)"
run_many() {
  local best="" rss=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" build --project "$many" --out "$many/out" --force >/dev/null 2>&1 \
      || { echo "the $count-locale build failed:" >&2; "$bin" build --project "$many" --out "$many/out" >&2 || true; exit 1; }
    read -r wall kib <"$work/time"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a<b)}'; then best="$wall"; rss="$kib"; fi
  done
  echo "many $best $rss $count" >>"$work/results"
}
run_many

python3 - "$work/results" "$work/report.json" "$edit_locale" <<'PY'
import json, sys
lines = [l.split() for l in open(sys.argv[1])]
r = {l[0]: (float(l[1]), int(l[2])) for l in lines}
many = [int(l[3]) for l in lines if l[0] == "many"][0]
jobs = json.load(open(sys.argv[2]))["jobs"]
wall1 = r["jobs1"][0]
outside = r["outside"][0]
pages = sum(j["pages"] or 0 for j in jobs if j["edition"] != "site")
site_pages = sum(j["pages"] or 0 for j in jobs if j["edition"] == "site")
print(f"artifacts: {len(jobs)} ({pages} PDF pages, {site_pages} site pages)")
print(f"full build (default jobs):   {r['full'][0]:.2f} s, peak RSS {r['full'][1] / 1024:.0f} MiB")
print(f"without the site:            {r['nosite'][0]:.2f} s; the site adds {r['full'][0] / r['nosite'][0] - 1:+.1%}")
print(f"--jobs 1:                    {wall1:.2f} s, peak RSS {r['jobs1'][1] / 1024:.0f} MiB")
print(f"--jobs 2:                    {r['jobs2'][0]:.2f} s, peak RSS {r['jobs2'][1] / 1024:.0f} MiB")
print(f"speed-up --jobs 1 / --jobs 2: {wall1 / r['jobs2'][0]:.2f}x")
print(f"rebuild after one {sys.argv[3]} edit: {r['incremental'][0]:.2f} s ({r['incremental'][0] / r['full'][0]:.0%} of a full build)")
print(f"rebuild with nothing changed:  {r['noop'][0]:.2f} s")
print(f"outside Typst (--jobs 1):      {outside:.2f} s of {wall1:.2f} s = {outside / wall1:.1%}")
print(f"full build, {many} locales:       {r['many'][0]:.2f} s, peak RSS {r['many'][1] / 1024:.0f} MiB")
PY
