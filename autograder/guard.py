"""Runs inside the grading kernel: snapshot the kernel's hooks before any learner code, then restore and
verify them around every test cell.

The grader (``autograder.preprocessors.TrackedExecute``) calls :func:`install` before the first cell,
:func:`reset` before each test cell and :func:`seal` after it. ``reset`` puts back what learner code
changed (IPython input and AST transformers, event callbacks, custom exception handlers, patched shell
methods, ``sys`` hooks, builtins, and the functions of numpy and of our test helpers), so tests run on an
honest kernel and the learner keeps only what the functions themselves earn. ``seal`` prints a token the
grader looks for: a test cell whose token is missing did not run to completion, whatever its output says.

This is one layer, not a sandbox: code in the same process can defeat any in-process check, which is why
the grader also inspects the source before running it and decides from outside the kernel.
"""

from __future__ import annotations

import builtins
import hashlib
import hmac
import importlib
import sys
from typing import Any

SEAL_PREFIX = "SEQLAB-SEAL"

SHELL_METHODS = (
    "run_cell",
    "run_cell_async",
    "run_ast_nodes",
    "run_code",
    "transform_cell",
    "transform_ast",
    "showtraceback",
    "_showtraceback",
    "showsyntaxerror",
    "should_run_async",
    "_run_cell",
)
# ipykernel rebinds these for every request (to forward input to the front end); they are not learner edits.
KERNEL_BUILTINS = {"input", "raw_input", "getpass"}
SHELL_LISTS = ("input_transformers_cleanup", "input_transformers_post", "ast_transformers")

_pristine: dict[str, Any] = {}


class IntegrityError(Exception):
    """The kernel was tampered with; the test cell that finds it scores zero."""


def _shell():
    from IPython import get_ipython

    return get_ipython()


def _module_functions(name: str) -> dict[str, Any]:
    try:
        module = importlib.import_module(name)
    except ImportError:
        return {}
    return {key: value for key, value in vars(module).items() if not key.startswith("__")}


def seal_token(secret: str, nonce: str) -> str:
    """What :func:`seal` prints for ``nonce``: only a guard that was installed with ``secret`` knows it."""
    return hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()[:32]


def install(secret: str, protected: list[str] | tuple[str, ...] = ()) -> None:
    """Snapshot everything :func:`reset` restores. Called once, before any learner code runs.

    ``protected``: modules whose functions the tests rely on (the course file's ``protected`` lists, see
    :mod:`autograder.config`); a learner must not swap them for friendlier ones.
    """
    try:  # the inline backend registers its IPython callbacks on first use; let it do so now
        import matplotlib.pyplot  # noqa: F401
    except ImportError:
        pass
    shell = _shell()
    cls = type(shell)
    _pristine.update(
        shell=shell,
        lists={name: list(getattr(shell, name)) for name in SHELL_LISTS},
        events={name: list(callbacks) for name, callbacks in shell.events.callbacks.items()},
        custom_exceptions=shell.custom_exceptions,
        custom_tb=shell.CustomTB,
        class_methods={name: cls.__dict__.get(name) for name in SHELL_METHODS},
        instance_methods={name: vars(shell).get(name) for name in SHELL_METHODS},
        mro_methods={name: getattr(cls, name, None) for name in SHELL_METHODS},
        sys_hooks={
            "excepthook": sys.excepthook,
            "trace": sys.gettrace(),
            "profile": sys.getprofile(),
        },
        builtins=dict(vars(builtins)),
        modules={name: _module_functions(name) for name in protected},
        module_objects={name: sys.modules.get(name) for name in protected},
        stdout=sys.stdout,
        stderr=sys.stderr,
        secret=secret,
    )


# Libraries the notebooks use may register IPython callbacks of their own (matplotlib's inline backend
# does on `%matplotlib inline`); anything else registered after the snapshot is the learner's.
LIBRARY_CALLBACK_MODULES = ("IPython", "ipykernel", "matplotlib", "matplotlib_inline", "ipywidgets", "comm")


def _library_callback(callback: Any) -> bool:
    function = getattr(callback, "__func__", callback)
    module = (
        getattr(function, "__module__", None)
        if callable(function) and hasattr(function, "__code__")
        else None
    )
    return bool(module) and module.split(".")[0] in LIBRARY_CALLBACK_MODULES


def _same(a: Any, b: Any) -> bool:
    """Identity, except that two bound methods of the same function on the same object count as the same."""
    return a is b or (hasattr(a, "__self__") and hasattr(a, "__func__") and a == b)


def _differences(restore: bool) -> list[str]:
    if not _pristine:
        return ["the guard was never installed"]
    shell = _pristine["shell"]
    found: list[str] = []
    for name, original in _pristine["lists"].items():
        current = getattr(shell, name)
        if current != original:
            found.append(f"IPython {name} changed")
            if restore:
                current[:] = original
    for event, callbacks in shell.events.callbacks.items():
        added = [
            cb
            for cb in callbacks
            if cb not in _pristine["events"].get(event, []) and not _library_callback(cb)
        ]
        removed = [cb for cb in _pristine["events"].get(event, []) if cb not in callbacks]
        if added or removed:
            found.append(f"IPython {event} callbacks changed")
            if restore:
                callbacks[:] = [cb for cb in callbacks if cb not in added] + removed
    if shell.custom_exceptions != _pristine["custom_exceptions"] or shell.CustomTB != _pristine["custom_tb"]:
        found.append("a custom exception handler was installed")
        if restore:
            shell.custom_exceptions, shell.CustomTB = _pristine["custom_exceptions"], _pristine["custom_tb"]
    cls = type(shell)
    for name in SHELL_METHODS:
        original = _pristine["instance_methods"][name]
        if not _same(vars(shell).get(name), original):
            found.append(f"the shell's {name} was replaced")
            if restore:
                if original is None:
                    vars(shell).pop(name, None)
                else:
                    vars(shell)[name] = original
        if (
            cls.__dict__.get(name) is not _pristine["class_methods"][name]
            or getattr(cls, name, None) is not _pristine["mro_methods"][name]
        ):
            found.append(f"the shell class's {name} was replaced")
            if restore:
                original = _pristine["class_methods"][name]
                if original is None:
                    if name in cls.__dict__:
                        delattr(cls, name)
                else:
                    setattr(cls, name, original)
    hooks = _pristine["sys_hooks"]
    if not _same(sys.excepthook, hooks["excepthook"]):  # IPython installs a fresh bound method per cell
        found.append("sys.excepthook replaced")
        if restore:
            sys.excepthook = hooks["excepthook"]
    if sys.gettrace() is not hooks["trace"] or sys.getprofile() is not hooks["profile"]:
        found.append("a trace or profile function was set")
        if restore:
            sys.settrace(hooks["trace"])
            sys.setprofile(hooks["profile"])
    if sys.stdout is not _pristine["stdout"] or sys.stderr is not _pristine["stderr"]:
        found.append("sys.stdout or sys.stderr replaced")
        if restore:
            sys.stdout, sys.stderr = _pristine["stdout"], _pristine["stderr"]
    namespace = vars(builtins)
    changed = sorted(
        k
        for k, v in _pristine["builtins"].items()
        if not _same(namespace.get(k), v) and k not in KERNEL_BUILTINS
    )
    added = sorted(
        key
        for key in set(namespace) - set(_pristine["builtins"]) - KERNEL_BUILTINS
        if not (
            key.startswith("__") and key.endswith("__")
        )  # pybind11 (under TensorFlow) stores its state so
    )
    if changed or added:
        found.append(f"builtins changed: {', '.join((changed + added)[:5])}")
        if restore:
            for key in added:
                del namespace[key]
            namespace.update({k: v for k, v in _pristine["builtins"].items() if k not in KERNEL_BUILTINS})
    for module_name, functions in _pristine["modules"].items():
        module = _pristine["module_objects"][module_name]
        if module is None:
            continue
        if sys.modules.get(module_name) is not module:
            found.append(f"sys.modules[{module_name!r}] replaced")
            if restore:
                sys.modules[module_name] = module
        namespace = vars(module)
        patched = sorted(k for k, v in functions.items() if namespace.get(k) is not v)
        if patched:
            found.append(f"{module_name} patched: {', '.join(patched[:5])}")
            if restore:
                namespace.update(functions)
    return found


def reset() -> list[str]:
    """Restore the snapshot; return what had been changed (empty when the kernel is as installed)."""
    return _differences(restore=True)


def seal(nonce: str) -> None:
    """After a test cell: raise if the kernel was tampered with during it, else print the seal token."""
    found = _differences(restore=True)
    if found:
        raise IntegrityError("; ".join(found))
    print(f"{SEAL_PREFIX} {seal_token(_pristine['secret'], nonce)}")
