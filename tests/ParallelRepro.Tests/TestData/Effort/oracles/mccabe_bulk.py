"""The oracle for many files in one run: per path (one a line in LIST_FILE), whether py_compile
accepts the file and, if so, the lines `python3 -m mccabe --min 1 PATH` prints.
Prints one JSON object {path: {"accepted": bool, "graphs": [...]}}.

mccabe is run exactly as its main() runs it (_read, compile to an ast, PathGraphingAstVisitor),
in a thread with a large stack and a high recursion limit, because its visitor recurses once per
nested statement and a 2,000-deep elif chain that CPython compiles would otherwise stop it."""

import ast
import importlib.machinery
import json
import sys
import threading

import mccabe


def accepted(path):
    loader = importlib.machinery.SourceFileLoader("<oracle>", path)
    try:
        loader.source_to_code(loader.get_data(path), path)  # what py_compile.compile does
        return True
    except Exception:
        return False


def graphs(path):
    tree = compile(mccabe._read(path), path, "exec", ast.PyCF_ONLY_AST)
    visitor = mccabe.PathGraphingAstVisitor()
    visitor.preorder(tree, visitor)
    return ["%s %d" % (g.name, g.complexity()) for g in visitor.graphs.values()]


def main(list_file):
    with open(list_file, encoding="utf-8") as f:
        paths = [p for p in f.read().split("\n") if p]
    result = {}
    for path in paths:
        ok = accepted(path)
        result[path] = {"accepted": ok, "graphs": graphs(path) if ok else []}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(512 * 1024 * 1024)
    worker = threading.Thread(target=main, args=(sys.argv[1],))
    worker.start()
    worker.join()
