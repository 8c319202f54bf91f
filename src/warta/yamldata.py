"""YAML data files of the package, parsed one way everywhere."""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it (the same data, ~10× faster to parse)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str) -> Any:
    """The data of a YAML document, with the safe constructors only."""
    return yaml.load(text, Loader=_LOADER)
