"""Split a posting file into front matter and body, and load the YAML keeping each key's line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe YAML where only true/false are booleans: `country: NO` stays the string "NO"."""


StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


class FrontMatterError(ValueError):
    """A front matter problem at a line of the file."""

    def __init__(self, line: int, message: str, hint: str = "", field: str = ""):
        super().__init__(message)
        self.line, self.message, self.hint, self.field = line, message, hint, field


@dataclass(frozen=True)
class Entry:
    value: Any
    line: int  # 1-based line of the key in the file


def split(text: str) -> tuple[str, str]:
    """Return (front matter, body); raise FrontMatterError."""
    if not _OPEN.match(text):
        raise FrontMatterError(1, "the file does not start with front matter",
                               "begin the file with a line '---', the YAML fields, then another '---'")
    start = _OPEN.match(text).end()
    close = _CLOSE.search(text, start)
    if close is None:
        raise FrontMatterError(1, "the front matter is not closed",
                               "add a line '---' after the last front matter field")
    front = text[start:close.start()]
    return front, text[close.end():].lstrip("\r\n")


def load(front: str) -> tuple[dict[str, Entry], list[FrontMatterError]]:
    """Parse front matter YAML into {key: Entry(value, line)} and the problems of single values.

    Line numbers count the opening '---'. A file that is not YAML at all raises FrontMatterError.
    """
    try:
        loader = StrictLoader(front)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        at = exc.problem_mark.index if exc.problem_mark else -1
        tab = "tab character" in (exc.problem or "") or front[at:at + 1] == "\t"
        # where the broken value starts, when known (an unclosed quote is found at the end); a tab
        # is found where it is
        mark = exc.problem_mark if tab else exc.context_mark or exc.problem_mark
        line = mark.line + 2 if mark else 1
        raise FrontMatterError(line, f"invalid YAML: {exc.problem or exc}",
                               "indent with spaces, not tabs" if tab else
                               "check the quoting and indentation on this line") from None
    except yaml.reader.ReaderError as exc:
        line = front.count("\n", 0, max(0, exc.position)) + 2 if isinstance(exc.position, int) else 1
        raise FrontMatterError(line, f"the character U+{ord(exc.character) if isinstance(exc.character, str) else exc.character:04X}"
                               " is not allowed in front matter", "remove it (control characters are invisible)") from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(1, "invalid YAML: " + " ".join(str(exc).split())) from None
    if node is None:
        return {}, []
    if not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(node.start_mark.line + 2, "front matter must be a set of 'key: value' lines",
                               "write e.g. 'title: Backend Engineer', not a list or a single value")
    return _entries(node, front)


def _entries(node: yaml.MappingNode, front: str) -> tuple[dict[str, Entry], list[FrontMatterError]]:
    entries: dict[str, Entry] = {}
    problems = []
    loader = StrictLoader(front)
    try:
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 2
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            try:
                if key in entries:
                    raise FrontMatterError(line, f"'{key}' is set twice (first on line {entries[key].line})",
                                           "keep one of them", field=key)
                entries[key] = Entry(_construct(loader, value_node, key), line)
            except FrontMatterError as exc:
                problems.append(exc)
    finally:
        loader.dispose()
    return entries, problems


def _construct(loader: Any, node: yaml.Node, key: str) -> Any:
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise FrontMatterError(node.start_mark.line + 2, f"cannot read this value: {exc.problem}",
                               "use plain text, numbers, lists and dates only", field=key) from None
    except ValueError as exc:  # e.g. an impossible date such as 2024-02-30
        raise FrontMatterError(node.start_mark.line + 2, f"not a valid value: {exc}",
                               "write dates as YYYY-MM-DD with a real day", field=key) from None
