"""Reading learner code before it runs: constructs an honest answer has no use for.

Every answer cell and every cell the learner added is parsed (after IPython's own transformation of magics)
and walked. A finding does not change a score: scores come from the tests, which the guard protects while
they run. It marks the submission ``suspicious`` for the instructor, with the reason and the cell.

Ordinary code stays clean: numpy, math, loops, classes, helper functions, ``print``, reading the
assignment's own data files, ``%matplotlib`` and ``%time`` magics.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from IPython.core.inputtransformer2 import TransformerManager
from nbformat import NotebookNode

from . import notebooks as nbs

FORBIDDEN_MODULES = {
    "ctypes": "loads C code into the kernel",
    "gc": "reaches objects through the garbage collector",
    "inspect": "reaches the caller's frames",
    "importlib": "re-imports or swaps modules",
    "builtins": "changes Python's built-in functions",
    "IPython": "reaches the IPython shell",
    "ipykernel": "reaches the kernel",
    "jupyter_client": "talks to kernels",
    "zmq": "talks to the kernel's sockets",
    "subprocess": "starts other programs",
    "socket": "opens network connections",
    "signal": "changes signal handlers",
    "multiprocessing": "starts other processes",
    "threading": "runs code in the background",
    "_thread": "runs code in the background",
    "atexit": "runs code at exit",
    "sqlite3": "opens databases (the gradebook)",
    "sqlalchemy": "opens databases (the gradebook)",
    "nbgrader": "reaches the grader",
    "autograder": "reaches the grader",
    "nbformat": "reads or writes notebooks",
    "pickle": "runs code hidden in data",
    "marshal": "loads code objects",
    "shutil": "moves or deletes files",
    "urllib": "uses the network",
    "requests": "uses the network",
    "http": "uses the network",
}
FORBIDDEN_CALLS = {
    "get_ipython": "reaches the IPython shell",
    "exec": "runs code built at run time",
    "eval": "runs code built at run time",
    "compile": "builds code at run time",
    "__import__": "imports by a computed name",
    "globals": "edits the global namespace",
    "vars": "edits a namespace",
    "setattr": "sets attributes by name",
    "delattr": "deletes attributes",
    "exit": "stops the kernel",
    "quit": "stops the kernel",
    "breakpoint": "stops in a debugger",
}
FORBIDDEN_ATTRIBUTES = {
    ("os", "_exit"): "stops the kernel",
    ("os", "kill"): "signals processes",
    ("os", "killpg"): "signals processes",
    ("os", "fork"): "starts processes",
    ("os", "forkpty"): "starts processes",
    ("os", "system"): "runs shell commands",
    ("os", "popen"): "runs shell commands",
    ("os", "remove"): "deletes files",
    ("os", "unlink"): "deletes files",
    ("os", "rmdir"): "deletes folders",
    ("os", "rename"): "moves files",
    ("os", "replace"): "moves files",
    ("os", "chmod"): "changes permissions",
    ("os", "environ"): "reads or changes the environment",
    ("os", "chdir"): "leaves the working folder",
    ("sys", "modules"): "swaps imported modules",
    ("sys", "settrace"): "traces execution",
    ("sys", "setprofile"): "traces execution",
    ("sys", "excepthook"): "hides exceptions",
    ("sys", "exit"): "stops the kernel",
    ("sys", "_getframe"): "reaches the caller's frames",
}
SHELL_INTERNALS = {
    "input_transformers_post",
    "input_transformers_cleanup",
    "ast_transformers",
    "custom_exceptions",
    "set_custom_exc",
    "run_cell",
    "run_cell_async",
    "run_ast_nodes",
    "showtraceback",
    "register_magic_function",
}
ALLOWED_DUNDERS = {
    "__init__",
    "__name__",
    "__doc__",
    "__len__",
    "__getitem__",
    "__call__",
    "__repr__",
    "__str__",
    "__iter__",
    "__next__",
}
ALLOWED_MAGICS = {"matplotlib", "time", "timeit", "config", "load_ext", "autoreload"}
WRITE_MODES = set("wax+")


@dataclass(frozen=True)
class Finding:
    cell: str  # grade id of the answer cell, or "added cell N"
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.cell}, line {self.line}: {self.reason}"


class _Inspector(ast.NodeVisitor):
    def __init__(self, cell: str, protected: set[str], modules: dict[str, str]):
        self.cell = cell
        self.protected = protected  # names the release's locked cells define (np, sigmoid...)
        self.modules = dict(modules)  # local alias -> module name, from every import seen so far
        self.findings: list[Finding] = []
        self.depth = 0  # 0 at module level; names bound inside functions are local and harmless
        self.declared_global: set[str] = set()

    def flag(self, node: ast.AST, reason: str) -> None:
        self.findings.append(Finding(self.cell, getattr(node, "lineno", 0), reason))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._module(node, alias.name)
            bound = alias.asname or alias.name.split(".")[0]
            self._rebinding(node, bound, module=alias.name if alias.asname else alias.name.split(".")[0])
            self.modules[bound] = alias.name if alias.asname else alias.name.split(".")[0]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        before = len(self.findings)
        self._module(node, module)
        for alias in node.names:
            if alias.name == "*":
                self.flag(node, f"'from {module} import *' may overwrite the notebook's names")
                continue
            if len(self.findings) == before:
                self._module(node, f"{module}.{alias.name}")
            self._rebinding(node, alias.asname or alias.name)

    def _module(self, node: ast.AST, name: str) -> None:
        top = name.split(".")[0]
        if name in FORBIDDEN_MODULES or top in FORBIDDEN_MODULES:
            self.flag(node, f"imports {name} ({FORBIDDEN_MODULES.get(name) or FORBIDDEN_MODULES[top]})")

    def _rebinding(self, node: ast.AST, name: str, module: str | None = None) -> None:
        if self.depth and name not in self.declared_global:
            return
        if name in self.protected and not (module and self.modules.get(name) == module):
            self.flag(node, f"rebinds {name!r}, which the notebook defines and the tests use")

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
            if not (func.id == "get_ipython" and self._allowed_magic(node)):
                self.flag(node, f"calls {func.id}() ({FORBIDDEN_CALLS[func.id]})")
        if (
            isinstance(func, ast.Name)
            and func.id == "getattr"
            and len(node.args) >= 2
            and not isinstance(node.args[1], ast.Constant)
        ):
            self.flag(node, "getattr with a computed name")
        if isinstance(func, ast.Name) and func.id == "open":
            self._open(node)
        self.generic_visit(node)

    def _allowed_magic(self, node: ast.Call) -> bool:
        parent_call = getattr(node, "_magic_call", None)
        return parent_call in ALLOWED_MAGICS

    def _open(self, node: ast.Call) -> None:
        mode = (
            node.args[1]
            if len(node.args) > 1
            else next((k.value for k in node.keywords if k.arg == "mode"), None)
        )
        if isinstance(mode, ast.Constant) and isinstance(mode.value, str) and set(mode.value) & WRITE_MODES:
            self.flag(node, "opens a file for writing")
        target = node.args[0] if node.args else None
        if isinstance(target, ast.Constant) and isinstance(target.value, str):
            if target.value.endswith((".db", ".ipynb", ".sqlite")):
                self.flag(node, f"opens {target.value!r} (a notebook or a database)")

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and _outside_path(node.value):
            self.flag(node, f"refers to {node.value[:60]!r}, outside the assignment's folder")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr in SHELL_INTERNALS:
            self.flag(node, f"uses {node.attr} (changes how the kernel runs cells)")
        if node.attr.startswith("__") and node.attr.endswith("__") and node.attr not in ALLOWED_DUNDERS:
            self.flag(node, f"uses {node.attr} (reaches Python's internals)")
        if isinstance(node.value, ast.Name):
            module = self.modules.get(node.value.id, node.value.id)
            reason = FORBIDDEN_ATTRIBUTES.get((module.split(".")[0], node.attr))
            if reason:
                self.flag(node, f"uses {module}.{node.attr} ({reason})")
        self.generic_visit(node)

    def _assigned(self, target: ast.AST, node: ast.AST) -> None:
        if isinstance(target, ast.Attribute):
            root = target
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in self.modules:
                self.flag(node, f"changes {self.modules[root.id]}.{target.attr} (monkey-patches a module)")
        elif isinstance(target, ast.Name):
            self._rebinding(node, target.id)
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                self._assigned(element, node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._assigned(target, node)
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._assigned(node.target, node)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._assigned(node.target, node)
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self._assigned(target, node)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._rebinding(node, node.name)
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.depth += 1
        for statement in node.body:
            self.visit(statement)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]
    visit_Lambda = ast.NodeVisitor.generic_visit

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._rebinding(node, node.name)
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_Global(self, node: ast.Global) -> None:
        self.declared_global.update(node.names)


def _outside_path(text: str) -> bool:
    """A string that names a place outside the assignment: an absolute or home path, a parent folder, the gradebook.

    >>> [_outside_path(t) for t in ["data/names.txt", "/tmp/x", "../../*.db", "~/.ssh", "a/b", "gradebook.db", "%.2f / %d"]]
    [False, True, True, True, False, True, False]
    """
    stripped = text.strip()
    if " " in stripped or "\n" in stripped:
        return False
    return (
        stripped.startswith(("/", "~/", "../"))
        and len(stripped) > 1
        or "/.." in stripped
        or "gradebook" in stripped
    )


_transformer = TransformerManager()


def _python(source: str) -> str:
    """IPython syntax (magics, ``!`` commands) turned into plain Python, as the kernel would run it."""
    return _transformer.transform_cell(source)


def _mark_magics(tree: ast.AST) -> None:
    """Tag ``get_ipython()`` calls that only run an allowed line magic, such as ``%matplotlib inline``."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "run_line_magic"
            and isinstance(node.func.value, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            node.func.value._magic_call = node.args[0].value  # type: ignore[attr-defined]


def inspect_source(source: str, cell: str, protected: set[str], modules: dict[str, str]) -> list[Finding]:
    """Findings for one cell's code (a cell that does not parse is left to the kernel to report)."""
    try:
        tree = ast.parse(_python(source))
    except (SyntaxError, ValueError):
        return []
    _mark_magics(tree)
    inspector = _Inspector(cell, protected, modules)
    inspector.visit(tree)
    modules.update(inspector.modules)
    return inspector.findings


def _defined_names(source: str) -> tuple[set[str], dict[str, str]]:
    try:
        tree = ast.parse(_python(source))
    except (SyntaxError, ValueError):
        return set(), {}
    names: set[str] = set()
    modules: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                names.add(bound)
                modules[bound] = alias.name if alias.asname else alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names, modules


def _free_names(source: str) -> set[str]:
    r"""Names a cell reads but never binds itself: what it takes from the notebook's global namespace.

    >>> sorted(_free_names("rng = make()\ncheck(np.zeros(3), rng)\ndef f(x):\n    return x + y"))
    ['check', 'make', 'np', 'y']
    """
    try:
        tree = ast.parse(_python(source))
    except (SyntaxError, ValueError):
        return set()
    loaded, bound = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.alias):
            bound.add(node.asname or node.name.split(".")[0])
    return loaded - bound


def inspect_notebook(notebook: NotebookNode, release: NotebookNode | None = None) -> list[Finding]:
    """Findings for the learner's code in a normalised notebook (answer cells and cells the learner added).

    Locked and test cells come from the release and are not the learner's; the names they define
    (``np``, helper functions) are protected from being rebound by learner code. Editable cells that the
    release itself provides are skipped while the learner leaves them as they were.
    """
    provided = {cell.source for cell in release.cells} if release is not None else set()
    defined: set[str] = set()
    modules: dict[str, str] = {}
    graded = {
        cell_name
        for cell_name in (nbs.grade_id(c) for c in notebook.cells if nbs.is_solution(c))
        if cell_name
    }
    for cell in notebook.cells:
        if (
            cell.cell_type == "code"
            and nbs.nbgrader_meta(cell)
            and not nbs.is_solution(cell)
            and not nbs.is_test(cell)
        ):
            names, imported = _defined_names(cell.source)
            defined |= names
            modules.update(imported)
    used_by_tests: set[str] = set()
    for cell in notebook.cells:
        if nbs.is_test(cell):
            used_by_tests |= _free_names(cell.source)
    protected = (defined & used_by_tests) - graded
    findings: list[Finding] = []
    added = 0
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        if nbs.is_solution(cell):
            label = nbs.grade_id(cell) or "answer cell"
        elif not nbs.nbgrader_meta(cell):
            added += 1
            label = f"added cell {added}"
            if cell.source in provided:
                continue
        else:
            continue
        findings.extend(inspect_source(cell.source, label, protected, modules))
    return findings
