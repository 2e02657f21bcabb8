"""A plan pasted from a group chat (Zalo, Messenger): the chat's furniture blanked.

A secretary sends a plan to a group in several messages; a copy of the conversation holds, between
the plan's lines, each message's sender and time ("Nguyễn Thu Hà" / "Hôm qua lúc 21:14"), the
reactions under it ("👍 3"), the chat's own words ("Trả lời", "Đã xem", "Đã chuyển tiếp một tin
nhắn"), and a message may end mid-sentence. A text with two senders' lines or more, each a name
over a time, is read as a chat: each run of its furniture lines is blanked offset for offset, one
line break left between the lines around it (two where the run held a blank line), so a sentence
split across two messages runs on. The words are ``layout.toml`` ``[chat]``.

>>> text = "Hà\\n21:14\\nKẾ HOẠCH\\nbáo cáo kết quả\\n👍 1\\nHà\\n21:17\\nvề Đoàn phường trước ngày 25/3."
>>> blanked, lines = blank_chat_furniture(text)
>>> blanked.split(), lines
(['KẾ', 'HOẠCH', 'báo', 'cáo', 'kết', 'quả', 'về', 'Đoàn', 'phường', 'trước', 'ngày', '25/3.'], 5)
>>> len(blanked) == len(text)
True
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex

from vnplan.lexicon import load

# A line ending with a time's minutes, a chat's cheap sign: the pattern opens with the literal ":", which the
# engine jumps to (one with the hour's figure first is tried at every character: ten times slower).
_TIME_HINT_RE = re.compile(r":[0-5][0-9][ \t]*+\n")
_NAME_RE = regex.compile(r"[ \t]*+\p{Lu}[\p{Ll}\p{M}]*+(?:[ \t]++\p{Lu}[\p{Ll}\p{M}]*+){0,5}[ \t]*+")
_MIN_SENDERS = 2  # senders' lines (a name over a time) that make a text a chat
_REACTION_CATEGORIES = frozenset(("So", "Sk", "Mn", "Me", "Cf", "Nd", "Zs"))  # emoji, their joiners, counts


@functools.cache
def _chat_words() -> tuple[regex.Pattern[str], frozenset[str]]:
    """A time line ("21:14", "Hôm qua lúc 21:14") and the chat's own lines, case-folded."""
    table = load("layout")["chat"]
    leads = "|".join(regex.escape(w).replace(r"\ ", r"[ \t]++") for w in table["time_leads"])
    time = regex.compile(rf"(?i)[ \t]*+(?:(?:{leads})[ \t]++)?[0-9]{{1,2}}:[0-5][0-9][ \t]*+")
    return time, frozenset(" ".join(w.casefold().split()) for w in table["lines"])


def _is_reaction(line: str) -> bool:
    """Whether ``line`` is a message's reactions only: emoji and their counts ("👍 3", "❤️ 2")."""
    if not line.strip():
        return False
    seen = False
    for char in line:
        category = unicodedata.category(char)
        if category not in _REACTION_CATEGORIES and char != "\t":
            return False
        seen = seen or category == "So"
    return seen


def blank_chat_furniture(text: str) -> tuple[str, int]:
    """``text`` with a chat's furniture blanked (module docstring), and how many lines went; ``text``
    and 0 when it is no chat."""
    if not _TIME_HINT_RE.search(text):
        return text, 0
    time_re, chat_lines = _chat_words()
    lines = text.split("\n")
    senders = [
        i
        for i in range(len(lines) - 1)
        if time_re.fullmatch(lines[i + 1]) and _NAME_RE.fullmatch(lines[i])  # (a name has no figure)
    ]
    if len(senders) < _MIN_SENDERS:
        return text, 0
    furniture = [False] * len(lines)
    for i in senders:
        furniture[i] = furniture[i + 1] = True
    for i, line in enumerate(lines):
        if not furniture[i] and (" ".join(line.casefold().split()) in chat_lines or _is_reaction(line)):
            furniture[i] = True
    return _blanked(text, lines, furniture), sum(furniture)


def _blanked(text: str, lines: list[str], furniture: list[bool]) -> str:
    """``text`` (split into ``lines``) with each run of furniture lines, the blank lines among and after
    them, and the line break before them blanked: spaces, then one line break before the next line (two
    where the run held a blank line)."""
    chars = list(text)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        if not furniture[i]:
            i += 1
            continue
        j, blank = i, False
        while j < len(lines) and (furniture[j] or not lines[j].strip()):
            blank = blank or not lines[j].strip()
            j += 1
        start = starts[i] - 1 if i > 0 else 0  # from the line break that ends the line before
        end = starts[j] if j < len(lines) else len(text)  # to the next line
        breaks = "\n\n" if blank else "\n"
        if j == len(lines):  # the text's end: the line before keeps its break
            chars[start:end] = (breaks[:1] if i > 0 else "") + " " * (end - start - (1 if i > 0 else 0))
        else:
            chars[start:end] = " " * (end - start - len(breaks)) + breaks
        i = j
    return "".join(chars)
