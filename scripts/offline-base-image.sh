#!/usr/bin/env bash
# Make a Python base image without a registry: debootstrap a minimal Debian with python3 into a
# temporary directory and `docker import` it. Used where `FROM python:3.12-slim` cannot be pulled
# (no registry, no internet; Debian's package mirror only). The example test image builds on it:
#
#   bash scripts/offline-base-image.sh
#   docker build --build-arg BASE_IMAGE=parallel-tests/python-base:offline \
#     -f examples/honua/docker/Dockerfile.test-cached -t honua:test-cached examples/honua
#
# Usage: offline-base-image.sh [--force] [--tag NAME] [--suite SUITE] [--mirror URL]
#   --force    rebuild even if the image exists (default: skip when it exists)
#   --tag      image name (default parallel-tests/python-base:offline)
#   --suite    Debian suite (default bookworm; env DEBIAN_SUITE)
#   --mirror   Debian mirror (default: debootstrap's own; env DEBIAN_MIRROR)
# Needs root (debootstrap), debootstrap and a running Docker engine. Takes about a minute.
set -euo pipefail

TAG="parallel-tests/python-base:offline"
FORCE=0
SUITE="${DEBIAN_SUITE:-bookworm}"
MIRROR="${DEBIAN_MIRROR:-}"
PACKAGES="python3"

log() { printf 'offline-base-image: %s\n' "$*"; }
die() { printf 'offline-base-image: error: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,15s/^# \{0,1\}//p' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --force) FORCE=1 ;;
    --tag) [ $# -ge 2 ] && [ -n "$2" ] || die "--tag needs a name"; TAG="$2"; shift ;;
    --tag=*) TAG="${1#--tag=}"; [ -n "$TAG" ] || die "--tag needs a name" ;;
    --suite) [ $# -ge 2 ] || die "--suite needs a value"; SUITE="$2"; shift ;;
    --mirror) [ $# -ge 2 ] || die "--mirror needs a value"; MIRROR="$2"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
  shift
done

command -v docker >/dev/null 2>&1 || die "docker is not installed (needed for 'docker import')"
docker info >/dev/null 2>&1 || die "the Docker engine is not reachable ('docker info' failed); start it first"

if [ "$FORCE" -eq 0 ] && docker image inspect "$TAG" >/dev/null 2>&1; then
  log "image $TAG exists ($(docker image inspect -f '{{.Id}}' "$TAG" | cut -c1-19)); skipping (use --force to rebuild)"
  exit 0
fi

DEBOOTSTRAP="$(command -v debootstrap || true)"
[ -n "$DEBOOTSTRAP" ] || DEBOOTSTRAP="$(PATH="$PATH:/usr/sbin:/sbin" command -v debootstrap || true)"
[ -n "$DEBOOTSTRAP" ] || die "debootstrap is not installed (Debian/Ubuntu: apt-get install debootstrap)"
[ "$(id -u)" -eq 0 ] || die "debootstrap needs root; run this script as root (e.g. with sudo)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/offline-base-image.XXXXXX")"
ROOTFS="$WORK/rootfs"
OUT="$WORK/debootstrap.out"

cleanup() {
  local status=$?
  if [ -d "$WORK" ]; then
    # debootstrap mounts proc/sys inside the target; never delete through a live mount.
    local mounts
    mounts="$(awk -v root="$WORK/" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r)"
    if [ -n "$mounts" ]; then
      while IFS= read -r m; do umount -l "$m" 2>/dev/null || true; done <<<"$mounts"
    fi
    if [ "$status" -ne 0 ] && [ -f "$ROOTFS/debootstrap/debootstrap.log" ]; then
      log "last lines of debootstrap.log:" >&2
      tail -n 20 "$ROOTFS/debootstrap/debootstrap.log" >&2 || true
    fi
    rm -rf --one-file-system "$WORK"
    log "removed $WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started=$(date +%s)
log "debootstrap --variant=minbase --include=$PACKAGES $SUITE into $ROOTFS (mirror ${MIRROR:-the default mirror}; about a minute)"
# No mirror argument means debootstrap's own default mirror.
if ! "$DEBOOTSTRAP" --variant=minbase --include="$PACKAGES" "$SUITE" "$ROOTFS" ${MIRROR:+"$MIRROR"} >"$OUT" 2>&1; then
  tail -n 20 "$OUT" >&2 || true
  die "debootstrap failed (suite $SUITE, mirror ${MIRROR:-the default mirror})"
fi
log "debootstrap done in $(( $(date +%s) - started ))s"

# Trim what a test base image never uses: package caches and lists, docs, man pages.
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/cache/apt/*.bin \
  "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* \
  "$ROOTFS"/var/log/*.log "$ROOTFS"/debootstrap
find "$ROOTFS"/usr/share/doc -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
[ -x "$ROOTFS/usr/bin/python3" ] || die "python3 is missing from the bootstrapped root file system"

log "docker import -> $TAG"
tar --numeric-owner -C "$ROOTFS" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["python3"]' \
  --message "debootstrap --variant=minbase --include=$PACKAGES $SUITE" \
  - "$TAG" >/dev/null

version="$(docker run --rm "$TAG" python3 -c 'import sqlite3, sys; print(sys.version.split()[0], "sqlite", sqlite3.sqlite_version)')"
size="$(docker image inspect -f '{{.Size}}' "$TAG")"
log "built $TAG: python $version, $(( size / 1000000 )) MB, in $(( $(date +%s) - started ))s"
