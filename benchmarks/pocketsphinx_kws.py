"""A baseline trigger-word detector: PocketSphinx keyword spotting of "computer", at many thresholds.

    python3 -m venv /tmp/psvenv && /tmp/psvenv/bin/pip install pocketsphinx==5.1.1 numpy soundfile==0.14.0
    /tmp/psvenv/bin/python benchmarks/pocketsphinx_kws.py IN.npz OUT.json [--thresholds 1e-5 1e-10 ...]

IN.npz holds ``audio``, an int16 array (n_clips, samples) of 16 kHz mono clips. PocketSphinx (CMU, BSD
licence; its American English acoustic model ships in the wheel) spots the keyphrase by comparing, every
10 ms frame, the best path through the word's HMMs with a loop of all phones; it reports a detection where
that likelihood ratio is at least the threshold (1 is even odds, lower fires more easily). OUT.json is
``{"thresholds": [...], "detections": [[[end_ms, ...] per clip] per threshold], "seconds": decode time}``,
where ``end_ms`` is ``(end frame + 1) * 10``, the end of the keyword in the clip as PocketSphinx sees it.

All thresholds are decoded in one pass: the keyphrase is given once per threshold, each time under its own
alias of the same pronunciation, and PocketSphinx keeps each keyphrase's HMMs and detections apart, so
this gives exactly what one decoder per threshold would, at the cost of one (the acoustic scores are
shared). The beam is widened from 1e-48 so that thresholds below about 1e-50 can still fire. Each clip is
decoded as a stream, with the front end (noise estimate, cepstral mean) reset first, so a clip's result
does not depend on the clips before it. A detection ends where the likelihood ratio peaks, often early
in the final vowel: on real test clips a median 40-100 ms before the end point of ``real.py`` (the more
permissive the threshold, the earlier), rarely after it. PocketSphinx is not one of the course's pinned
packages, hence the separate virtual environment; the main benchmark runs this script as a subprocess.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

KEYPHRASE, PHONES = "computer", "K AH M P Y UW T ER"  # as in cmudict-en-us.dict, which ships in the wheel
# From "computer" 3 times in 86 real test clips to every one of them (1e-70), and then to every other keyword
# and hundreds of detections away from any word (1e-120), in 43 clips of 10 s; below 1e-140 nothing changes.
DEFAULT_THRESHOLDS = [10.0**e for e in range(40, -150, -10)]
BEAM = 1e-200  # PocketSphinx's default, 1e-48, prunes the keyphrase before a threshold below ~1e-50 counts


def decoder_for(thresholds: list[float], folder: Path):
    """A KWS decoder with one alias of the keyphrase per threshold (``computer_0``, ``computer_1``...)."""
    from pocketsphinx import Decoder, get_model_path

    aliases = [f"{KEYPHRASE}_{i}" for i in range(len(thresholds))]
    (folder / "aliases.dict").write_text("".join(f"{alias} {PHONES}\n" for alias in aliases))
    (folder / "keyphrases.txt").write_text(
        "".join(f"{alias} /{threshold!r}/\n" for alias, threshold in zip(aliases, thresholds, strict=True))
    )
    model = Path(get_model_path()) / "en-us" / "en-us"
    return Decoder(hmm=str(model), dict=str(folder / "aliases.dict"), kws=str(folder / "keyphrases.txt"),
                   kws_delay=0, beam=BEAM, loglevel="FATAL")  # fmt: skip


def detect(audio: np.ndarray, thresholds: list[float]) -> tuple[list[list[list[int]]], float]:
    """End times in ms of the detections, per threshold and clip, and the seconds spent decoding."""
    detections = [[[] for _ in audio] for _ in thresholds]
    with tempfile.TemporaryDirectory() as folder:
        decoder = decoder_for(thresholds, Path(folder))
    start = time.perf_counter()
    for clip, samples in enumerate(audio):
        decoder.reinit_feat()
        decoder.start_utt()
        decoder.process_raw(np.ascontiguousarray(samples, dtype="<i2").tobytes(), full_utt=False)
        decoder.end_utt()
        for segment in decoder.seg() or []:
            which = int(segment.word.strip().rsplit("_", 1)[1])
            detections[which][clip].append((segment.end_frame + 1) * 10)
    seconds = time.perf_counter() - start
    return [[sorted(ends) for ends in per_clip] for per_clip in detections], seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("audio", type=Path, help=".npz with `audio`: int16 (n_clips, samples) at 16 kHz")
    parser.add_argument("out", type=Path, help="the .json to write")
    parser.add_argument("--thresholds", type=float, nargs="+", default=DEFAULT_THRESHOLDS)
    args = parser.parse_args()
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        sys.exit(__doc__.split("\n\n")[1])
    with np.load(args.audio) as data:
        audio = data["audio"]
    if audio.dtype != np.int16 or audio.ndim != 2:
        sys.exit(f"{args.audio}: `audio` must be int16 (n_clips, samples), not {audio.dtype} {audio.shape}")
    detections, seconds = detect(audio, args.thresholds)
    args.out.write_text(
        json.dumps({"thresholds": args.thresholds, "detections": detections, "seconds": seconds})
    )
    print(f"{len(audio)} clips, {len(args.thresholds)} thresholds: {seconds:.1f} s ({seconds / len(audio):.3f} s a clip)",
          file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
