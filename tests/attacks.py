"""Fixture submissions that try to earn points they did not earn, and honest ones in other styles.

Each attack starts from a WRONG answer to the toy assignment (``add`` subtracts, so every test must fail)
and adds one trick. The grader must give none of them a point for ``test_add`` and must call each
``suspicious``. The honest submissions are right in unusual but reasonable styles: full marks, ``clean``.
"""

from __future__ import annotations

from dataclasses import dataclass

WRONG_ADD = "def add(a, b):\n    return a - b\n"


@dataclass(frozen=True)
class Fixture:
    name: str
    add: str  # source of the answer cell for `add`
    extra: str | None = None  # a cell the learner added after the answer cell
    scale: str | None = None  # source of the answer cell for `scale` (None: the reference)


ATTACKS = [
    Fixture(
        "input_transformer",
        WRONG_ADD + "get_ipython().input_transformers_post.append(lambda lines: ['pass\\n'])\n",
    ),
    Fixture(
        "input_transformer_hidden_behind_exec",
        WRONG_ADD
        + "exec(bytes.fromhex('"
        + b"get_ipython().input_transformers_cleanup.append(lambda l: [])".hex()
        + "').decode())\n",
    ),
    Fixture(
        "ast_transformer",
        WRONG_ADD
        + "import ast\n"
        + "class Blank(ast.NodeTransformer):\n"
        + "    def visit_Module(self, node):\n"
        + "        node.body = [ast.Pass()]\n"
        + "        return node\n"
        + "get_ipython().ast_transformers.append(Blank())\n",
    ),
    Fixture(
        "event_patches_helpers_before_each_cell",
        WRONG_ADD
        + "def _quiet(*args, **kwargs):\n"
        + "    import utils.testing as t\n"
        + "    t.check_array = lambda *a, **k: None\n"
        + "get_ipython().events.register('pre_run_cell', _quiet)\n",
    ),
    Fixture(
        "custom_exception_handler",
        WRONG_ADD + "get_ipython().set_custom_exc((Exception,), lambda *args, **kwargs: None)\n",
    ),
    Fixture(
        "patched_run_cell",
        WRONG_ADD
        + "from IPython.core.interactiveshell import ExecutionResult, ExecutionInfo\n"
        + "shell = get_ipython()\n"
        + "async def fake(raw_cell, *args, **kwargs):\n"
        + "    return ExecutionResult(ExecutionInfo(raw_cell, False, False, False, None))\n"
        + "type(shell).run_cell_async = fake\n",
    ),
    Fixture(
        "patched_numpy",
        WRONG_ADD + "import numpy\nnumpy.isclose = lambda a, b, **k: numpy.ones(numpy.shape(a), bool)\n",
    ),
    Fixture(
        "patched_test_helpers",
        WRONG_ADD + "import utils.testing\nutils.testing.check_array = lambda *args, **kwargs: None\n",
    ),
    Fixture(
        "patched_builtins",
        WRONG_ADD
        + "import builtins\nbuiltins.isinstance = lambda *args: True\nclass Never(Exception):\n    pass\nbuiltins.AssertionError = Never\n",
    ),
    Fixture(
        "reads_the_gradebook",
        WRONG_ADD,
        extra="import glob\nfound = glob.glob('../../../*.db') + glob.glob('/tmp/*/gradebook.db')\nsecrets_seen = [open(p, 'rb').read()[:10] for p in found]",
    ),
    Fixture(
        "writes_outside_the_task",
        WRONG_ADD,
        extra="with open('/tmp/seqlab-attack-was-here.txt', 'w') as f:\n    f.write('x')",
    ),
    Fixture("exits_the_kernel", WRONG_ADD + "import os\nos._exit(0)\n"),
    Fixture("sys_exit", WRONG_ADD, extra="import sys\nsys.exit(0)"),
    Fixture(
        "forks_children",
        WRONG_ADD,
        extra=(
            "import os, time\n"
            "for _ in range(8):\n"
            "    if os.fork() == 0:\n"
            "        time.sleep(600)\n"
            "        os._exit(0)"
        ),
    ),
]

# Abuse of resources rather than of the grader: it must cost the batch nothing and earn nothing.
ABUSE = [
    Fixture("output_flood", WRONG_ADD, extra="for _ in range(20000):\n    print('x' * 1000)"),
    Fixture("busy_loop_in_answer", "def add(a, b):\n    while True:\n        pass\n"),
]

HONEST = [
    Fixture(
        "honest_helper_function",
        "def _plus(x, y):\n    return x + y\n\ndef add(a, b):\n    return _plus(a, b)\n",
    ),
    Fixture("honest_numpy_function", "import numpy as np\n\ndef add(a, b):\n    return np.add(a, b)\n"),
    Fixture(
        "honest_class_and_magics",
        '%matplotlib inline\nimport math\n\nclass Adder:\n    def __call__(self, a, b):\n        return a + b\n\n_adder = Adder()\n\ndef add(a, b):\n    """Adds."""\n    print(\'adding\', a.shape)\n    return _adder(a, b)\n',
        extra="%time _ = add(np.ones(2), np.ones(2))\nimport sys\nprint('debug', file=sys.stderr)\nsys.stdout.flush()",
    ),
    Fixture(
        "honest_loops_and_locals",
        "def add(a, b):\n    np_result = a.copy()\n    for index in range(a.size):\n        np_result.flat[index] = a.flat[index] + b.flat[index]\n    return np_result\n",
        scale="def scale(x, k):\n    np = None  # a local name, harmless\n    total = add(x * 0, x * 0)\n    for _ in range(abs(int(k))):\n        total = add(total, x)\n    return total if k >= 0 else -total\n",
    ),
]
