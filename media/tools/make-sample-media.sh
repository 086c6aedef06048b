#!/bin/sh
# Regenerates the sample (placeholder) media of the content folder from Debian tools.
# Every picture and recording made here is plainly marked as a sample: none shows or names a real
# person or place. Needs: imagemagick, fonts-noto-core (and, for recordings, espeak-ng, sox, ffmpeg).
# Usage: media/tools/make-sample-media.sh [photos|testimonies|all]   (default: all)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-all}
font=/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf

make_photo() { # file, English label, colour from, colour to
    convert -size 1200x800 "gradient:$3-$4" \
        -font "$font" -fill '#d8d2c8' -gravity center -pointsize 64 \
        -annotate +0-120 "SAMPLE IMAGE" \
        -pointsize 44 -annotate +0-20 "ҮЛГІ · ОБРАЗЕЦ" \
        -pointsize 40 -annotate +0+80 "$2" \
        -pointsize 28 -fill '#a8a298' -annotate +0+180 "placeholder - not a real photograph" \
        -quality 78 -strip "$here/photos/$1"
}

if [ "$what" = photos ] || [ "$what" = all ]; then
    mkdir -p "$here/photos"
    make_photo arch-1.jpg "Arch of Sorrow" '#2b2a2e' '#4a4540'
    make_photo arch-2.jpg "Entrance" '#24272b' '#3e4046'
    make_photo museum-1.jpg "Museum hall" '#2a2622' '#4b4236'
    make_photo museum-2.jpg "Barrack reconstruction" '#1f2326' '#3b4147'
    make_photo wall-1.jpg "Wall of Memory" '#26262a' '#47474f'
    make_photo tear-1.jpg "Tear of Sorrow" '#2a2420' '#5a4a38'
    make_photo about-1.jpg "The complex" '#1e2428' '#3c4a52'
fi

# --- Testimonies: one audio (Ogg Opus, WebVTT subtitles) and one video (WebM VP8 + Vorbis, SRT
# subtitles), spoken by espeak-ng in the recording language. They say that they are samples and
# nothing else: no history, no real person. Cue times follow the generated speech, so the subtitles
# always match; the chapter starts printed at the end go into content.json.
tdir="$here/testimonies"
pause=0.8 # seconds of silence between sentences
lead=1.0  # seconds of silence before the first one

# Writes the poster: file, big label, small label, colour from, colour to.
make_poster() {
    convert -size 800x600 "gradient:$4-$5" \
        -fill '#4a4650' -draw "circle 400,215 400,135" -draw "ellipse 400,470 170,130 180,360" \
        -font "$font" -fill '#d8d2c8' -gravity north -pointsize 54 -annotate +0+28 "$2" \
        -gravity south -pointsize 34 -annotate +0+78 "ҮЛГІ · ОБРАЗЕЦ · SAMPLE" \
        -pointsize 26 -fill '#a8a298' -annotate +0+32 "$3" \
        -quality 80 -strip "$tdir/$1"
}

# Speaks every line of $work/speech.txt with espeak-ng voice $1 into $work/speech.wav and writes
# the start and end of each line (seconds) to $work/times.txt.
speak_lines() {
    n=0
    sox -q -D -n -r 22050 -c 1 -b 16 "$work/lead.wav" trim 0 "$lead"
    sox -q -D -n -r 22050 -c 1 -b 16 "$work/pause.wav" trim 0 "$pause"
    parts="$work/lead.wav"
    : >"$work/durations.txt"
    while IFS= read -r line; do
        n=$((n + 1))
        espeak-ng -v "$1" -s 155 -w "$work/raw$n.wav" "$line"
        sox -q -D "$work/raw$n.wav" -r 22050 -c 1 -b 16 "$work/s$n.wav"
        soxi -D "$work/s$n.wav" >>"$work/durations.txt"
        parts="$parts $work/s$n.wav $work/pause.wav"
    done <"$work/speech.txt"
    # shellcheck disable=SC2086 # the list of parts is split on purpose (no spaces in $work)
    sox -q -D $parts "$work/pause.wav" "$work/speech.wav"
    awk -v t="$lead" -v p="$pause" '{ printf "%.3f %.3f\n", t, t + $1 + 0.4; t += $1 + p }' \
        "$work/durations.txt" >"$work/times.txt"
}

# Writes subtitles from $work/times.txt and the text lines in file $1: format (vtt|srt), output file.
write_subtitles() {
    awk -v fmt="$2" '
        function stamp(s,   ms, h, m, sec, sep) {
            ms = int(s * 1000 + 0.5); h = int(ms / 3600000); m = int(ms / 60000) % 60
            sec = int(ms / 1000) % 60; sep = (fmt == "vtt") ? "." : ","
            return sprintf("%02d:%02d:%02d%s%03d", h, m, sec, sep, ms % 1000)
        }
        NR == FNR { start[NR] = $1; end[NR] = $2; next }
        FNR == 1 && fmt == "vtt" {
            print "WEBVTT"; print ""
            print "NOTE Sample subtitles made by media/tools/make-sample-media.sh: not a real testimony."
            print ""
        }
        {
            if (fmt == "srt") print FNR
            print stamp(start[FNR]) " --> " stamp(end[FNR]); print $0; print ""
        }' "$work/times.txt" "$1" >"$3"
}

# Prints the chapter starts (MM:SS) of the given line numbers.
chapter_starts() {
    for i in "$@"; do
        sed -n "${i}p" "$work/times.txt" | awk -v i="$i" '{ s = int($1); printf "line %d starts at %02d:%02d\n", i, s / 60, s % 60 }'
    done
}

if [ "$what" = testimonies ] || [ "$what" = all ]; then
    mkdir -p "$tdir"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT

    # sample-audio: spoken in Kazakh.
    cat >"$work/kk.txt" <<'EOF'
Бұл киоскіні тексеруге арналған үлгі жазба.
Бұл нақты естелік емес.
Мұнда ешбір нақты адам сөйлемейді.
Бұл дауысты компьютер жасаған.
Субтитрлер қазақ, орыс және ағылшын тілдерінде берілген.
Мұражай қызметкерлері бұл файлды нақты жазбамен ауыстырады.
Үлгі жазбаның соңы.
EOF
    cat >"$work/ru.txt" <<'EOF'
Это пробная запись для проверки киоска.
Это не настоящее свидетельство.
Здесь не говорит ни один реальный человек.
Этот голос создан компьютером.
Субтитры даны на казахском, русском и английском языках.
Сотрудники музея заменят этот файл настоящей записью.
Конец пробной записи.
EOF
    cat >"$work/en.txt" <<'EOF'
This is a sample recording for testing the kiosk.
It is not a real testimony.
No real person speaks in it.
This voice was made by a computer.
The subtitles are in Kazakh, Russian and English.
Museum staff will replace this file with a real recording.
End of the sample recording.
EOF
    cp "$work/kk.txt" "$work/speech.txt"
    speak_lines kk
    ffmpeg -v error -y -i "$work/speech.wav" -ac 1 -ar 48000 -c:a libopus -b:a 32k \
        -map_metadata -1 -fflags +bitexact -flags:a +bitexact "$tdir/sample-audio.opus"
    for l in kk ru en; do write_subtitles "$work/$l.txt" vtt "$tdir/sample-audio.$l.vtt"; done
    make_poster sample-audio.jpg "SAMPLE RECORDING" "placeholder - not a real person" '#1f1d22' '#3a3540'
    echo "sample-audio: $(soxi -D "$work/speech.wav") s; chapters:"
    chapter_starts 1 4 7

    # sample-video: spoken in Russian; dark frames that say SAMPLE, with the time in a corner.
    cat >"$work/ru.txt" <<'EOF'
Это пробная видеозапись для проверки киоска.
Это не настоящее свидетельство.
На экране только тёмный фон и надпись «Образец».
Этот голос создан компьютером.
Настоящие свидетельства добавляют сотрудники музея.
Конец пробной видеозаписи.
EOF
    cat >"$work/kk.txt" <<'EOF'
Бұл киоскіні тексеруге арналған үлгі бейнежазба.
Бұл нақты естелік емес.
Экранда тек күңгірт фон мен «Үлгі» деген жазу ғана бар.
Бұл дауысты компьютер жасаған.
Нақты естеліктерді мұражай қызметкерлері қосады.
Үлгі бейнежазбаның соңы.
EOF
    cat >"$work/en.txt" <<'EOF'
This is a sample video for testing the kiosk.
It is not a real testimony.
The screen shows only a dark background and the word “Sample”.
This voice was made by a computer.
Real testimonies are added by museum staff.
End of the sample video.
EOF
    cp "$work/ru.txt" "$work/speech.txt"
    speak_lines ru
    duration=$(soxi -D "$work/speech.wav")
    printf 'SAMPLE' >"$work/big.txt"
    printf 'ҮЛГІ · ОБРАЗЕЦ' >"$work/mid.txt"
    printf 'placeholder recording - not a real testimony' >"$work/small.txt"
    ffmpeg -v error -y -f lavfi -i "color=c=0x1d1c21:s=640x360:r=15:d=$duration" -i "$work/speech.wav" \
        -vf "drawtext=fontfile=$font:textfile=$work/big.txt:fontcolor=0xd8d2c8:fontsize=72:x=(w-tw)/2:y=h/2-110,\
drawtext=fontfile=$font:textfile=$work/mid.txt:fontcolor=0xb8b2a8:fontsize=34:x=(w-tw)/2:y=h/2-10,\
drawtext=fontfile=$font:textfile=$work/small.txt:fontcolor=0x8a867e:fontsize=20:x=(w-tw)/2:y=h/2+50,\
drawtext=fontfile=$font:text='%{pts\:hms}':fontcolor=0x6a665e:fontsize=18:x=w-tw-16:y=h-th-12" \
        -c:v libvpx -b:v 100k -crf 32 -g 30 -deadline good -cpu-used 4 \
        -c:a libvorbis -q:a 1 -ac 1 -ar 44100 -shortest \
        -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact "$tdir/sample-video.webm"
    for l in kk ru en; do write_subtitles "$work/$l.txt" srt "$tdir/sample-video.$l.srt"; done
    make_poster sample-video.jpg "SAMPLE VIDEO" "placeholder - not a real person" '#1d1c21' '#33313a'
    echo "sample-video: $duration s; chapters:"
    chapter_starts 1 3 6
fi
