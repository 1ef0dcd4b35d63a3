"""Fixture: every branching construct mccabe knows, one per function."""


def plain():
    return 1


def if_only(x):
    if x:
        x += 1
    return x


def if_elif_else(x):
    if x > 1:
        return 1
    elif x < 0:
        return -1
    elif x == 0:
        return 0
    else:
        return None


def loops(items):
    total = 0
    for item in items:
        total += item
    else:
        total -= 1
    while total > 10:
        total //= 2
    while False:
        pass
    else:
        total = 0
    return total


def tries(path):
    try:
        handle = open(path)
    except OSError:
        return None
    except (ValueError, TypeError) as error:
        raise RuntimeError(error)
    else:
        handle.close()
    finally:
        if path:
            print(path)
    try:
        pass
    finally:
        for _ in range(3):
            pass


def not_counted(items, flag):
    # boolean operators, ternaries, comprehensions, lambdas and with: all ignored by mccabe
    ok = flag and items or not flag
    value = 1 if ok else 2
    squares = [i * i for i in items if i % 2 if i > 3]
    table = {k: v for k, v in zip(items, items) if k}
    key = lambda item: item if item else 0
    with open("x") as a, open("y") as b:
        if a:
            return b
    assert ok, "message"
    return value, squares, table, key


async def asynchronous(stream):
    async for chunk in stream:
        if chunk:
            break
    async with stream:
        await stream.close()


def nested_def(x):
    def inner(y):
        if y:
            return y
        return 0

    class Local:
        def method(self):
            for i in range(3):
                pass

    return inner(x), Local


def single_line(x):
    if x: return 1
    for i in x: pass
    while x: x -= 1
    try: pass
    except: pass
    return 0


def match_statement(command):
    match command:
        case "go":
            if command:
                return 1
        case _:
            return 0


def try_star():
    try:
        pass
    except* ValueError:
        if True:
            pass
