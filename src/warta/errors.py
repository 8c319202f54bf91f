"""Errors that name their input and say what is wrong, in one line."""

from __future__ import annotations


class WartaError(Exception):
    """Base class of Warta's own errors."""


class InputError(WartaError):
    """An input that cannot be processed (empty, binary, too large, undecodable…)."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
