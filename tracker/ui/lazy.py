"""Modules imported on first use, so the window can paint before pandas and NumPy load."""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands in for ``import name as alias`` in ``namespace`` until an attribute is read;
    then imports the module and puts it in the namespace, so later reads cost nothing."""

    def __init__(self, name: str, namespace: dict[str, Any], alias: str) -> None:
        self._name, self._namespace, self._alias = name, namespace, alias

    def __getattr__(self, attr: str) -> Any:
        module = importlib.import_module(self._name)
        self._namespace[self._alias] = module
        return getattr(module, attr)
