"""Plausible wrong answers to the date_translation exercises; the notebook's tests must reject each one."""

from tests.mutants import Mutant

MUTANTS = [
    # --- string_to_int -------------------------------------------------------------------------------
    Mutant("string_to_int", "forgets to lower-case", replace=(("text.lower()[:length]", "text[:length]"),)),
    Mutant(
        "string_to_int",
        "pads on the left",
        replace=(
            (
                'indices += [vocab["<pad>"]] * (length - len(indices))',
                'indices = [vocab["<pad>"]] * (length - len(indices)) + indices',
            ),
        ),
    ),
    Mutant(
        "string_to_int",
        "keeps the end of a long string",
        replace=(("text.lower()[:length]", "text.lower()[-length:]"),),
    ),
    Mutant(
        "string_to_int",
        "unknown characters become padding",
        replace=(('vocab.get(character, vocab["<unk>"])', 'vocab.get(character, vocab["<pad>"])'),),
    ),
    Mutant(
        "string_to_int",
        "drops unknown characters",
        replace=(
            (
                'vocab.get(character, vocab["<unk>"]) for character in characters]',
                "vocab[character] for character in characters if character in vocab]",
            ),
        ),
    ),
    Mutant(
        "string_to_int", "returns a numpy array", replace=(("return indices", "return np.array(indices)"),)
    ),
    Mutant(
        "string_to_int",
        "removes commas first",
        replace=(("text.lower()[:length]", 'text.lower().replace(",", "")[:length]'),),
    ),
    Mutant(
        "string_to_int",
        "hard-codes <unk> = 1 and <pad> = 0",
        replace=(('vocab["<unk>"]', "1"), ('vocab["<pad>"]', "0")),
        count=2,  # once in the docstring, once in the code
    ),
    # --- one_step_attention --------------------------------------------------------------------------
    Mutant(
        "one_step_attention",
        "softmax over the feature axis",
        replace=(("attention_softmax(energies)", "keras.layers.Softmax(axis=-1)(energies)"),),
    ),
    Mutant(
        "one_step_attention",
        "concatenates the state before the encoder outputs",
        replace=(("join([a, s_repeated])", "join([s_repeated, a])"),),
    ),
    Mutant(
        "one_step_attention",
        "creates a new tanh layer at every call instead of the shared one",
        replace=(("energy_hidden(pairs)", 'keras.layers.Dense(n_e, activation="tanh")(pairs)'),),
    ),
    Mutant(
        "one_step_attention",
        "weights the encoder outputs with the raw energies",
        replace=(("weighted_sum([alphas, a])", "weighted_sum([energies, a])"),),
    ),
    Mutant(
        "one_step_attention",
        "averages instead of the weighted sum",
        replace=(("weighted_sum([alphas, a])", "keras.ops.mean(alphas * a, axis=1, keepdims=True)"),),
    ),
    Mutant(
        "one_step_attention",
        "ignores the decoder state (joins a with itself)",
        replace=(("join([a, s_repeated])", "join([a, a])"),),
    ),
    Mutant(
        "one_step_attention",
        "skips the tanh layer",
        replace=(("hidden = energy_hidden(pairs)", "hidden = pairs"),),
    ),
    # --- modelf --------------------------------------------------------------------------------------
    Mutant(
        "modelf",
        "unidirectional encoder",
        source="""
def modelf(T_x, T_y, n_a, n_s, human_vocab_size, machine_vocab_size):
    X = keras.Input(shape=(T_x, human_vocab_size))
    a, h, c_last = keras.layers.LSTM(2 * n_a, return_sequences=True, return_state=True)(X)
    s = keras.layers.Dense(n_s, activation="tanh")(h)
    c = keras.layers.Dense(n_s, activation="tanh")(c_last)
    decoder = keras.layers.LSTM(n_s, return_state=True)
    output_layer = keras.layers.Dense(machine_vocab_size, activation="softmax")
    as_step = keras.layers.Reshape((1, machine_vocab_size))
    outputs = []
    for t in range(T_y):
        context = one_step_attention(a, s)
        s, _, c = decoder(context, initial_state=[s, c])
        outputs.append(as_step(output_layer(s)))
    return keras.Model(inputs=X, outputs=keras.layers.Concatenate(axis=1)(outputs))
""",
    ),
    Mutant(
        "modelf",
        "a new decoder LSTM at every step",
        replace=(
            ("        s, _, c = decoder(", "        s, _, c = keras.layers.LSTM(n_s, return_state=True)("),
        ),
    ),
    Mutant(
        "modelf",
        "a new output layer at every step",
        replace=(
            (
                "as_step(output_layer(s))",
                'as_step(keras.layers.Dense(machine_vocab_size, activation="softmax")(s))',
            ),
        ),
    ),
    Mutant(
        "modelf",
        "no softmax on the output layer",
        replace=(
            (
                'keras.layers.Dense(machine_vocab_size, activation="softmax")',
                "keras.layers.Dense(machine_vocab_size)",
            ),
        ),
    ),
    Mutant(
        "modelf",
        "starts the decoder from the forward states",
        replace=(
            ('activation="tanh")(backward_h)', 'activation="tanh")(forward_h)'),
            ('activation="tanh")(backward_c)', 'activation="tanh")(forward_c)'),
        ),
    ),
    Mutant(
        "modelf",
        "passes the decoder states in the wrong order",
        replace=(("initial_state=[s, c]", "initial_state=[c, s]"),),
    ),
    Mutant(
        "modelf",
        "never updates the decoder state between steps",
        replace=(
            ("s, _, c = decoder(", "s_next, _, c_next = decoder("),
            ("output_layer(s)", "output_layer(s_next)"),
        ),
    ),
    Mutant(
        "modelf",
        "predicts from the context instead of the decoder state",
        replace=(("as_step(output_layer(s))", "as_step(output_layer(context[:, 0, :]))"),),
    ),
    # --- translate_date ------------------------------------------------------------------------------
    Mutant(
        "translate_date",
        "decodes with the human vocabulary",
        replace=(
            (
                "inv_machine_vocab[int(index)] for index in best",
                "{i: ch for ch, i in human_vocab.items()}[int(index)] for index in best",
            ),
        ),
    ),
    Mutant(
        "translate_date",
        "takes the argmax over the wrong axis",
        replace=(("np.argmax(probabilities, axis=-1)", "np.argmax(probabilities, axis=0)"),),
    ),
    Mutant(
        "translate_date",
        "uses the global T_x instead of the model's input length",
        replace=(("length = model.input_shape[1]", "length = T_x"),),
    ),
    Mutant(
        "translate_date",
        "hard-codes the ISO alphabet",
        replace=(
            (
                "inv_machine_vocab[int(index)] for index in best",
                '"-0123456789"[int(index)] for index in best',
            ),
        ),
    ),
    Mutant(
        "translate_date",
        "returns a list of characters",
        replace=(
            (
                'return "".join(inv_machine_vocab[int(index)] for index in best)',
                "return [inv_machine_vocab[int(index)] for index in best]",
            ),
        ),
    ),
    Mutant(
        "translate_date",
        "encodes without string_to_int (keeps upper case)",
        replace=(
            (
                "indices = string_to_int(text, length, human_vocab)",
                "indices = [human_vocab.get(ch, human_vocab['<unk>']) for ch in text[:length]]\n"
                "    indices += [human_vocab['<pad>']] * (length - len(indices))",
            ),
        ),
    ),
    Mutant(
        "translate_date",
        "feeds indices instead of one-hot vectors",
        replace=(("x = one_hot(np.array([indices]), len(human_vocab))", "x = np.array([indices])"),),
    ),
]
