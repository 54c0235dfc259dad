"""Wrong implementations of the graded functions of ``emojifier`` that its tests must reject."""

from __future__ import annotations

from tests.mutants import Mutant

MODEL_FULL_BATCH = """
def model(X, Y, word_to_vec_map, learning_rate=0.01, num_iterations=400):
    m = X.shape[0]
    n_y = 5
    n_h = next(iter(word_to_vec_map.values())).shape[0]
    rng = np.random.default_rng(1)
    W = rng.standard_normal((n_y, n_h)) / np.sqrt(n_h)
    b = np.zeros((n_y,))
    averages = [sentence_to_avg(sentence, word_to_vec_map) for sentence in X]
    for t in range(num_iterations):
        dW = np.zeros_like(W)
        db = np.zeros_like(b)
        for i in range(m):
            dz = softmax(W @ averages[i] + b)
            dz[Y[i]] -= 1.0
            dW += np.outer(dz, averages[i]) / m
            db += dz / m
        W = W - learning_rate * dW
        b = b - learning_rate * db
    pred = np.array([int(np.argmax(W @ avg + b)) for avg in averages])
    return pred, W, b
"""

EMOJIFY_NO_DROPOUT = """
def emojify_v2(input_shape, word_to_vec_map, word_to_index):
    sentence_indices = keras.Input(shape=input_shape, dtype="int32")
    embeddings = pretrained_embedding_layer(word_to_vec_map, word_to_index)(sentence_indices)
    X = keras.layers.LSTM(64, return_sequences=True)(embeddings)
    X = keras.layers.LSTM(64)(X)
    outputs = keras.layers.Dense(5, activation="softmax")(X)
    return keras.Model(inputs=sentence_indices, outputs=outputs)
"""

MUTANTS = [
    # sentence_to_avg
    Mutant(
        "sentence_to_avg",
        "divides by all words, known or not",
        replace=(("avg = avg / known", "avg = avg / len(sentence.split())"),),
    ),
    Mutant(
        "sentence_to_avg",
        "does not lower-case the sentence",
        replace=(("sentence.lower().split()", "sentence.split()"),),
    ),
    Mutant(
        "sentence_to_avg",
        "divides by zero when no word is known",
        replace=(("if known > 0:\n        avg = avg / known", "avg = avg / known"),),
    ),
    Mutant("sentence_to_avg", "returns the sum, not the mean", replace=(("avg = avg / known", "avg = avg"),)),
    Mutant(
        "sentence_to_avg",
        "counts a repeated word once",
        replace=(("for word in sentence.lower().split():", "for word in set(sentence.lower().split()):"),),
    ),
    Mutant(
        "sentence_to_avg",
        "assumes 50 dimensions",
        replace=(("avg = np.zeros(word_to_vec_map[any_word].shape)", "avg = np.zeros(50)"),),
    ),
    Mutant(
        "sentence_to_avg",
        "returns a (1, n_h) row",
        replace=(("    return avg\n", "    return avg.reshape(1, -1)\n"),),
    ),
    # model
    Mutant(
        "model",
        "climbs the gradient (wrong sign)",
        replace=(("W = W - learning_rate * np.outer", "W = W + learning_rate * np.outer"),),
    ),
    Mutant("model", "never updates the bias", replace=(("b = b - learning_rate * dz", "b = b"),)),
    Mutant(
        "model",
        "subtracts the label number instead of a one-hot vector",
        replace=(("dz = a.copy()\n            dz[Y[i]] -= 1.0", "dz = a - Y[i]"),),
    ),
    Mutant(
        "model",
        "ignores learning_rate and always uses 0.01",
        replace=(
            ("W = W - learning_rate * np.outer", "W = W - 0.01 * np.outer"),
            ("b = b - learning_rate * dz", "b = b - 0.01 * dz"),
        ),
    ),
    Mutant(
        "model",
        "returns probabilities instead of labels",
        replace=(("int(np.argmax(W @ avg + b))", "softmax(W @ avg + b)"),),
    ),
    Mutant(
        "model",
        "makes one pass too few",
        replace=(("range(num_iterations)", "range(num_iterations - 1)"),),
    ),
    Mutant("model", "full-batch gradient descent instead of SGD", source=MODEL_FULL_BATCH),
    # sentences_to_indices
    Mutant(
        "sentences_to_indices",
        "does not lower-case the sentence",
        replace=(("X[i].lower().split()", "X[i].split()"),),
    ),
    Mutant(
        "sentences_to_indices",
        "pads on the left",
        replace=(("X_indices[i, : len(known)] = known", "X_indices[i, max_len - len(known) :] = known"),),
    ),
    Mutant(
        "sentences_to_indices",
        "leaves a zero where an unknown word was",
        replace=(
            (
                "[word_to_index[word] for word in X[i].lower().split() if word in word_to_index]",
                "[word_to_index.get(word, 0) for word in X[i].lower().split()]",
            ),
        ),
    ),
    Mutant(
        "sentences_to_indices",
        "does not cut sentences longer than max_len",
        replace=(("        known = known[:max_len]\n", ""),),
    ),
    Mutant(
        "sentences_to_indices",
        "returns floats",
        replace=(("np.zeros((m, max_len), dtype=np.int64)", "np.zeros((m, max_len))"),),
    ),
    Mutant(
        "sentences_to_indices",
        "sizes the rows by the longest sentence instead of max_len",
        replace=(
            (
                "X_indices = np.zeros((m, max_len), dtype=np.int64)",
                "max_len = max(len(s.split()) for s in X)\n    X_indices = np.zeros((m, max_len), dtype=np.int64)",
            ),
        ),
    ),
    Mutant(
        "sentences_to_indices",
        "shifts every index down by one",
        replace=(("[word_to_index[word] for word", "[word_to_index[word] - 1 for word"),),
    ),
    # pretrained_embedding_layer
    Mutant(
        "pretrained_embedding_layer",
        "leaves the embedding trainable",
        replace=(("trainable=False", "trainable=True"),),
    ),
    Mutant(
        "pretrained_embedding_layer",
        "sizes the matrix without the padding row",
        replace=(("vocab_size = len(word_to_index) + 1", "vocab_size = len(word_to_index)"),),
    ),
    Mutant(
        "pretrained_embedding_layer",
        "assumes 50 dimensions",
        replace=(("emb_dim = word_to_vec_map[any_word].shape[0]", "emb_dim = 50"),),
    ),
    Mutant(
        "pretrained_embedding_layer",
        "fills the rows in the map's order, ignoring word_to_index",
        replace=(
            (
                "for word, index in word_to_index.items():",
                "for index, word in enumerate(word_to_vec_map):",
            ),
        ),
    ),
    Mutant(
        "pretrained_embedding_layer",
        "never loads the GloVe weights",
        replace=(("    embedding_layer.set_weights([emb_matrix])\n", ""),),
    ),
    Mutant(
        "pretrained_embedding_layer",
        "does not mask the padding index",
        replace=(("mask_zero=True, ", ""),),
    ),
    # emojify_v2
    Mutant("emojify_v2", "no dropout", source=EMOJIFY_NO_DROPOUT),
    Mutant("emojify_v2", "no softmax on the output", replace=((', activation="softmax"', ""),)),
    Mutant(
        "emojify_v2",
        "first LSTM returns only its last output",
        replace=(("LSTM(64, return_sequences=True)", "LSTM(64)"),),
    ),
    Mutant(
        "emojify_v2",
        "second LSTM returns the whole sequence",
        replace=(("keras.layers.LSTM(64)(X)", "keras.layers.LSTM(64, return_sequences=True)(X)"),),
    ),
    Mutant(
        "emojify_v2",
        "a new trainable Embedding instead of the GloVe layer",
        replace=(
            (
                "pretrained_embedding_layer(word_to_vec_map, word_to_index)(sentence_indices)",
                "keras.layers.Embedding(len(word_to_index) + 1, 50)(sentence_indices)",
            ),
        ),
    ),
    Mutant(
        "emojify_v2",
        "dropout rate 0.2",
        replace=(("keras.layers.Dropout(0.5)(X)", "keras.layers.Dropout(0.2)(X)"),),
        count=2,
    ),
    Mutant("emojify_v2", "sigmoid output", replace=(('activation="softmax"', 'activation="sigmoid"'),)),
    Mutant(
        "emojify_v2",
        "128 LSTM units",
        replace=(
            ("keras.layers.LSTM(64, return_sequences=True)", "keras.layers.LSTM(128, return_sequences=True)"),
            ("keras.layers.LSTM(64)(X)", "keras.layers.LSTM(128)(X)"),
        ),
    ),
]
