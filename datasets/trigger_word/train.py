"""Train the weights the notebook loads for its scored evaluation: ``model.weights.h5`` in this folder.

    nice -n 19 .venv/bin/python datasets/trigger_word/train.py          # about 50 minutes on 2 shared cores

Trains ``pipeline.build_model`` (the notebook's ``modelf``: Conv1D 64 / stride 4, two GRU(64), 71,297
parameters) on examples mixed on the fly (``pipeline.Mixer``) from training speakers only: the committed
*train* clips plus an extra pool synthesised at start-up with ``build.synthesise_pool`` from the wide pool
of training speakers (espeak-ng, flite and festival; ``--extra-positives`` "activate"s and
``--extra-per-word`` clips per negative word, twice that per sound-alike; a few minutes, not committed).
Like ``build.py`` this needs espeak-ng, flite and festival; ``--extra-positives 0 --extra-per-word 0``
trains on the committed clips alone. Backgrounds come from training seeds. Every word is coloured at
random (``Mixer(augment=True)``) and every spectrogram gets a random gain across its bands and sometimes
a masked run of bands (``pipeline.equalise_bands``, ``pipeline.mask_bands``); ``--no-augment`` turns
that off. ``--exclude`` leaves speakers out of training (to measure how the model carries over to a
training voice it never heard, e.g. ``--exclude awb ked_diphone``: the test voices are never used for
such choices). Each round draws ``--examples`` fresh examples and fits ``--epochs`` epochs on them.
Seeds are fixed (``--seed``;
numpy, Python and Keras), so a rerun with the same versions gives the same weights up to floating-point
differences between machines. Prints the loss per round, the time taken and the command line, which the README records.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


import numpy as np  # noqa: E402
import pipeline  # noqa: E402

sys.path.insert(0, str(pipeline.HERE.parent.parent))
from utils.seeding import set_seed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=2, help="epochs on each round's examples")
    parser.add_argument("--examples", type=int, default=800, help="fresh examples per round")
    parser.add_argument("--out", default=str(pipeline.WEIGHTS))
    parser.add_argument(
        "--extra-positives", type=int, default=1200, help="extra 'activate' clips to synthesise"
    )
    parser.add_argument(
        "--extra-per-word", type=int, default=16, help="extra clips per negative word (x2 sound-alikes)"
    )
    parser.add_argument("--no-augment", action="store_true", help="no random colouring of words and bands")
    parser.add_argument("--lr", type=float, default=2e-3, help="initial learning rate (cosine decay to 0)")
    parser.add_argument(
        "--init", default=None, help="weights to start from (to train an earlier run further)"
    )
    parser.add_argument("--exclude", nargs="*", default=[], help="leave out speakers whose name ends so")
    args = parser.parse_args()

    import keras

    set_seed(args.seed)
    started = time.perf_counter()
    extra = None
    if args.extra_positives or args.extra_per_word:
        import build  # needs the synthesisers, like build.py

        missing = build.missing_programs()
        if missing:
            raise SystemExit(f"{', '.join(missing)} not found: {build.INSTALL}, or pass --extra-* 0")
        extra = build.synthesise_pool(
            args.extra_positives, args.extra_per_word, seed=args.seed + 1, exclude=tuple(args.exclude)
        )
        print(
            f"synthesised {len(extra[0])} + {len(extra[1])} extra training clips in {time.perf_counter() - started:.0f} s"
        )
    augment = not args.no_augment
    mixer = pipeline.Mixer("train", seed=args.seed, extra=extra, augment=augment, exclude=tuple(args.exclude))
    spectra_rng = np.random.default_rng(args.seed + 2)
    model = pipeline.build_model()
    if args.init:
        model.load_weights(args.init)
    schedule = keras.optimizers.schedules.CosineDecay(
        args.lr, decay_steps=args.rounds * args.epochs * args.examples // 32
    )
    model.compile(optimizer=keras.optimizers.Adam(schedule), loss="binary_crossentropy")
    for round_ in range(args.rounds):
        X, Y, _, _ = mixer.batch(args.examples)
        if augment:
            X = pipeline.mask_bands(pipeline.equalise_bands(X, spectra_rng), spectra_rng)
        history = model.fit(X, Y, batch_size=32, epochs=args.epochs, verbose=0)
        print(
            f"round {round_ + 1}/{args.rounds}: loss {history.history['loss'][-1]:.4f}"
            f"  ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        model.save_weights(args.out)
    slim = pipeline.build_model()  # an uncompiled copy, so the file holds the weights without Adam's state
    slim.set_weights(model.get_weights())
    slim.save_weights(args.out)
    minutes = (time.perf_counter() - started) / 60
    print(f"wrote {args.out} after {minutes:.1f} min; command: python {' '.join(sys.argv)}")
    print(
        f"rounds {args.rounds} x {args.examples} examples, seed {args.seed}, {model.count_params()} parameters"
    )


if __name__ == "__main__":
    main()
