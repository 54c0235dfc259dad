"""Wrong implementations of the graded functions of ``dinosaur_names`` that its tests must reject."""

from __future__ import annotations

from tests.mutants import Mutant

CLIP_SOME = """
def clip(gradients, max_value):
    clipped = dict(gradients)
    for name in ("dWax", "dWaa", "dWya"):
        clipped[name] = np.clip(gradients[name], -max_value, max_value)
    return clipped
"""

HELD_OUT_MEAN_OF_MEANS = """
def held_out_loss(names, parameters, char_to_ix):
    per_name = [-name_log_likelihood(name, parameters, char_to_ix) / (len(name) + 1) for name in names]
    return float(np.mean(per_name))
"""

MUTANTS = [
    # clip
    Mutant("clip", "clips only the weight gradients, not the biases", source=CLIP_SOME),
    Mutant(
        "clip",
        "clips in place, changing the caller's arrays",
        replace=(
            ("np.clip(value, -max_value, max_value)", "np.clip(value, -max_value, max_value, out=value)"),
        ),
    ),
    Mutant(
        "clip",
        "caps large positive entries only",
        replace=(("np.clip(value, -max_value, max_value)", "np.minimum(value, max_value)"),),
    ),
    Mutant(
        "clip",
        "clips to [0, max_value]",
        replace=(("np.clip(value, -max_value, max_value)", "np.clip(value, 0, max_value)"),),
    ),
    Mutant(
        "clip",
        "ignores max_value and always clips at 5",
        replace=(("np.clip(value, -max_value, max_value)", "np.clip(value, -5.0, 5.0)"),),
    ),
    Mutant(
        "clip",
        "rescales by the norm of each array instead of clipping entries",
        replace=(
            (
                "np.clip(value, -max_value, max_value)",
                "value * min(1.0, max_value / (np.linalg.norm(value) + 1e-12))",
            ),
        ),
    ),
    # sample
    Mutant(
        "sample",
        "takes the most probable character instead of drawing one",
        replace=(("int(rng.choice(vocab_size, p=probabilities.ravel()))", "int(np.argmax(probabilities))"),),
    ),
    Mutant(
        "sample",
        "multiplies the scores by the temperature",
        replace=(("probabilities = softmax(z / temperature)", "probabilities = softmax(z * temperature)"),),
    ),
    Mutant(
        "sample",
        "makes a new generator from the seed at every step",
        replace=(("int(rng.choice(", "int(np.random.default_rng(seed).choice("),),
    ),
    Mutant(
        "sample",
        "draws from numpy's global generator, ignoring the seed",
        replace=(("int(rng.choice(", "int(np.random.choice("),),
    ),
    Mutant(
        "sample",
        "starts from a zero input instead of the one-hot of the end mark",
        replace=(("x = one_hot(end, vocab_size)", "x = np.zeros((vocab_size, 1))"),),
    ),
    Mutant(
        "sample",
        "does not feed the drawn character back",
        replace=(("x = one_hot(ix, vocab_size)", "x = one_hot(end, vocab_size)"),),
    ),
    Mutant(
        "sample",
        "forgets the hidden state between steps",
        replace=(("a, z = rnn_step_forward(parameters, a, x)", "_, z = rnn_step_forward(parameters, a, x)"),),
    ),
    Mutant(
        "sample",
        "draws one index too many at the cap",
        replace=(("while len(indices) < max_length:", "while len(indices) <= max_length:"),),
    ),
    Mutant(
        "sample",
        "drops the end mark from the result",
        replace=(
            (
                "        indices.append(ix)\n        if ix == end:\n            break\n",
                "        if ix == end:\n            break\n        indices.append(ix)\n",
            ),
        ),
    ),
    Mutant("sample", "assumes the end mark is index 0", replace=(('end = char_to_ix["\\n"]', "end = 0"),)),
    # optimize
    Mutant(
        "optimize",
        "does not clip",
        replace=(("gradients = clip(gradients, MAX_GRADIENT)", "gradients = gradients"),),
    ),
    Mutant(
        "optimize",
        "updates with the unclipped gradients",
        replace=(
            (
                "    gradients = clip(gradients, MAX_GRADIENT)\n    update_parameters(parameters, gradients, learning_rate)\n",
                "    update_parameters(parameters, gradients, learning_rate)\n    gradients = clip(gradients, MAX_GRADIENT)\n",
            ),
        ),
    ),
    Mutant(
        "optimize",
        "clips at 10 instead of MAX_GRADIENT",
        replace=(("clip(gradients, MAX_GRADIENT)", "clip(gradients, 10.0)"),),
    ),
    Mutant(
        "optimize",
        "climbs the gradient instead of descending",
        replace=(
            (
                "update_parameters(parameters, gradients, learning_rate)",
                "update_parameters(parameters, gradients, -learning_rate)",
            ),
        ),
    ),
    Mutant("optimize", "returns the first hidden state", replace=(("a[len(X) - 1]", "a[0]"),)),
    Mutant("optimize", "returns the state it started from", replace=(("a[len(X) - 1]", "a_prev"),)),
    Mutant(
        "optimize",
        "runs the forward pass from a zero state instead of a_prev",
        replace=(
            ("rnn_forward(X, Y, a_prev, parameters)", "rnn_forward(X, Y, np.zeros_like(a_prev), parameters)"),
        ),
    ),
    Mutant(
        "optimize",
        "forgets the update",
        replace=(("    update_parameters(parameters, gradients, learning_rate)\n", ""),),
    ),
    # model
    Mutant(
        "model",
        "does not shuffle the names",
        replace=(("name = names[order[j % len(names)]]", "name = names[j % len(names)]"),),
    ),
    Mutant("model", "off by one: targets equal the inputs", replace=(("Y = X[1:] + [end]", "Y = X"),)),
    Mutant(
        "model",
        "no start mark: the first letter is never predicted",
        replace=(("X = [end] + [char_to_ix[c] for c in name]", "X = [char_to_ix[c] for c in name]"),),
    ),
    Mutant(
        "model",
        "smoothing weights swapped",
        replace=(
            (
                "            smooth_loss = SMOOTHING * smooth_loss + (1 - SMOOTHING) * loss_per_char",
                "            smooth_loss = (1 - SMOOTHING) * smooth_loss + SMOOTHING * loss_per_char",
            ),
        ),
    ),
    Mutant(
        "model",
        "smooths the loss per name, not per character",
        replace=(("        loss_per_char = loss / len(Y)", "        loss_per_char = loss"),),
    ),
    Mutant(
        "model",
        "smoothed loss starts at zero",
        replace=(
            (
                "            smooth_loss = loss_per_char\n",
                "            smooth_loss = (1 - SMOOTHING) * loss_per_char\n",
            ),
        ),
    ),
    Mutant(
        "model",
        "carries the hidden state from one name to the next",
        replace=(
            ("    smooth_loss = None\n", "    smooth_loss = None\n    a_prev = np.zeros((n_a, 1))\n"),
            ("        a_prev = np.zeros((n_a, 1))\n        loss", "        loss"),
        ),
    ),
    Mutant(
        "model",
        "ignores the seed when initialising",
        replace=(
            (
                "    parameters = initialize_parameters(n_a, vocab_size, seed)",
                "    parameters = initialize_parameters(n_a, vocab_size, 0)",
            ),
        ),
    ),
    Mutant(
        "model",
        "ignores the learning rate",
        replace=(
            (
                "a_prev = optimize(X, Y, a_prev, parameters, learning_rate)",
                "a_prev = optimize(X, Y, a_prev, parameters)",
            ),
        ),
    ),
    Mutant("model", "assumes the end mark is index 0", replace=(('end = char_to_ix["\\n"]', "end = 0"),)),
    # name_log_likelihood
    Mutant(
        "name_log_likelihood",
        "forgets the end of the name",
        replace=(('for c in name + "\\n":', "for c in name:"),),
    ),
    Mutant(
        "name_log_likelihood",
        "starts from a zero input instead of the end mark",
        replace=(("x = one_hot(end, vocab_size)", "x = np.zeros((vocab_size, 1))"),),
    ),
    Mutant("name_log_likelihood", "uses log base 2", replace=(("np.log(", "np.log2("),)),
    Mutant(
        "name_log_likelihood",
        "adds the log of the largest probability, not of the true character",
        replace=(("softmax(z)[ix, 0]", "np.max(softmax(z))"),),
    ),
    Mutant(
        "name_log_likelihood",
        "does not feed the true character back",
        replace=(("x = one_hot(ix, vocab_size)", "x = one_hot(end, vocab_size)"),),
    ),
    Mutant(
        "name_log_likelihood",
        "forgets the hidden state between steps",
        replace=(("a, z = rnn_step_forward(parameters, a, x)", "_, z = rnn_step_forward(parameters, a, x)"),),
    ),
    Mutant(
        "name_log_likelihood",
        "returns the negative log-likelihood",
        replace=(("    return total\n", "    return -total\n"),),
    ),
    # held_out_loss
    Mutant(
        "held_out_loss",
        "sums instead of averaging",
        replace=(("return float(nats / predictions)", "return float(nats)"),),
    ),
    Mutant(
        "held_out_loss",
        "averages per name",
        replace=(("return float(nats / predictions)", "return float(nats / len(names))"),),
    ),
    Mutant(
        "held_out_loss",
        "does not count the end of each name",
        replace=(("len(name) + 1 for name", "len(name) for name"),),
    ),
    Mutant("held_out_loss", "averages the per-name averages", source=HELD_OUT_MEAN_OF_MEANS),
    Mutant("held_out_loss", "forgets the minus sign", replace=(("nats = -sum(", "nats = sum("),)),
    Mutant(
        "held_out_loss",
        "reports bits instead of nats",
        replace=(("return float(nats / predictions)", "return float(nats / predictions / np.log(2))"),),
    ),
]
