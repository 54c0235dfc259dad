"""Cross-validation of the `emojifier` models on the training split only (the test split is never read).

    nice -n 19 .venv/bin/python -m benchmarks.emojifier_cv averaging [--lr 0.01 --passes 400 ...]
    nice -n 19 .venv/bin/python -m benchmarks.emojifier_cv lstm [--epochs 50 --units 64 --dropout 0.5 ...]

Stratified k-fold over ``datasets/emoji/train.csv`` (fold draws fixed by ``--draws`` seeds). The averaging
model is the notebook's reference `model` (softmax regression by SGD on GloVe averages, same initial
parameters, examples visited in order); the LSTM is `emojify_v2`'s architecture with the given units and
dropout. Prints accuracy per fold and mean; for the averaging model also the pooled confusion matrix, the
accuracy on sentences with and without a negation word, and (``--errors``) every misclassified sentence.
These figures choose the notebook's hyperparameters; the test figures come from ``benchmarks/emojifier.py``.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from utils.text import LABELS, confusion_matrix, load_emoji, load_glove

NEGATIONS = {"not", "never", "nobody", "nothing", "no", "cannot"}


def folds(Y: np.ndarray, k: int, seed: int) -> list[np.ndarray]:
    """``k`` disjoint index arrays, each holding about 1/k of every class (stratified)."""
    rng = np.random.default_rng(seed)
    parts: list[list[int]] = [[] for _ in range(k)]
    for label in np.unique(Y):
        members = rng.permutation(np.flatnonzero(Y == label))
        for i, index in enumerate(members):
            parts[i % k].append(int(index))
    return [np.array(sorted(p)) for p in parts]


def averages(X: np.ndarray, word_to_vec_map: dict) -> np.ndarray:
    """``(m, 50)``: the mean GloVe vector of the known words of each sentence (zeros if none)."""
    rows = []
    for sentence in X:
        known = [word_to_vec_map[w] for w in sentence.lower().split() if w in word_to_vec_map]
        rows.append(np.mean(known, axis=0) if known else np.zeros(50))
    return np.array(rows, dtype=float)


def softmax_regression(A: np.ndarray, Y: np.ndarray, lr: float, passes: int) -> tuple[np.ndarray, np.ndarray]:
    """The notebook's `model`: SGD in order over the rows of ``A``, same initial parameters."""
    n_y, n_h = 5, A.shape[1]
    rng = np.random.default_rng(1)
    W = rng.standard_normal((n_y, n_h)) / np.sqrt(n_h)
    b = np.zeros((n_y,))
    for _ in range(passes):
        for a_i, y_i in zip(A, Y, strict=True):
            z = W @ a_i + b
            p = np.exp(z - z.max())
            p /= p.sum()
            p[y_i] -= 1.0
            W -= lr * np.outer(p, a_i)
            b -= lr * p
    return W, b


def run_averaging(X, Y, args) -> list[float]:
    _, _, word_to_vec_map = load_glove()
    A = averages(X, word_to_vec_map)
    negated = np.array([bool(NEGATIONS & set(s.lower().split())) for s in X])
    accuracies, pred_all, true_all, index_all = [], [], [], []
    for draw in range(args.draws):
        parts = folds(Y, args.k, seed=draw)
        for i, held in enumerate(parts):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            W, b = softmax_regression(A[train], Y[train], args.lr, args.passes)
            pred = np.argmax(A[held] @ W.T + b, axis=1)
            accuracies.append(float(np.mean(pred == Y[held])))
            pred_all.append(pred)
            true_all.append(Y[held])
            index_all.append(held)
    pred, true, index = np.concatenate(pred_all), np.concatenate(true_all), np.concatenate(index_all)
    right = pred == true
    print("pooled confusion matrix (rows true, columns predicted):", ", ".join(LABELS))
    print(confusion_matrix(true, pred, 5))
    neg = negated[index]
    print(
        f"with a negation word: {neg.sum()} predictions, accuracy {right[neg].mean():.1%}, "
        f"{(~right & neg).sum() / (~right).sum():.1%} of all errors"
    )
    print(f"without:              {(~neg).sum()} predictions, accuracy {right[~neg].mean():.1%}")
    if args.errors:
        wrong = sorted({(int(i), int(p)) for i, p, r in zip(index, pred, right, strict=True) if not r})
        for i, p in wrong:
            print(f"  true {LABELS[Y[i]]:15s} predicted {LABELS[p]:15s} {X[i]}")
    return accuracies


def run_lstm(X, Y, args) -> list[float]:
    import keras

    from utils.seeding import set_seed

    word_to_index, _, word_to_vec_map = load_glove()
    max_len = max(len(s.split()) for s in X)
    rows = np.zeros((len(X), max_len), dtype=np.int64)
    for i, sentence in enumerate(X):
        known = [word_to_index[w] for w in sentence.lower().split() if w in word_to_index][:max_len]
        rows[i, : len(known)] = known
    # Only the rows the data set uses: the same frozen vectors as the full GloVe layer, built faster.
    used = np.unique(rows)
    remap = np.zeros(rows.max() + 1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    rows = remap[rows]
    words = {v: k for k, v in word_to_index.items()}
    matrix = np.zeros((len(used), 50), dtype=np.float32)
    matrix[1:] = [word_to_vec_map[words[int(u)]] for u in used[1:]]
    accuracies = []
    for draw in range(args.draws):
        parts = folds(Y, args.k, seed=draw)
        for i, held in enumerate(parts):
            train = np.concatenate([p for j, p in enumerate(parts) if j != i])
            set_seed(draw * 100 + i)
            inputs = keras.Input(shape=(max_len,), dtype="int32")
            x = keras.layers.Embedding(len(used), 50, mask_zero=True, trainable=False, weights=[matrix])(
                inputs
            )
            x = keras.layers.LSTM(args.units, return_sequences=True)(x)
            x = keras.layers.Dropout(args.dropout)(x)
            x = keras.layers.LSTM(args.units)(x)
            x = keras.layers.Dropout(args.dropout)(x)
            net = keras.Model(inputs, keras.layers.Dense(5, activation="softmax")(x))
            net.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
            checkpoints = sorted(set(args.report_epochs) | {args.epochs})
            done, start = 0, time.perf_counter()
            for epoch in checkpoints:
                net.fit(
                    rows[train], Y[train], epochs=epoch - done, batch_size=args.batch, shuffle=True, verbose=0
                )
                done = epoch
                pred = np.argmax(net.predict(rows[held], verbose=0), axis=1)
                seconds = time.perf_counter() - start
                print(
                    f"  draw {draw} fold {i} epoch {epoch}: {np.mean(pred == Y[held]):.1%} ({seconds:.0f} s)",
                    flush=True,
                )
            accuracies.append(float(np.mean(pred == Y[held])))
    return accuracies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=("averaging", "lstm"))
    parser.add_argument("--k", type=int, default=4, help="folds")
    parser.add_argument("--draws", type=int, default=1, help="fold draws (seeds 0, 1, ...)")
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--passes", type=int, default=400)
    parser.add_argument("--errors", action="store_true", help="list the misclassified sentences")
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--report-epochs", type=int, nargs="*", default=[])
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--units", type=int, default=64)
    parser.add_argument("--dropout", type=float, default=0.5)
    args = parser.parse_args()
    X, Y = load_emoji("train")
    print(f"{len(Y)} training sentences, {args.k} folds x {args.draws} draws, {vars(args)}")
    accuracies = (run_averaging if args.which == "averaging" else run_lstm)(X, Y, args)
    print(f"accuracy per fold: {', '.join(f'{a:.1%}' for a in accuracies)}")
    print(f"mean {statistics.mean(accuracies):.1%}")


if __name__ == "__main__":
    main()
