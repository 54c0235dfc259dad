"""Plausible wrong answers to the jazz_lstm exercises; the notebook's tests must reject each one."""

from tests.mutants import Mutant

MUTANTS = [
    # --- build_training_set --------------------------------------------------------------------------
    Mutant(
        "build_training_set",
        "targets not shifted by one",
        replace=(("np.stack([values[s + 1 : s + T_x + 1]", "np.stack([values[s : s + T_x]"),),
    ),
    Mutant(
        "build_training_set",
        "targets shifted by two",
        replace=(("np.stack([values[s + 1 : s + T_x + 1]", "np.stack([values[s + 2 : s + T_x + 2]"),),
    ),
    Mutant(
        "build_training_set",
        "ignores step (windows every token)",
        replace=(("range(0, n_tokens - T_x, step)", "range(0, n_tokens - T_x)"),),
    ),
    Mutant(
        "build_training_set",
        "drops the last window",
        replace=(("range(0, n_tokens - T_x, step)", "range(0, n_tokens - T_x - 1, step)"),),
    ),
    Mutant(
        "build_training_set",
        "windows do not overlap (start every T_x tokens)",
        replace=(("range(0, n_tokens - T_x, step)", "range(0, n_tokens - T_x, T_x)"),),
    ),
    Mutant(
        "build_training_set",
        "starts the first window at step instead of 0",
        replace=(("range(0, n_tokens - T_x, step)", "range(step, n_tokens - T_x, step)"),),
    ),
    Mutant(
        "build_training_set",
        "time-major targets (T_x, m, n_values)",
        replace=(("return X, Y", "return X, np.swapaxes(Y, 0, 1)"),),
    ),
    Mutant(
        "build_training_set",
        "casts to float32",
        replace=(("return X, Y", 'return X.astype("float32"), Y.astype("float32")'),),
    ),
    # --- djmodel -------------------------------------------------------------------------------------
    Mutant(
        "djmodel",
        "a new LSTM at every step instead of the shared cell",
        replace=(
            ("LSTM_cell(x, initial_state", "keras.layers.LSTM(n_a, return_state=True)(x, initial_state"),
        ),
    ),
    Mutant(
        "djmodel",
        "a new Dense at every step instead of the shared densor",
        replace=(("densor(a))", 'keras.layers.Dense(n_values, activation="softmax")(a))'),),
    ),
    Mutant(
        "djmodel",
        "initial state not passed on (a0, c0 at every step)",
        replace=(("initial_state=[a, c]", "initial_state=[a0, c0]"),),
    ),
    Mutant(
        "djmodel",
        "ignores a0 and c0 (no initial state)",
        replace=(("LSTM_cell(x, initial_state=[a, c])", "LSTM_cell(x)"),),
    ),
    Mutant(
        "djmodel",
        "hidden state and memory cell swapped",
        replace=(("initial_state=[a, c]", "initial_state=[c, a]"),),
    ),
    Mutant("djmodel", "reads the first step's input every time", replace=(("X[:, t, :]", "X[:, 0, :]"),)),
    Mutant("djmodel", "predicts from the memory cell", replace=(("densor(a))", "densor(c))"),)),
    Mutant(
        "djmodel",
        "stacks along the batch axis",
        replace=(("keras.ops.stack(outputs, axis=1)", "keras.ops.stack(outputs, axis=0)"),),
    ),
    Mutant(
        "djmodel",
        "inputs in the wrong order",
        replace=(("inputs=[X, a0, c0]", "inputs=[X, c0, a0]"),),
    ),
    # --- music_inference_model -----------------------------------------------------------------------
    Mutant(
        "music_inference_model",
        "argmax where sampling was asked (noise ignored)",
        replace=(
            ("keras.ops.log(probabilities) / temperature + noise[:, t, :]", "keras.ops.log(probabilities)"),
        ),
    ),
    Mutant(
        "music_inference_model",
        "temperature applied after the softmax (on the probabilities)",
        replace=(
            ("keras.ops.log(probabilities) / temperature", "keras.ops.log(probabilities / temperature)"),
        ),
    ),
    Mutant(
        "music_inference_model",
        "temperature multiplies the log-probabilities",
        replace=(
            ("keras.ops.log(probabilities) / temperature", "keras.ops.log(probabilities) * temperature"),
        ),
    ),
    Mutant(
        "music_inference_model",
        "noise divided by the temperature too",
        replace=(
            (
                "keras.ops.log(probabilities) / temperature + noise[:, t, :]",
                "(keras.ops.log(probabilities) + noise[:, t, :]) / temperature",
            ),
        ),
    ),
    Mutant(
        "music_inference_model",
        "noise added to the probabilities, not their logarithm",
        replace=(("keras.ops.log(probabilities) / temperature", "probabilities / temperature"),),
    ),
    Mutant(
        "music_inference_model",
        "same noise row at every step",
        replace=(("noise[:, t, :]", "noise[:, 0, :]"),),
    ),
    Mutant(
        "music_inference_model",
        "feeds back the probabilities instead of the sampled token",
        replace=(("keras.ops.expand_dims(token, axis=1)", "keras.ops.expand_dims(probabilities, axis=1)"),),
    ),
    Mutant(
        "music_inference_model",
        "never feeds the sample back (x0 at every step)",
        replace=(("x = keras.ops.expand_dims(token, axis=1)", "x = x0"),),
    ),
    Mutant(
        "music_inference_model",
        "initial state not passed on",
        replace=(("initial_state=[a, c]", "initial_state=[a0, c0]"),),
    ),
    Mutant(
        "music_inference_model",
        "a new LSTM at every step instead of the trained cell",
        replace=(
            ("LSTM_cell(x, initial_state", "keras.layers.LSTM(n_a, return_state=True)(x, initial_state"),
        ),
    ),
    Mutant(
        "music_inference_model",
        "noise and temperature inputs in the wrong order",
        replace=(("inputs=[x0, a0, c0, noise, temperature]", "inputs=[x0, a0, c0, temperature, noise]"),),
    ),
    # --- predict_and_sample --------------------------------------------------------------------------
    Mutant(
        "predict_and_sample",
        "argmax where sampling was asked (zero noise)",
        replace=(
            (
                'np.random.gumbel(size=(m, T_y, n_values)).astype("float32")',
                'np.zeros((m, T_y, n_values), "float32")',
            ),
        ),
    ),
    Mutant(
        "predict_and_sample",
        "uniform noise instead of Gumbel",
        replace=(
            ("np.random.gumbel(size=(m, T_y, n_values))", "np.random.uniform(size=(m, T_y, n_values))"),
        ),
    ),
    Mutant(
        "predict_and_sample",
        "ignores the temperature",
        replace=(("np.full((m, 1), temperature", "np.full((m, 1), 1.0"),),
    ),
    Mutant(
        "predict_and_sample",
        "passes the memory cell as the hidden state and vice versa",
        replace=(
            (
                "x_initializer, a_initializer, c_initializer, noise",
                "x_initializer, c_initializer, a_initializer, noise",
            ),
        ),
    ),
    Mutant(
        "predict_and_sample",
        "the same noise for every solo",
        replace=(
            (
                "np.random.gumbel(size=(m, T_y, n_values))",
                "np.repeat(np.random.gumbel(size=(1, T_y, n_values)), m, axis=0)",
            ),
        ),
    ),
    Mutant(
        "predict_and_sample",
        "indices over the wrong axis",
        replace=(("np.argmax(results, axis=-1)", "np.argmax(results, axis=1)"),),
    ),
    Mutant(
        "predict_and_sample",
        "returns only the first solo",
        replace=(("return results, indices", "return results[:1], indices[:1]"),),
    ),
    Mutant(
        "predict_and_sample",
        "normal noise instead of Gumbel",
        replace=(("np.random.gumbel(size=(m, T_y, n_values))", "np.random.normal(size=(m, T_y, n_values))"),),
    ),
]
