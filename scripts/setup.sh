#!/usr/bin/env bash
# Installs what briefgen needs on a fresh Debian machine (as root): the cmark-gfm C library, jemalloc and pkg-config.
set -euo pipefail
if ! pkg-config --exists libcmark-gfm libcmark-gfm-extensions 2>/dev/null && ! [ -f /usr/include/cmark-gfm-core-extensions.h ]; then
  echo "briefgen: installing libcmark-gfm-dev libcmark-gfm-extensions-dev" >&2
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config >/dev/null
fi
if ! command -v pkg-config >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq pkg-config >/dev/null
fi
if ! [ -e /usr/lib/x86_64-linux-gnu/libjemalloc.so ] && ! [ -e /usr/lib/aarch64-linux-gnu/libjemalloc.so ] && ! [ -e /usr/lib/libjemalloc.so ]; then
  echo "briefgen: installing libjemalloc-dev" >&2
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libjemalloc-dev >/dev/null
fi
