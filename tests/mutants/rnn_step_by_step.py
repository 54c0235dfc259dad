"""Mistakes learners plausibly make in rnn_step_by_step; the notebook's tests must reject every one."""

from __future__ import annotations

from tests.mutants import Mutant

_RNN_STEP_INLINE = (
    "a_next, yt_pred, cache = rnn_cell_forward(x[:, :, t], a_next, parameters)",
    "a_prev_t = a_next\n"
    '        a_next = np.tanh(parameters["Waa"] @ a_prev_t + parameters["Wax"] @ x[:, :, t] + parameters["ba"])\n'
    '        yt_pred = softmax(parameters["Wya"] @ a_next + parameters["by"])\n'
    "        cache = (a_next, a_prev_t, x[:, :, t], parameters)",
)

_LSTM_STEP_INLINE = (
    "a_next, c_next, yt, cache = lstm_cell_forward(x[:, :, t], a_next, c_next, parameters)",
    "a_prev_t, c_prev_t = a_next, c_next\n"
    "        v = np.concatenate([a_prev_t, x[:, :, t]], axis=0)\n"
    '        f, i, o = (sigmoid(parameters["W" + g] @ v + parameters["b" + g]) for g in "fio")\n'
    '        cc = np.tanh(parameters["Wc"] @ v + parameters["bc"])\n'
    "        c_next = f * c_prev_t + i * cc\n"
    "        a_next = o * np.tanh(c_next)\n"
    '        yt = softmax(parameters["Wy"] @ a_next + parameters["by"])\n'
    "        cache = (a_next, c_next, a_prev_t, c_prev_t, f, i, cc, o, x[:, :, t], parameters)",
)

_GRU_STEP_INLINE = (
    "a_next, yt_pred, cache = gru_cell_forward(x[:, :, t], a_next, parameters)",
    "a_prev_t = a_next\n"
    "        v = np.concatenate([a_prev_t, x[:, :, t]], axis=0)\n"
    '        z = sigmoid(parameters["Wz"] @ v + parameters["bz"])\n'
    '        r = sigmoid(parameters["Wr"] @ v + parameters["br"])\n'
    '        h = np.tanh(parameters["Wh"] @ np.concatenate([r * a_prev_t, x[:, :, t]], axis=0) + parameters["bh"])\n'
    "        a_next = z * a_prev_t + (1 - z) * h\n"
    '        yt_pred = softmax(parameters["Wy"] @ a_next + parameters["by"])\n'
    "        cache = (a_next, a_prev_t, x[:, :, t], z, r, h, parameters)",
)

_RNN_BACKWARD_INLINE = (
    "step = rnn_cell_backward(da[:, :, t] + from_later, cell_caches[t])",
    "a_t, a_prev_t, x_t, params = cell_caches[t]\n"
    "        dpre = (da[:, :, t] + from_later) * (1 - a_t**2)\n"
    '        step = {"dxt": params["Wax"].T @ dpre, "da_prev": params["Waa"].T @ dpre, "dWax": dpre @ x_t.T,\n'
    '                "dWaa": dpre @ a_prev_t.T, "dba": dpre.sum(axis=1, keepdims=True)}',
)

MUTANTS = [
    # ---------------------------------------------------------------- rnn_cell_forward
    Mutant(
        "rnn_cell_forward",
        "sigmoid instead of tanh for the hidden state",
        replace=(("np.tanh(Waa @ a_prev", "sigmoid(Waa @ a_prev"),),
    ),
    Mutant("rnn_cell_forward", "hidden bias ba left out", replace=(("Wax @ xt + ba)", "Wax @ xt)"),)),
    Mutant(
        "rnn_cell_forward",
        "input term left out",
        replace=(("Waa @ a_prev + Wax @ xt + ba", "Waa @ a_prev + ba"),),
    ),
    Mutant(
        "rnn_cell_forward",
        "recurrent term left out",
        replace=(("Waa @ a_prev + Wax @ xt + ba", "Wax @ xt + ba"),),
    ),
    Mutant(
        "rnn_cell_forward",
        "softmax over the batch axis (axis 1)",
        replace=(("softmax(Wya @ a_next + by)", "softmax((Wya @ a_next + by).T).T"),),
    ),
    Mutant(
        "rnn_cell_forward",
        "no softmax on the output",
        replace=(("softmax(Wya @ a_next + by)", "(Wya @ a_next + by)"),),
    ),
    Mutant(
        "rnn_cell_forward",
        "prediction read off a_prev",
        replace=(("Wya @ a_next + by", "Wya @ a_prev + by"),),
    ),
    Mutant("rnn_cell_forward", "output bias by left out", replace=(("Wya @ a_next + by)", "Wya @ a_next)"),)),
    Mutant(
        "rnn_cell_forward",
        "cache stored as (a_prev, a_next, ...)",
        replace=(("cache = (a_next, a_prev, xt, parameters)", "cache = (a_prev, a_next, xt, parameters)"),),
    ),
    Mutant(
        "rnn_cell_forward",
        "returns a_prev instead of a_next",
        replace=(("return a_next, yt_pred, cache", "return a_prev, yt_pred, cache"),),
    ),
    # ---------------------------------------------------------------- rnn_forward
    Mutant("rnn_forward", "loop stops one step early", replace=(("range(T_x)", "range(T_x - 1)"),)),
    Mutant(
        "rnn_forward",
        "every step starts from a0",
        replace=(
            (
                "rnn_cell_forward(x[:, :, t], a_next, parameters)",
                "rnn_cell_forward(x[:, :, t], a0, parameters)",
            ),
        ),
    ),
    Mutant("rnn_forward", "predictions never stored", replace=(("        y_pred[:, :, t] = yt_pred\n", ""),)),
    Mutant(
        "rnn_forward",
        "state stored one slot early",
        replace=(("a[:, :, t] = a_next", "a[:, :, t - 1] = a_next"),),
    ),
    Mutant(
        "rnn_forward",
        "reads the inputs backwards in time",
        replace=(("rnn_cell_forward(x[:, :, t],", "rnn_cell_forward(x[:, :, T_x - 1 - t],"),),
    ),
    Mutant(
        "rnn_forward",
        "caches returned without x",
        replace=(("caches = (cell_caches, x)", "caches = cell_caches"),),
    ),
    Mutant(
        "rnn_forward",
        "cache appended after the loop (only the last one kept)",
        replace=(("        cell_caches.append(cache)\n", "    cell_caches.append(cache)\n"),),
    ),
    Mutant(
        "rnn_forward",
        "a0 ignored (starts from zeros)",
        replace=(("a_next = a0", "a_next = np.zeros_like(a0)"),),
    ),
    Mutant(
        "rnn_forward",
        "y_pred allocated with n_a rows",
        replace=(("y_pred = np.zeros((n_y, m, T_x))", "y_pred = np.zeros((n_a, m, T_x))"),),
    ),
    Mutant(
        "rnn_forward",
        "cell formula copied into the loop instead of calling rnn_cell_forward",
        replace=(_RNN_STEP_INLINE,),
    ),
    # ---------------------------------------------------------------- lstm_cell_forward
    Mutant(
        "lstm_cell_forward",
        "stacks [xt; a_prev] instead of [a_prev; xt]",
        replace=(("np.concatenate([a_prev, xt], axis=0)", "np.concatenate([xt, a_prev], axis=0)"),),
    ),
    Mutant(
        "lstm_cell_forward",
        "forget and input gates swapped in the cell update",
        replace=(("ft * c_prev + it * cct", "it * c_prev + ft * cct"),),
    ),
    Mutant(
        "lstm_cell_forward",
        "hidden state uses c_next instead of tanh(c_next)",
        replace=(("a_next = ot * np.tanh(c_next)", "a_next = ot * c_next"),),
    ),
    Mutant(
        "lstm_cell_forward",
        "candidate squashed with sigmoid",
        replace=(("cct = np.tanh(", "cct = sigmoid("),),
    ),
    Mutant(
        "lstm_cell_forward", "forget gate squashed with tanh", replace=(("ft = sigmoid(", "ft = np.tanh("),)
    ),
    Mutant(
        "lstm_cell_forward",
        "no forget gate on the old cell",
        replace=(("ft * c_prev + it * cct", "c_prev + it * cct"),),
    ),
    Mutant(
        "lstm_cell_forward",
        "output gate computed with the forget weights",
        replace=(('sigmoid(parameters["Wo"] @ concat', 'sigmoid(parameters["Wf"] @ concat'),),
    ),
    Mutant(
        "lstm_cell_forward",
        "ft and it swapped in the cache",
        replace=(
            (
                "cache = (a_next, c_next, a_prev, c_prev, ft, it,",
                "cache = (a_next, c_next, a_prev, c_prev, it, ft,",
            ),
        ),
    ),
    Mutant(
        "lstm_cell_forward",
        "prediction read off c_next",
        replace=(('parameters["Wy"] @ a_next', 'parameters["Wy"] @ c_next'),),
    ),
    Mutant(
        "lstm_cell_forward",
        "input-gate bias left out",
        replace=((' @ concat + parameters["bi"])', " @ concat)"),),
    ),
    Mutant(
        "lstm_cell_forward",
        "a_prev and c_prev swapped in the cache",
        replace=(("cache = (a_next, c_next, a_prev, c_prev,", "cache = (a_next, c_next, c_prev, a_prev,"),),
    ),
    # ---------------------------------------------------------------- lstm_forward
    Mutant("lstm_forward", "loop stops one step early", replace=(("range(T_x)", "range(T_x - 1)"),)),
    Mutant(
        "lstm_forward",
        "memory cell reset to zero at every step",
        replace=(
            (
                "x[:, :, t], a_next, c_next, parameters)",
                "x[:, :, t], a_next, np.zeros((n_a, m)), parameters)",
            ),
        ),
    ),
    Mutant(
        "lstm_forward", "memory cell starts at a0", replace=(("c_next = np.zeros((n_a, m))", "c_next = a0"),)
    ),
    Mutant(
        "lstm_forward",
        "a and c stored in each other's arrays",
        replace=(
            (
                "a[:, :, t] = a_next\n        c[:, :, t] = c_next",
                "a[:, :, t] = c_next\n        c[:, :, t] = a_next",
            ),
        ),
    ),
    Mutant(
        "lstm_forward",
        "returns (a, c, y, caches)",
        replace=(("return a, y, c, caches", "return a, c, y, caches"),),
    ),
    Mutant("lstm_forward", "memory cells never stored", replace=(("        c[:, :, t] = c_next\n", ""),)),
    Mutant(
        "lstm_forward",
        "a0 ignored (starts from zeros)",
        replace=(("a_next = a0", "a_next = np.zeros_like(a0)"),),
    ),
    Mutant(
        "lstm_forward",
        "caches returned without x",
        replace=(("caches = (cell_caches, x)", "caches = cell_caches"),),
    ),
    Mutant(
        "lstm_forward",
        "predictions stored one slot late",
        replace=(("y[:, :, t] = yt", "y[:, :, (t + 1) % T_x] = yt"),),
    ),
    Mutant(
        "lstm_forward",
        "cell formula copied into the loop instead of calling lstm_cell_forward",
        replace=(_LSTM_STEP_INLINE,),
    ),
    # ---------------------------------------------------------------- gru_cell_forward
    Mutant(
        "gru_cell_forward",
        "update-gate convention flipped (zt keeps the candidate)",
        replace=(("zt * a_prev + (1 - zt) * h_tilde", "(1 - zt) * a_prev + zt * h_tilde"),),
    ),
    Mutant(
        "gru_cell_forward",
        "reset gate applied after the recurrent matrix (reset_after=True form)",
        replace=(
            (
                'parameters["Wh"] @ reset_concat',
                'parameters["Wh"][:, a_prev.shape[0]:] @ xt + rt * (parameters["Wh"][:, :a_prev.shape[0]] @ a_prev)',
            ),
        ),
    ),
    Mutant("gru_cell_forward", "reset gate never applied", replace=(("[rt * a_prev, xt]", "[a_prev, xt]"),)),
    Mutant(
        "gru_cell_forward",
        "update gate computed with the reset weights",
        replace=(('sigmoid(parameters["Wz"] @ concat', 'sigmoid(parameters["Wr"] @ concat'),),
    ),
    Mutant(
        "gru_cell_forward",
        "candidate squashed with sigmoid",
        replace=(("h_tilde = np.tanh(", "h_tilde = sigmoid("),),
    ),
    Mutant(
        "gru_cell_forward",
        "stacks [xt; a_prev] for the gates",
        replace=(("np.concatenate([a_prev, xt], axis=0)", "np.concatenate([xt, a_prev], axis=0)"),),
    ),
    Mutant(
        "gru_cell_forward",
        "candidate bias left out",
        replace=((' @ reset_concat + parameters["bh"])', " @ reset_concat)"),),
    ),
    Mutant(
        "gru_cell_forward",
        "zt and rt swapped in the cache",
        replace=(("cache = (a_next, a_prev, xt, zt, rt,", "cache = (a_next, a_prev, xt, rt, zt,"),),
    ),
    Mutant(
        "gru_cell_forward",
        "prediction read off the candidate",
        replace=(('parameters["Wy"] @ a_next', 'parameters["Wy"] @ h_tilde'),),
    ),
    Mutant(
        "gru_cell_forward",
        "new state is the candidate alone (no update gate)",
        replace=(("a_next = zt * a_prev + (1 - zt) * h_tilde", "a_next = h_tilde"),),
    ),
    # ---------------------------------------------------------------- gru_forward
    Mutant("gru_forward", "loop stops one step early", replace=(("range(T_x)", "range(T_x - 1)"),)),
    Mutant(
        "gru_forward",
        "every step starts from a0",
        replace=(
            (
                "gru_cell_forward(x[:, :, t], a_next, parameters)",
                "gru_cell_forward(x[:, :, t], a0, parameters)",
            ),
        ),
    ),
    Mutant("gru_forward", "predictions never stored", replace=(("        y_pred[:, :, t] = yt_pred\n", ""),)),
    Mutant(
        "gru_forward",
        "state stored one slot early",
        replace=(("a[:, :, t] = a_next", "a[:, :, t - 1] = a_next"),),
    ),
    Mutant(
        "gru_forward",
        "reads the inputs backwards in time",
        replace=(("gru_cell_forward(x[:, :, t],", "gru_cell_forward(x[:, :, T_x - 1 - t],"),),
    ),
    Mutant(
        "gru_forward",
        "caches returned without x",
        replace=(("caches = (cell_caches, x)", "caches = cell_caches"),),
    ),
    Mutant(
        "gru_forward",
        "cache appended after the loop (only the last one kept)",
        replace=(("        cell_caches.append(cache)\n", "    cell_caches.append(cache)\n"),),
    ),
    Mutant(
        "gru_forward",
        "a0 ignored (starts from zeros)",
        replace=(("a_next = a0", "a_next = np.zeros_like(a0)"),),
    ),
    Mutant(
        "gru_forward",
        "cell formula copied into the loop instead of calling gru_cell_forward",
        replace=(_GRU_STEP_INLINE,),
    ),
    # ---------------------------------------------------------------- rnn_cell_backward
    Mutant(
        "rnn_cell_backward", "tanh derivative left out", replace=(("da_next * (1 - a_next**2)", "da_next"),)
    ),
    Mutant(
        "rnn_cell_backward",
        "tanh derivative taken at a_prev",
        replace=(("(1 - a_next**2)", "(1 - a_prev**2)"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "sigmoid derivative used for tanh",
        replace=(("(1 - a_next**2)", "a_next * (1 - a_next)"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "dba summed over the units (axis 0)",
        replace=(("np.sum(dpre, axis=1, keepdims=True)", "np.sum(dpre, axis=0, keepdims=True)"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "dba without keepdims (shape (n_a,))",
        replace=(("np.sum(dpre, axis=1, keepdims=True)", "np.sum(dpre, axis=1)"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "dba averaged over the batch",
        replace=(("np.sum(dpre, axis=1,", "np.mean(dpre, axis=1,"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "Waa not transposed for da_prev",
        replace=(('parameters["Waa"].T @ dpre', 'parameters["Waa"] @ dpre'),),
    ),
    Mutant(
        "rnn_cell_backward",
        "dWaa transposed",
        replace=(("dWaa = dpre @ a_prev.T", "dWaa = a_prev @ dpre.T"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "da_prev not multiplied by Waa",
        replace=(('da_prev = parameters["Waa"].T @ dpre', "da_prev = dpre"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "dWaa uses a_next instead of a_prev",
        replace=(("dWaa = dpre @ a_prev.T", "dWaa = dpre @ a_next.T"),),
    ),
    Mutant(
        "rnn_cell_backward",
        "input gradient taken through the raw upstream gradient",
        replace=(('dxt = parameters["Wax"].T @ dpre', 'dxt = parameters["Wax"].T @ da_next'),),
    ),
    # ---------------------------------------------------------------- rnn_backward
    Mutant(
        "rnn_backward",
        "gradient from the next step not added",
        replace=(("da[:, :, t] + from_later", "da[:, :, t]"),),
    ),
    Mutant(
        "rnn_backward",
        "dWaa overwritten instead of accumulated",
        replace=(('dWaa += step["dWaa"]', 'dWaa = step["dWaa"]'),),
    ),
    Mutant(
        "rnn_backward",
        "dWax overwritten instead of accumulated",
        replace=(('dWax += step["dWax"]', 'dWax = step["dWax"]'),),
    ),
    Mutant(
        "rnn_backward",
        "dba overwritten instead of accumulated",
        replace=(('dba += step["dba"]', 'dba = step["dba"]'),),
    ),
    Mutant("rnn_backward", "walks forwards in time", replace=(("reversed(range(T_x))", "range(T_x)"),)),
    Mutant(
        "rnn_backward", "skips the first step", replace=(("reversed(range(T_x))", "reversed(range(1, T_x))"),)
    ),
    Mutant(
        "rnn_backward",
        "uses the cache of the previous step",
        replace=(("cell_caches[t])", "cell_caches[t - 1])"),),
    ),
    Mutant(
        "rnn_backward",
        "da0 taken from the upstream gradient",
        replace=(("da0 = from_later", "da0 = da[:, :, 0]"),),
    ),
    Mutant(
        "rnn_backward",
        "da0 counts the upstream gradient of step 1 twice",
        replace=(("da0 = from_later", "da0 = from_later + da[:, :, 0]"),),
    ),
    Mutant(
        "rnn_backward",
        "dx stored in reversed time order",
        replace=(('dx[:, :, t] = step["dxt"]', 'dx[:, :, T_x - 1 - t] = step["dxt"]'),),
    ),
    Mutant(
        "rnn_backward",
        "cell gradient copied into the loop instead of calling rnn_cell_backward",
        replace=(_RNN_BACKWARD_INLINE,),
    ),
    # ---------------------------------------------------------------- lstm_cell_backward
    Mutant(
        "lstm_cell_backward",
        "tanh derivative left out on the path from a_next to c_next",
        replace=(("dc_next + da_next * ot * (1 - tanh_c**2)", "dc_next + da_next * ot"),),
    ),
    Mutant("lstm_cell_backward", "dc_next ignored", replace=(("dc = dc_next + da_next", "dc = da_next"),)),
    Mutant(
        "lstm_cell_backward",
        "only dc_next reaches the cell (path through a_next missing)",
        replace=(("dc = dc_next + da_next * ot * (1 - tanh_c**2)", "dc = dc_next"),),
    ),
    Mutant(
        "lstm_cell_backward",
        "dc_prev not multiplied by the forget gate",
        replace=(('gradients["dc_prev"] = dc * ft', 'gradients["dc_prev"] = dc'),),
    ),
    Mutant(
        "lstm_cell_backward",
        "output gate gradient uses c_next instead of tanh(c_next)",
        replace=(("da_next * tanh_c * ot * (1 - ot)", "da_next * c_next * ot * (1 - ot)"),),
    ),
    Mutant(
        "lstm_cell_backward",
        "forget gate gradient uses c_next instead of c_prev",
        replace=(("dc * c_prev * ft * (1 - ft)", "dc * c_next * ft * (1 - ft)"),),
    ),
    Mutant(
        "lstm_cell_backward",
        "candidate gradient multiplied by the candidate instead of the input gate",
        replace=(("dc * it * (1 - cct**2)", "dc * cct * (1 - cct**2)"),),
    ),
    Mutant(
        "lstm_cell_backward",
        "sigmoid derivative used for the tanh candidate",
        replace=(("(1 - cct**2)", "cct * (1 - cct)"),),
    ),
    Mutant(
        "lstm_cell_backward", "output gate sigmoid derivative left out", replace=(("ot * (1 - ot)", "ot"),)
    ),
    Mutant(
        "lstm_cell_backward",
        "da_prev and dxt slices swapped",
        replace=(
            (
                'gradients["da_prev"] = dconcat[:n_a]\n    gradients["dxt"] = dconcat[n_a:]',
                'gradients["da_prev"] = dconcat[n_a:]\n    gradients["dxt"] = dconcat[:n_a]',
            ),
        ),
    ),
    Mutant(
        "lstm_cell_backward",
        "bias gradients summed over the units (axis 0)",
        replace=(("np.sum(dpre, axis=1, keepdims=True)", "np.sum(dpre, axis=0, keepdims=True)"),),
    ),
    Mutant(
        "lstm_cell_backward",
        "output gate left out of dconcat",
        replace=(
            (
                '(("f", dpre_f), ("i", dpre_i), ("c", dpre_c), ("o", dpre_o))',
                '(("f", dpre_f), ("i", dpre_i), ("c", dpre_c))',
            ),
        ),
    ),
    Mutant(
        "lstm_cell_backward",
        "input and forget gate gradients swapped",
        replace=(('("f", dpre_f), ("i", dpre_i)', '("f", dpre_i), ("i", dpre_f)'),),
    ),
    Mutant(
        "lstm_cell_backward",
        "forget weights used for every gate in dconcat",
        replace=(('parameters["W" + gate].T @ dpre', 'parameters["Wf"].T @ dpre'),),
    ),
    # ---------------------------------------------------------------- lstm_backward
    Mutant(
        "lstm_backward",
        "gradient from the next step not added to da",
        replace=(("da[:, :, t] + da_later", "da[:, :, t]"),),
    ),
    Mutant(
        "lstm_backward",
        "memory-cell gradient not carried back",
        replace=(('        dc_later = step["dc_prev"]\n', ""),),
    ),
    Mutant(
        "lstm_backward",
        "parameter gradients overwritten instead of accumulated",
        replace=(("gradients[name] += step[name]", "gradients[name] = step[name]"),),
    ),
    Mutant("lstm_backward", "walks forwards in time", replace=(("reversed(range(T_x))", "range(T_x)"),)),
    Mutant(
        "lstm_backward",
        "da and dc passed in the wrong order",
        replace=(
            (
                "lstm_cell_backward(da[:, :, t] + da_later, dc_later,",
                "lstm_cell_backward(dc_later, da[:, :, t] + da_later,",
            ),
        ),
    ),
    Mutant(
        "lstm_backward",
        "uses the cache of the previous step",
        replace=(("cell_caches[t])", "cell_caches[t - 1])"),),
    ),
    Mutant(
        "lstm_backward",
        "da0 taken from the upstream gradient",
        replace=(('gradients["da0"] = da_later', 'gradients["da0"] = da[:, :, 0]'),),
    ),
    Mutant(
        "lstm_backward",
        "skips the first step",
        replace=(("reversed(range(T_x))", "reversed(range(1, T_x))"),),
    ),
    Mutant(
        "lstm_backward",
        "dx stored in reversed time order",
        replace=(
            ('gradients["dx"][:, :, t] = step["dxt"]', 'gradients["dx"][:, :, T_x - 1 - t] = step["dxt"]'),
        ),
    ),
    Mutant(
        "lstm_backward",
        "output-gate bias gradient never accumulated",
        replace=(
            (
                '("dWf", "dbf", "dWi", "dbi", "dWc", "dbc", "dWo", "dbo")',
                '("dWf", "dbf", "dWi", "dbi", "dWc", "dbc", "dWo")',
            ),
        ),
    ),
    Mutant(
        "lstm_backward",
        "cell gradient from the next step added to the hidden-state gradient instead",
        replace=(
            ("da[:, :, t] + da_later, dc_later,", "da[:, :, t] + da_later + dc_later, np.zeros((n_a, m)),"),
        ),
    ),
]
