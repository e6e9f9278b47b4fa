#!/usr/bin/env bash
# Fetches the emoji art from the npm registry at build time (npm pack: no node_modules, no install scripts)
# and places it on the module's classpath. Usage: fetch-art.sh OUTPUT_CLASSES_DIR
set -euo pipefail
out="$1/art"
work="$(dirname "$1")/npm"
fetch() { # package version folder
  local pkg="$1" version="$2" dir="$out/$3"
  [ -s "$dir/icons.json" ] && return 0
  command -v npm >/dev/null || { echo "npm is needed to fetch $pkg (install Node.js and npm)" >&2; exit 1; }
  mkdir -p "$work" "$dir"
  local tgz
  tgz=$(cd "$work" && npm pack --silent "$pkg@$version" | tail -n 1)
  tar -xzf "$work/$tgz" -C "$work"
  cp "$work/package/icons.json" "$work/package/info.json" "$dir/"
  rm -rf "$work/package"
}
fetch @iconify-json/fluent-emoji-flat 1.2.6 fluent-emoji-flat
# The second art style, chosen by a plan whose art ids carry the "noto:" qualifier (Apache-2.0, Google).
fetch @iconify-json/noto 1.2.9 noto
# Single-colour silhouettes, the fallback for nouns that have no emoji ("mdi:desk", "game-icons:pillow"): drawn
# shaded in a natural or planned colour. Material Design Icons (Apache-2.0) and Game Icons (CC BY 3.0); whole sets
# kept (3 and 6 MB): the planner names the few icons it uses.
fetch @iconify-json/mdi 1.2.3 mdi
fetch @iconify-json/game-icons 1.2.4 game-icons

# Emoji CLDR names and keywords (English only): the planner's lexicon for nouns whose art has another name.
names="$out/emojibase"
if [ ! -s "$names/en-compact.json" ]; then
  command -v npm >/dev/null || { echo "npm is needed to fetch emojibase-data (install Node.js and npm)" >&2; exit 1; }
  mkdir -p "$work" "$names"
  tgz=$(cd "$work" && npm pack --silent emojibase-data@17.0.0 | tail -n 1)
  tar -xzf "$work/$tgz" -C "$work" package/en/compact.json package/LICENSE
  cp "$work/package/en/compact.json" "$names/en-compact.json"
  cp "$work/package/LICENSE" "$names/LICENSE"
  rm -rf "$work/package"
fi
