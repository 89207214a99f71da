"""Third-party imports without the optional packages they would load for nothing (std_extract.importing)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

from std_extract.importing import absent


def test_importing_absent_hides_a_package_for_the_block_only():
    name = "tabnanny"  # a standard-library module nothing here imports
    if name in sys.modules:
        pytest.skip(f"{name} was imported already")
    with absent(name), pytest.raises(ImportError):
        importlib.import_module(name)
    assert name not in sys.modules
    assert importlib.import_module(name).__name__ == name
    del sys.modules[name]


def test_importing_absent_leaves_an_imported_package_alone():
    with absent("json"):
        assert importlib.import_module("json") is json


def test_importing_start_up_loads_neither_pkg_resources_nor_dask():
    # A fresh process's start-up as every std-extract command pays it; jieba segments and pint
    # converts as before, and Dask stays importable for the Dask engine.
    script = """
import json, sys
from std_extract.pipeline import warm_up
warm_up()
loaded = [name for name in ("pkg_resources", "dask") if name in sys.modules]
import jieba
from std_extract.values.units import convert
words = jieba.lcut("额定电压不大于48V的锂离子蓄电池")
import dask
print(json.dumps([loaded, words, convert(2.5, "g/kg", "mg/kg"), bool(dask.__version__)]))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded, words, converted, dask_importable = json.loads(done.stdout.splitlines()[-1])
    assert loaded == []
    assert words == ["额定", "电压", "不", "大于", "48V", "的", "锂离子", "蓄电池"]
    assert converted == pytest.approx(2500.0)
    assert dask_importable
