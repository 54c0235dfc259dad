"""Do the energy end points of the real recordings agree with a recogniser's forced alignment?

    python3 -m venv /tmp/psvenv && /tmp/psvenv/bin/pip install pocketsphinx==5.1.1 numpy soundfile==0.14.0
    /tmp/psvenv/bin/python benchmarks/real_endpoints.py [--source /work/shared/real_speech]   # about 90 s

``datasets/trigger_word/real.py`` trims every real clip to its word by an energy rule, and the label of a
trigger starts where the word ends, so its ``end_ms`` matters. This script takes every ORIGINAL clip of
the manifest (all splits), forces PocketSphinx (CMU, BSD licence; its American English model ships in the
wheel) to align the keyword's text to it (optional silence on both sides, 10 ms frames), and compares the
end of the last word with ``end_ms``. Per keyword it prints the median and 90th percentile of
|difference|, the share within 50 and 100 ms, and the signed difference (energy end minus alignment end:
negative means the energy rule cuts before the recogniser thinks the word ends), then the worst clips.
A clip the aligner cannot fit (no path through the word reaches the end of the clip) is counted apart.
The alignment end is ``(last frame + 1) * 10 ms``, frames starting every 10 ms, as ``real.py`` counts
them; PocketSphinx's 25.6 ms window makes its frames' centres about 8 ms later, within one frame.
PocketSphinx is not one of the course's pinned packages, hence the separate virtual environment.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

FOLDER = Path(__file__).resolve().parent.parent / "datasets" / "trigger_word" / "real"
TEXT = {"computer": "computer", "alexa": "alexa", "jarvis": "jarvis", "smart_mirror": "smart mirror",
        "snowboy": "snowboy", "view_glass": "view glass"}  # fmt: skip
MISSING_WORDS = {"snowboy": "S N OW B OY"}  # not in the CMU dictionary that ships with the wheel
RATE, FRAME_MS = 16000, 10


def read_int16(path: Path) -> np.ndarray:
    import soundfile

    samples, rate = soundfile.read(str(path), dtype="int16", always_2d=True)
    if rate != RATE:
        raise ValueError(f"{path}: {rate} Hz, not {RATE}")
    return samples.mean(axis=1).round().astype(np.int16)


def align_end_ms(decoder, samples: np.ndarray, text: str) -> tuple[int, int] | None:
    """(start, end) in ms of the aligned text, from its first word's start to its last word's end."""
    decoder.set_align_text(text)
    decoder.start_utt()
    decoder.process_raw(samples.tobytes(), full_utt=True)
    decoder.end_utt()
    if decoder.hyp() is None:
        return None
    words = [seg for seg in decoder.seg() if seg.word.split("(")[0] in text.split()]
    if [seg.word.split("(")[0] for seg in words] != text.split():
        return None
    return words[0].start_frame * FRAME_MS, (words[-1].end_frame + 1) * FRAME_MS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/work/shared/real_speech"))
    parser.add_argument("--worst", type=int, default=10, help="how many of the worst clips to list")
    args = parser.parse_args()
    try:
        from pocketsphinx import Decoder, get_model_path
    except ImportError:
        sys.exit(__doc__.split("\n\n")[1])
    model = Path(get_model_path()) / "en-us"
    decoder = Decoder(hmm=str(model / "en-us"), dict=str(model / "cmudict-en-us.dict"), loglevel="FATAL")
    for word, phones in MISSING_WORDS.items():
        decoder.add_word(word, phones, True)
    with open(FOLDER / "manifest.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    results: dict[str, list[tuple[int, dict]]] = {word: [] for word in TEXT}
    failed = dict.fromkeys(TEXT, 0)
    for row in rows:
        samples = read_int16(args.source / row["word"] / (Path(row["path"]).stem + ".flac"))
        span = align_end_ms(decoder, samples, TEXT[row["word"]])
        if span is None:
            failed[row["word"]] += 1
            continue
        row["align_start_ms"], row["align_end_ms"] = span
        results[row["word"]].append((int(row["end_ms"]) - span[1], row))

    print("difference = energy end_ms (manifest) - forced-alignment end, in ms\n")
    print(f"{'keyword':13} {'clips':>5} {'unaligned':>9} {'median|d|':>9} {'p90|d|':>7} {'<=50ms':>7} "
          f"{'<=100ms':>7} {'mean d':>7} {'median d':>8} {'d<0':>5}")  # fmt: skip
    for word, found in results.items():
        d = np.array([diff for diff, _ in found], dtype=float)
        a = np.abs(d)
        print(f"{word:13} {len(d) + failed[word]:5} {failed[word]:9} {np.median(a):9.0f} "
              f"{np.percentile(a, 90):7.0f} {np.mean(a <= 50):7.0%} {np.mean(a <= 100):7.0%} "
              f"{d.mean():+7.0f} {np.median(d):+8.0f} {np.mean(d < 0):5.0%}")  # fmt: skip
    for title, found in (("computer", results["computer"]),
                         ("the other keywords", [f for w in TEXT if w != "computer" for f in results[w]])):  # fmt: skip
        print(f"\n{args.worst} worst clips of {title} (ms in the original clip):")
        print(f"  {'clip':52} {'split':5} {'energy':>13} {'alignment':>13} {'d':>5}")
        for diff, row in sorted(found, key=lambda f: -abs(f[0]))[: args.worst]:
            print(f"  {row['path']:52} {row['split']:5} {row['start_ms']:>6}-{row['end_ms']:<6} "
                  f"{row['align_start_ms']:>6}-{row['align_end_ms']:<6} {diff:+5}")  # fmt: skip


if __name__ == "__main__":
    main()
