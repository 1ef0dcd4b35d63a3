#!/usr/bin/env python3
u"""Module docstring with a u prefix, and ''' inside it."""
import glob

PATTERN = "src/*.py"  # cloc drops any Python line containing slash-star
OTHER = "*/"
TEMPLATE = """
a multi-line string that is not a docstring:
cloc counts its inner lines as comments
"""
QUOTED = '''single ''' + """double"""
RAW = r"""raw \""" still inside"""  # the backslash does not matter to cloc
x = 1 + \
    2


def documented():
    '''One-line docstring.'''
    return glob.glob(PATTERN)


def f_strings(name, width=10):
    print(f"{name!r:>{width}} {'#'} {{literal}}")
    print(rf"\d{name}" F'{width:#x}', b"bytes" Rb'raw bytes')
    return f"""
    {name}
    """


class Doc:
    """Class docstring
    spanning lines"""; value = 1

    def method(self):  """Docstring then code"""; return 1


async def comment_only():
    # a comment line
    pass  # trailing comment
    return """# not a comment""" + '#'
