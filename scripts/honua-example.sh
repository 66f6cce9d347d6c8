#!/usr/bin/env bash
# The honua example end to end, until `parallel-tests run` does it: the test image built (or
# restored) with `parallel-tests image`, the server in Docker and healthy, the three suites at
# once (pytest-xdist, PyQGIS, dotnet test with xUnit), then one report by `parallel-tests
# aggregate` from their result files and the job records written here.
#
#   bash scripts/honua-example.sh      (after npm ci, npm run build, scripts/test-deps.sh)
#
# HONUA_PORT (default 8080) is the server's host port; BASE_IMAGE the image's base (default the
# offline one scripts/test-deps.sh makes). A missing piece (no .NET SDK, no PyQGIS) is named and
# the other suites still run; the report lists its result files as missing and the exit code is
# not 0. Docker is needed for the server (exit 3 without it).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
example=$root/examples/honua
results=$example/results
port=${HONUA_PORT:-8080}
base_image=${BASE_IMAGE:-parallel-tests/python-base:offline}
python=${PARALLEL_TESTS_PYTHON:-/usr/bin/python3}
container=honua-example-$$
export HONUA_BASE_URL=http://127.0.0.1:$port DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PYTHONDONTWRITEBYTECODE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0

if ! docker info >/dev/null 2>&1; then
  echo "honua-example: no Docker engine answers: the test server cannot start (scripts/test-deps.sh starts one)" >&2
  exit 3
fi
node dist/cli.js image --config "$example/parallel-tests.yml" --build-arg "BASE_IMAGE=$base_image" || exit 3
trap 'docker rm --force "$container" >/dev/null 2>&1' EXIT
docker run --detach --name "$container" --publish "127.0.0.1:$port:8080" --read-only honua:test-cached >/dev/null || exit 3
for _ in $(seq 1 60); do
  curl -fsS -m 2 "$HONUA_BASE_URL/health" >/dev/null 2>&1 && break
  sleep 0.5
done
health=$(curl -fsS -m 2 "$HONUA_BASE_URL/health") || { echo "honua-example: the server is not healthy" >&2; docker logs "$container" >&2; exit 3; }
echo "server healthy at $HONUA_BASE_URL: $health"

rm -rf "$results"
mkdir -p "$results"
missing=0
now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }
# suite framework workers cores command...: runs one suite in the background, then writes its job record.
start_suite() {
  local suite=$1 framework=$2 workers=$3 cores=$4
  shift 4
  mkdir -p "$results/$suite"
  (
    started=$(now)
    (cd "$example" && "$@") >"$results/$suite/log.txt" 2>&1
    code=$?
    SUITE=$suite FRAMEWORK=$framework WORKERS=$workers CORES=$cores START=$started END=$(now) EXIT=$code \
      "$python" - "$@" <<'EOF' >"$results/$suite/parallel-tests-job.json"
import glob, json, os, sys
d = os.path.join(os.environ["RESULTS"], os.environ["SUITE"])
files = sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "*.xml")) + glob.glob(os.path.join(d, "*.trx")))
print(json.dumps({"version": 1, "suite": os.environ["SUITE"], "shard": 1, "shards": 1,
                  "framework": os.environ["FRAMEWORK"], "workers": int(os.environ["WORKERS"]),
                  "cores": int(os.environ["CORES"]), "runner": "local", "start": os.environ["START"],
                  "end": os.environ["END"], "exit": int(os.environ["EXIT"]), "command": sys.argv[1:],
                  "results": files}, indent=2))
EOF
    echo "suite $suite finished: exit $code (log: ${results#"$root"/}/$suite/log.txt)"
  ) &
}
export RESULTS=$results

start_suite python pytest 2 1 "$python" -m pytest tests/python -n 2 -q \
  "--junitxml=$results/python/junit.xml" -o junit_family=xunit1 -o junit_suite_name=python
if "$python" -c 'import qgis.core' 2>/dev/null; then
  QT_QPA_PLATFORM=offscreen start_suite qgis pytest 2 1 "$python" -m pytest tests/qgis -n 2 -q \
    "--junitxml=$results/qgis/junit.xml" -o junit_family=xunit1 -o junit_suite_name=qgis
else
  echo "honua-example: PyQGIS is not importable with $python (install python3-qgis): the qgis suite does not run" >&2
  missing=1
fi
if command -v dotnet >/dev/null; then
  start_suite csharp xunit 2 1 dotnet test tests/csharp/Honua.Server.Tests.csproj \
    --artifacts-path "$root/.parallel-tests/honua-csharp" -nodeReuse:false \
    --logger "trx;LogFileName=honua.trx" --results-directory "$results/csharp"
else
  echo "honua-example: no .NET SDK (dotnet) on PATH: the csharp suite does not run" >&2
  missing=1
fi
wait

cd "$results"
node "$root/dist/cli.js" aggregate '**/*.xml' '**/*.trx' --json report.json
code=$?
echo "detailed results: ${results#"$root"/}/ (each suite's log.txt, result file and job record; report.json)"
if [ "$missing" -ne 0 ] && [ "$code" -eq 0 ]; then
  echo "honua-example: not every suite ran (see above): exit 3" >&2
  code=3
fi
exit "$code"
