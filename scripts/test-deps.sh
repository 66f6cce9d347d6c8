#!/usr/bin/env bash
# What the tests run for real, on a Debian machine (as root): pytest, pytest-xdist, coverage and
# PyQGIS in /usr/bin/python3, Chromium, a Docker engine (started if none answers) with compose v1, and the offline
# base image the example's test image builds on (no image registry is needed).
# A dockerd this script starts keeps running; its PID is in .parallel-tests/dockerd.pid.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
/usr/bin/python3 -c 'import pytest, xdist' 2>/dev/null || need+=(python3-pytest python3-pytest-xdist)
# Real Cobertura output for the coverage tests (coverage.py, as pytest-cov writes it).
/usr/bin/python3 -c 'import coverage' 2>/dev/null || need+=(python3-coverage)
command -v dockerd >/dev/null || need+=(docker.io)
command -v docker-compose >/dev/null || need+=(docker-compose)
command -v debootstrap >/dev/null || need+=(debootstrap)
# The HTML report's test drives Debian's Chromium through playwright-core (no downloaded browser).
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-deps: apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# PyQGIS for the example's QGIS suite (QGIS 3.22 on Debian 12, run headless); its recommends
# (the desktop application and its plugins) are not needed.
if ! /usr/bin/python3 -c 'import qgis.core' 2>/dev/null; then
  echo "test-deps: apt-get install python3-qgis"
  [ ${#need[@]} -gt 0 ] || apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-qgis >/dev/null
fi

mkdir -p .parallel-tests
rm -f .parallel-tests/dockerd.pid
if ! docker info >/dev/null 2>&1; then
  echo "test-deps: starting dockerd (log: .parallel-tests/dockerd.log)"
  nohup dockerd >.parallel-tests/dockerd.log 2>&1 &
  echo $! >.parallel-tests/dockerd.pid
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  if ! docker info >/dev/null 2>&1; then
    echo "test-deps: dockerd did not start:" >&2
    tail -20 .parallel-tests/dockerd.log >&2
    exit 1
  fi
fi

bash scripts/offline-base-image.sh
