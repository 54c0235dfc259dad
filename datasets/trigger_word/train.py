"""Train the weights the notebook loads for its scored evaluation: ``model.weights.h5`` in this folder.

    nice -n 5 .venv/bin/python datasets/trigger_word/train.py            # about 25 minutes on 2 cores

Trains ``pipeline.build_model`` (the notebook's ``modelf``: Conv1D 64 / stride 4, two GRU(64), 71,297
parameters) on examples mixed on the fly from the *train* split only (training speakers, backgrounds from
training seeds; see ``pipeline.Mixer``). Each round draws ``--examples`` fresh examples and fits one
epoch on them, so the model never sees the same mix twice. Seeds are fixed (``--seed``; numpy, Python and
Keras), so a rerun on the same versions gives the same weights up to floating-point differences between
machines. Prints the loss per round, the time taken and the command line, which the README records.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


import pipeline  # noqa: E402

sys.path.insert(0, str(pipeline.HERE.parent.parent))
from utils.seeding import set_seed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--examples", type=int, default=800, help="fresh examples per round")
    parser.add_argument("--out", default=str(pipeline.WEIGHTS))
    args = parser.parse_args()

    import keras

    set_seed(args.seed)
    mixer = pipeline.Mixer("train", seed=args.seed)
    model = pipeline.build_model()
    schedule = keras.optimizers.schedules.CosineDecay(2e-3, decay_steps=args.rounds * args.examples // 32)
    model.compile(optimizer=keras.optimizers.Adam(schedule), loss="binary_crossentropy")
    started = time.perf_counter()
    for round_ in range(args.rounds):
        X, Y, _, _ = mixer.batch(args.examples)
        history = model.fit(X, Y, batch_size=32, epochs=1, verbose=0)
        print(
            f"round {round_ + 1}/{args.rounds}: loss {history.history['loss'][-1]:.4f}"
            f"  ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        model.save_weights(args.out)
    minutes = (time.perf_counter() - started) / 60
    print(f"wrote {args.out} after {minutes:.1f} min; command: python {' '.join(sys.argv)}")
    print(
        f"rounds {args.rounds} x {args.examples} examples, seed {args.seed}, {model.count_params()} parameters"
    )


if __name__ == "__main__":
    main()
