#!/usr/bin/env bash
# ADR-013's comparison: makes a 6000x4000 JPEG with an EXIF rotation, then has each imaging library that restores here
# turn it upright, strip its metadata and write six widths as WebP and JPEG, each in a process of its own.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release -v q --nologo >/dev/null
bin=bin/Release/net10.0/ImagingBenchmark
work=$(mktemp -d)
"$bin" make "$work/phone.jpg"
for lib in netvips magick imagesharp; do "$bin" "$lib" "$work/phone.jpg" "$work/$lib"; done
rm -rf "$work"
