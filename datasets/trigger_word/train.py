"""Train the model the notebook loads for its scored evaluation: ``model.keras`` in this folder.

    nice -n 19 .venv/bin/python datasets/trigger_word/train.py          # about 80 minutes on 2 shared cores

Trains ``pipeline.build_model`` (the notebook's ``modelf`` layers, twice as wide by default: Conv1D 128 /
stride 4, two GRU(128), 240,897 parameters; ``--filters`` and ``--units`` change the widths, 64 and 64
give the learner's 71,297-parameter ``modelf``) on examples mixed on the fly (``pipeline.Mixer``) from
training speakers only: the committed *train* clips plus an extra pool synthesised at start-up with
``build.synthesise_pool`` from the wide pool of training speakers (espeak-ng, flite, festival and Piper;
``--extra-positives`` "computer"s and ``--extra-per-word`` clips per negative word, twice that per
sound-alike; 6-11 minutes, not committed). Like ``build.py`` this needs the synthesisers (``build.INSTALL``);
``--extra-positives 0 --extra-per-word 0`` trains on the committed clips alone. Recordings of people come
in two ways, both from training material only: ``--real-share`` of the triggers (and of the negatives that
are not sound-alikes) are the *train* split of ``real/`` (people saying "computer" and five other
keywords), and each example holds up to ``--max-prompts`` recorded sentences from the Asterisk voices of
``pipeline.PROMPT_VOICES["train"]``, Tux Paint's stamp descriptions in the training languages
(``pipeline.stamp_files``) and the English phrases of two games' voice actors (``pipeline.game_voices``:
warzone2100-data, megaglest-data); ``--word-share`` of the negatives that are not sound-alikes are people saying
words, letters, syllables and exclamations in the training groups of ``pipeline.load_words`` (Debian's
klettres-data, ktuberling-data and hedgewars-data); ``--real-share 0 --max-prompts 0 --word-share 0``
trains on synthetic voices only
(``model_synthetic.keras``, the notebook's "before"). Backgrounds come from
training seeds. Every word is coloured at random (``Mixer(augment=True)``) and every spectrogram gets a
random gain across its bands and sometimes a masked run of bands (``pipeline.equalise_bands``,
``pipeline.mask_bands``); ``--no-augment`` turns that off; ``--warp`` also stretches the frequency axis of
half the spectrograms (``pipeline.warp_bands``). ``--exclude`` leaves speakers out of training (to
measure how the model carries over to a training voice it never heard, e.g. ``--exclude awb
ked_diphone``: the test voices are never used for such choices). Each round draws ``--examples`` fresh
examples and fits ``--epochs`` epochs on them; every ``--val-every`` rounds the model is scored on
validation audio (people's *val* clips and the validation prompts, never the test split) and the best
checkpoint is the one saved; ``--init`` continues from an earlier run's file. Seeds are
fixed (``--seed``; numpy, Python and Keras), so a rerun with the same versions gives the same weights up
to floating-point differences between machines. Prints the loss per round, the time taken and the
command line, which the dataset README records. The output is saved without the optimizer's state.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np
import pipeline

from utils.seeding import set_seed


def save(model, path: str) -> None:
    """The model (architecture and weights) to a ``.keras`` file, or only its weights to ``.weights.h5``."""
    if path.endswith(".keras"):
        model.save(path)
    else:
        model.save_weights(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--epochs", type=int, default=2, help="epochs on each round's examples")
    parser.add_argument("--examples", type=int, default=800, help="fresh examples per round")
    parser.add_argument(
        "--out", default=str(pipeline.MODEL), help="a .keras file, or .weights.h5 for weights only"
    )
    parser.add_argument(
        "--extra-positives", type=int, default=1200, help="extra 'computer' clips to synthesise"
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
    parser.add_argument(
        "--warp",
        type=float,
        default=0.0,
        help="stretch half the spectrograms' frequency axes by up to this share",
    )
    parser.add_argument(
        "--real-share",
        type=float,
        default=0.5,
        help="share of triggers (and of negatives that are not sound-alikes) drawn from the recordings of "
        "people in real/ (train split only); 0 trains on synthetic voices only",
    )
    parser.add_argument(
        "--max-prompts",
        type=int,
        default=2,
        help="recorded sentences (Asterisk prompts of the training voices, stamp descriptions of the "
        "training languages, game voices) per example, 0 to that; needs the Debian packages in "
        "pipeline.PROMPT_PACKAGES, pipeline.STAMPS_PACKAGE and pipeline.GAME_PACKAGES; 0 for none",
    )
    parser.add_argument(
        "--word-share",
        type=float,
        default=1 / 3,
        help="share of negatives that are not sound-alikes drawn from people saying words, letters, "
        "syllables and exclamations in many languages (pipeline.load_words, training groups only; Debian "
        "packages pipeline.WORD_PACKAGES); 0 for none",
    )
    parser.add_argument(
        "--val-every",
        type=int,
        default=5,
        help="every this many rounds, score the model on validation audio (people's val clips, val "
        "prompts; pipeline.evaluation_audio) and keep the best checkpoint; 0 keeps the last",
    )
    parser.add_argument(
        "--keep-round",
        type=int,
        default=0,
        help="also save the model as it is after this round, next to --out as <name>_round<N>.keras "
        "(to compare runs at equal training length)",
    )
    parser.add_argument(
        "--replay",
        type=int,
        default=0,
        help="hard examples added to each round: drawn from a bank of earlier rounds' examples on which the "
        "model fired where no trigger ended (mined before each round's fit); 0 for none",
    )
    parser.add_argument(
        "--mine-threshold", type=float, default=0.5, help="a firing above this is one the bank keeps"
    )
    parser.add_argument("--bank", type=int, default=1000, help="hard examples kept (the newest)")
    parser.add_argument("--filters", type=int, default=pipeline.SHIPPED_FILTERS, help="Conv1D filters")
    parser.add_argument("--units", type=int, default=pipeline.SHIPPED_UNITS, help="units of each GRU")
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
    mixer = pipeline.Mixer(
        "train",
        seed=args.seed,
        extra=extra,
        augment=augment,
        exclude=tuple(args.exclude),
        real_share=args.real_share,
        prompts=args.max_prompts > 0,
        word_share=args.word_share,
    )
    spectra_rng = np.random.default_rng(args.seed + 2)
    model = pipeline.build_model(filters=args.filters, units=args.units)
    if args.init:
        model.load_weights(args.init)
    schedule = keras.optimizers.schedules.CosineDecay(
        args.lr, decay_steps=max(1, args.rounds * args.epochs * -(-args.examples // 32))
    )
    model.compile(optimizer=keras.optimizers.Adam(schedule), loss="binary_crossentropy")
    val = pipeline.validation_audio() if args.val_every else None
    best = (-1.0, None)  # (validation recall at <= 1 false accept per hour, weights)
    bank_X = np.zeros((0, *model.input_shape[1:]), np.float32)  # hard examples, the newest last
    bank_Y = np.zeros((0, *model.output_shape[1:]), np.float32)
    for round_ in range(args.rounds):
        X, Y, _, ends = mixer.batch(args.examples, max_prompts=args.max_prompts)
        if augment:
            X = pipeline.mask_bands(pipeline.equalise_bands(X, spectra_rng), spectra_rng)
        if args.warp:
            X = pipeline.warp_bands(X, spectra_rng, args.warp)
        mined = ""
        if args.replay:
            hard = pipeline.hard_examples(model, X, ends, args.mine_threshold)
            replay = spectra_rng.choice(len(bank_X), min(args.replay, len(bank_X)), replace=False)
            bank_X = np.concatenate([bank_X, X[hard]])[-args.bank :]
            bank_Y = np.concatenate([bank_Y, Y[hard]])[-args.bank :]
            X, Y = np.concatenate([X, bank_X[replay]]), np.concatenate([Y, bank_Y[replay]])
            mined = f", {len(hard)} hard examples mined, {len(replay)} replayed"
        history = model.fit(X, Y, batch_size=32, epochs=args.epochs, verbose=0)
        print(
            f"round {round_ + 1}/{args.rounds}: loss {history.history['loss'][-1]:.4f}{mined}"
            f"  ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        if val is not None and ((round_ + 1) % args.val_every == 0 or round_ + 1 == args.rounds):
            probs = pipeline.probabilities(model, val)
            threshold = pipeline.choose_threshold(*probs)
            recall = pipeline.rates(*probs, threshold)[0]
            print(f"  validation: recall {recall:.1%} at threshold {threshold:.2f}", flush=True)
            if recall > best[0]:
                best = (recall, model.get_weights())
        save(model, args.out)  # a checkpoint after every round
        if round_ + 1 == args.keep_round:
            save(model, args.out.replace(".keras", f"_round{args.keep_round}.keras"))
    if best[1] is not None:
        print(f"kept the checkpoint with the best validation recall, {best[0]:.1%}")
        model.set_weights(best[1])
    # an uncompiled copy, so that the file holds the weights without Adam's state
    slim = pipeline.build_model(filters=args.filters, units=args.units)
    slim.set_weights(model.get_weights())
    save(slim, args.out)
    minutes = (time.perf_counter() - started) / 60
    print(f"wrote {args.out} after {minutes:.1f} min; command: python {' '.join(sys.argv)}")
    print(
        f"rounds {args.rounds} x {args.examples} examples, seed {args.seed}, {model.count_params()} parameters"
    )


if __name__ == "__main__":
    main()
