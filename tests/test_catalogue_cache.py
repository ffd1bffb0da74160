"""The compiled cache: reused while content is unchanged, rebuilt when anything changes."""

from __future__ import annotations

import os
import shutil

from carematch import paths
from carematch.catalogue import load_catalogue

from .conftest import FIXTURES


def make_copy(tmp_path):
    dest = tmp_path / "cat"
    shutil.copytree(FIXTURES / "good_catalogue", dest)
    return dest


def test_second_load_comes_from_cache_and_matches(tmp_path):
    src = make_copy(tmp_path)
    cold = load_catalogue([src], builtin=False)
    warm = load_catalogue([src], builtin=False)
    assert not cold.from_cache
    assert warm.from_cache
    assert warm.entries == cold.entries
    assert list(paths.cache_dir().glob("catalogue-*.bin"))


def test_changed_content_invalidates_cache(tmp_path):
    src = make_copy(tmp_path)
    load_catalogue([src], builtin=False)
    f = src / "entries/extra/toast-tongs.toml"
    text = f.read_text().replace("Toast tongs", "Toast lifters")
    st = f.stat()
    f.write_text(text)
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    again = load_catalogue([src], builtin=False)
    assert not again.from_cache
    assert again.entries["toast-tongs"].name == "Toast lifters"


def test_new_file_invalidates_cache(tmp_path):
    src = make_copy(tmp_path)
    load_catalogue([src], builtin=False)
    f = src / "entries/extra/toast-tongs.toml"
    (src / "entries/extra/more.toml").write_text(f.read_text().replace('"toast-tongs"', '"more"'))
    again = load_catalogue([src], builtin=False)
    assert set(again.entries) == {"toast-tongs", "more"}


def test_corrupt_cache_is_ignored_and_rebuilt(tmp_path):
    src = make_copy(tmp_path)
    load_catalogue([src], builtin=False)
    for cache_file in paths.cache_dir().glob("catalogue-*.bin"):
        cache_file.write_bytes(b"\x00garbage")
    again = load_catalogue([src], builtin=False)
    assert not again.from_cache
    assert "toast-tongs" in again.entries


def test_problems_survive_the_cache(tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(FIXTURES / "bad_catalogue", bad)
    cold = load_catalogue([bad], builtin=False)
    warm = load_catalogue([bad], builtin=False)
    assert warm.from_cache
    assert warm.problems == cold.problems


def test_edit_in_the_same_instant_with_the_same_size_is_still_seen(tmp_path):
    """A file changed right after the cache was written, keeping its size and (coarse) time,
    must not be served stale: recent files are hashed again, as git does."""
    src = make_copy(tmp_path)
    f = src / "entries/extra/toast-tongs.toml"
    os.utime(f)  # written just now, as by an editor
    load_catalogue([src], builtin=False)
    st = f.stat()
    f.write_text(f.read_text().replace("Toast tongs", "Toast lifts"))  # same length
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert f.stat().st_size == st.st_size
    again = load_catalogue([src], builtin=False)
    assert again.entries["toast-tongs"].name == "Toast lifts"
