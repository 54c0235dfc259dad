"""One call to make a notebook reproducible.

>>> import numpy as np
>>> set_seed(3); a = np.random.rand()
>>> set_seed(3); b = np.random.rand()
>>> a == b
True
"""

from __future__ import annotations

import random
import sys

import numpy as np

__all__ = ["set_seed"]


def set_seed(seed: int) -> None:
    """Seed Python's ``random``, numpy's global generator and, if it is already imported, Keras.

    Keras is not imported here: numpy-only notebooks should not pay for starting TensorFlow. (String
    hashing is fixed by PYTHONHASHSEED at interpreter start and cannot be changed from here.)
    """
    random.seed(seed)
    np.random.seed(seed)
    if "keras" in sys.modules:
        sys.modules["keras"].utils.set_random_seed(seed)
