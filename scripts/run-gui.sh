#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, open the GUI on the bundled sample.
# Without a display it says so, writes a screenshot of the window and prints the CLI summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

sample=resources/samples/hello-exchange.pcap
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec build/app/tcplens "$sample"
fi

screenshot=build/tcplens-window.png
echo "run-gui: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)."
echo "run-gui: rendering the window offscreen to $screenshot instead, and printing the CLI summary of $sample."
QT_QPA_PLATFORM=offscreen build/app/tcplens --screenshot "$screenshot" --size 1920x1080 "$sample"
echo "run-gui: screenshot written to $(pwd)/$screenshot"
echo
build/app/tcplens-cli summary "$sample"
echo
build/app/tcplens-cli packets "$sample"
