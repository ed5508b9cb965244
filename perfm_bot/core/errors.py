"""Errors a user can act on.

Every failure a person can cause (a broken knowledge file, a question that is too long, a bad
date) is raised as one of these, with a message that says where and what, so the CLI and the
Discord cogs can show it verbatim instead of a traceback.
"""

from __future__ import annotations


class PerfmError(Exception):
    """Base class: the message is meant for the user, as is."""


class KnowledgeError(PerfmError):
    """One or more problems in the knowledge files, each as ``path:line: what is wrong``."""

    def __init__(self, problems: str | list[str]):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class InputError(PerfmError):
    """Something typed by a user (a question, a date, a FAQ entry) that cannot be accepted."""


class StateError(PerfmError):
    """A file or folder of the state (``.perfm/``) cannot be used; the message names it and says what to do."""
