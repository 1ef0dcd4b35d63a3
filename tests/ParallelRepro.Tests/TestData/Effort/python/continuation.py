# comment line ends with a backslash \

value = [
    1,  # comments inside brackets

    2,
]
text = "a string with a \
continued line"
if value and \
        text:
    pass
