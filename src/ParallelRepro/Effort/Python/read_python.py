"""Reads Python sources the way CPython does, for the effort analyzer (ParallelRepro.Effort).

Usage: python -I -c <this script> LIST_FILE
LIST_FILE holds one path per line (UTF-8). For each path, one JSON line on stdout:
  {"path": P, "line": N, "error": MESSAGE}               when py_compile would reject the file
  {"path": P, "statements": [...], "imports": [...], "comments": [...], "lines": [...]}
The statements are the file's statement tree, flattened in source order (no nesting, so that
no reader needs a recursion as deep as the input): [kind, line, col, parent, block, name], where
kind is the ast class name, parent an index into the list (-1 at module level) and block says
which of the parent's statement lists holds it (0 body, 1 orelse, 2 finalbody, 3 + k the k-th
except handler or match case). Which kinds count for what is decided on the C# side.
Comments and logical lines (for effort tags) are read only from files that contain a tag.
"""

import ast
import gc
import io
import json
import sys
import tokenize

BLOCKS = ("body", "orelse", "finalbody")
TAG = b"effort:"
NOT_CODE = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
            tokenize.DEDENT, tokenize.ENCODING, tokenize.ENDMARKER}


def compile_error(path, data, tree):
    """What py_compile says: compiles the tree (no second parse), and, if there is none or that
    fails, the source, which is what py_compile compiles and so the ground truth."""
    if tree is not None:
        try:
            compile(tree, path, "exec", dont_inherit=True)
            return None
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    try:
        compile(data, path, "exec", dont_inherit=True)
        return None
    except SyntaxError as e:
        return e.lineno or 1, e.msg
    except (ValueError, RecursionError, MemoryError) as e:
        return 1, f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


def statement_blocks(node):
    for block, name in enumerate(BLOCKS):
        yield block, getattr(node, name, None) or []
    for k, extra in enumerate(getattr(node, "handlers", None) or getattr(node, "cases", None) or []):
        yield 3 + k, extra.body


def statements(tree):
    """Preorder with an explicit stack: every statement, at any depth."""
    rows, imports = [], []
    stack = [(s, -1, 0) for s in reversed(tree.body)]
    while stack:
        node, parent, block = stack.pop()
        index = len(rows)
        rows.append([type(node).__name__, node.lineno, node.col_offset, parent, block, getattr(node, "name", None)])
        if isinstance(node, ast.Import):
            imports.extend([a.name, 0, [], node.lineno] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            imports.append([node.module or "", node.level or 0, [a.name for a in node.names], node.lineno])
        children = [(s, index, b) for b, body in statement_blocks(node) for s in body]
        stack.extend(reversed(children))
    return rows, imports


def comments_and_lines(data):
    comments, lines, first = [], [], None
    for tok in tokenize.tokenize(io.BytesIO(data).readline):
        if tok.type == tokenize.COMMENT:
            col = tok.start[1]
            comments.append([tok.start[0], col, tok.string, not tok.line[:col].strip()])
        elif tok.type == tokenize.NEWLINE and first is not None:
            lines.append([first, tok.start[0]])
            first = None
        elif tok.type not in NOT_CODE and first is None:
            first = tok.start[0]
    return comments, lines


def read(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return {"path": path, "line": 0, "error": f"cannot read: {e.strerror}"}
    try:
        tree = compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        return {"path": path, "line": e.lineno or 1, "error": e.msg}
    except (ValueError, RecursionError, MemoryError):
        tree = None
    error = compile_error(path, data, tree)
    if error is not None:
        return {"path": path, "line": error[0], "error": error[1]}
    rows, imports = statements(tree)
    comments, lines = comments_and_lines(data) if TAG in data else ([], [])
    return {"path": path, "statements": rows, "imports": imports, "comments": comments, "lines": lines}


def main(list_file):
    with open(list_file, encoding="utf-8") as f:
        paths = [line for line in f.read().split("\n") if line]
    # Syntax trees hold no reference cycles; without this, the collector's passes over them cost
    # about a fifth of the run on a large tree such as the standard library.
    gc.disable()
    out = sys.stdout
    for path in paths:
        out.write(json.dumps(read(path), ensure_ascii=True))
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
