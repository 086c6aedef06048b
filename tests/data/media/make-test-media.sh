#!/bin/sh
# Regenerates the bad recordings that the player tests feed to the kiosk. Each must end in the
# "This recording is unavailable" card. Needs the sample media (media/tools/make-sample-media.sh)
# and ffmpeg with libaom.
#   corrupt.opus      the sample audio with its first 4 KB (the Ogg/Opus headers) overwritten
#   truncated.webm    the first 60 KB of the sample video: it stops after a few seconds
#   truncated.opus    the first 1,500 bytes of the sample audio: headers, no sound
#   not-media.ogg     a text file named .ogg
#   empty.ogg         0 bytes
#   unsupported.webm  AV1 video, which Debian 12's GStreamer (base, good, libav) cannot decode
set -eu
here=$(cd "$(dirname "$0")" && pwd)
samples=$(cd "$here/../../../media/testimonies" && pwd)

garbage() { # bytes: the same pseudo-random bytes on every run
    LC_ALL=C awk -v n="$1" 'BEGIN { srand(7); for (i = 0; i < n; i++) printf "%c", int(rand() * 256) }'
}

{ garbage 4096; tail -c +4097 "$samples/sample-audio.opus" | head -c 16384; } >"$here/corrupt.opus"
head -c 61440 "$samples/sample-video.webm" >"$here/truncated.webm"
head -c 1500 "$samples/sample-audio.opus" >"$here/truncated.opus"
printf 'This is a text file, not a recording.\n' >"$here/not-media.ogg"
: >"$here/empty.ogg"
ffmpeg -v error -y -f lavfi -i "color=c=0x202020:s=160x90:r=10:d=2" -c:v libaom-av1 -cpu-used 8 -b:v 20k \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$here/unsupported.webm"
