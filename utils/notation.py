"""One spelling per symbol: the names every notebook and helper uses for the same quantity.

=================  ==================================================================================
name               meaning
=================  ==================================================================================
``m``              number of examples in a batch or data set
``n_x``            size of one input vector x⟨t⟩ (features, or vocabulary size for one-hot inputs)
``n_a``            units of a recurrent layer: size of its hidden state a⟨t⟩ (encoder, in notebook 4)
``n_s``            units of the decoder's recurrent layer (notebook 4)
``n_y``            size of one output vector y⟨t⟩ (number of classes)
``n_h``            size of a word vector (notebook 3)
``n_freq``         mel bands of one spectrogram frame (notebook 5)
``n_values``       number of distinct tokens of the jazz vocabulary (notebook 6)
``T_x``            number of input time steps
``T_y``            number of output time steps
``vocab_size``     number of symbols of a vocabulary
``char_to_ix``     dict from a character to its index; ``ix_to_char`` the inverse
``x⟨t⟩``, ``a⟨t⟩``   in code ``xt``, ``a_next``, ``a_prev``: step t's input and hidden state
=================  ==================================================================================

Shapes follow the numpy notebooks' column convention, ``(n_x, m, T_x)``, until Keras takes over with its
own ``(m, T_x, n_x)``. Module constants use the same spelling (``utils.dates.T_x``,
``utils.trigger.T_y``). :data:`STRAYS` lists spellings that mean one of these names but are not it;
``tests/test_notation.py`` fails on any of them in a notebook's code or in ``utils/``.

>>> sorted(STRAYS)[:4]
['N_FREQ', 'TX', 'TY', 'T_X']
"""

from __future__ import annotations

__all__ = ["CANONICAL", "STRAYS"]

CANONICAL = (
    "m", "n_x", "n_a", "n_s", "n_y", "n_h", "n_freq", "n_values", "T_x", "T_y", "vocab_size", "char_to_ix",
    "ix_to_char",
)  # fmt: skip

STRAYS = {
    "Tx": "T_x",
    "T_X": "T_x",
    "TX": "T_x",
    "Ty": "T_y",
    "T_Y": "T_y",
    "TY": "T_y",
    "nx": "n_x",
    "ny": "n_y",
    "N_FREQ": "n_freq",
    "char_to_index": "char_to_ix",
    "index_to_char": "ix_to_char",
}
