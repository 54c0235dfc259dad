"""How an independent recogniser hears each voice of the trigger-word clips (a diagnosis, not a target).

    python3 -m venv /tmp/psvenv && /tmp/psvenv/bin/pip install pocketsphinx==5.1.1 numpy soundfile==0.14.0
    /tmp/psvenv/bin/python benchmarks/trigger_word_intelligibility.py       # about 20 s

PocketSphinx (CMU, BSD licence) ships an acoustic model of American English trained on recordings of
people. This script asks it to pick, for every committed clip, one of the 65 words of the data set (a
closed grammar: "computer" or one of the negative words) and prints how often it picks the word the clip
says, per split and per voice (espeak-ng variants pooled). It answers one question: is a voice that the
trigger-word model misses hard to understand, or only unlike the voices the model was trained on?

PocketSphinx is not one of the course's pinned packages (learners and the tests never need it), hence
the separate virtual environment above; nothing it produces is committed or used for training.
"""

from __future__ import annotations

import csv
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

FOLDER = Path(__file__).resolve().parent.parent / "datasets" / "trigger_word"
PADDING = np.zeros(3200, dtype=np.int16)  # 200 ms of silence on each side, as a recogniser expects


def main() -> None:
    try:
        import soundfile
        from pocketsphinx import Decoder, get_model_path
    except ImportError:
        sys.exit(__doc__.split("\n\n")[1])
    with open(FOLDER / "manifest.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    words = sorted({row["text"] for row in rows})
    model = Path(get_model_path()) / "en-us"
    decoder = Decoder(hmm=str(model / "en-us"), dict=str(model / "cmudict-en-us.dict"), loglevel="FATAL")
    grammar = "#JSGF V1.0;\ngrammar words;\npublic <word> = " + " | ".join(words) + " ;\n"
    decoder.add_jsgf_string("words", grammar)
    decoder.activate_search("words")

    right = defaultdict(lambda: [0, 0, 0, 0])  # words right, words, triggers right, triggers
    for row in rows:
        samples, _ = soundfile.read(os.fspath(FOLDER / row["path"]), dtype="int16")
        decoder.start_utt()
        decoder.process_raw(np.concatenate([PADDING, samples, PADDING]).tobytes(), full_utt=True)
        decoder.end_utt()
        heard = decoder.hyp().hypstr if decoder.hyp() else ""
        voice = "espeak-ng variants" if row["engine"] == "espeak-ng" else f"{row['engine']} {row['speaker']}"
        counts = right[(row["split"], voice)]
        counts[0] += heard == row["text"]
        counts[1] += 1
        if row["kind"] == "trigger":
            counts[2] += heard == row["text"]
            counts[3] += 1
    print(f"{'split':6} {'voice':34} {'words right':>12} {'triggers right':>16}")
    for (split, voice), (ok, total, ok_trigger, triggers) in sorted(right.items()):
        print(f"{split:6} {voice:34} {ok:5}/{total:<4} {ok / total:4.0%} {ok_trigger:6}/{triggers:<4}")


if __name__ == "__main__":
    main()
