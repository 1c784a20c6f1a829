"""What a raw folder holds: the files to read, and every other entry with why it is not read.

Nothing is passed over in silence: a subfolder, a named pipe or device, a symbolic link that
leads nowhere or round in a loop are each reported by their own name (a link is never named
by its target), and so is the folder's own documentation (a README or LICENSE file beside
the reports, which would otherwise be read as a report of whatever country it names). Only
hidden entries (``.gitkeep``, ``.DS_Store``) and the manifest are left out without a word.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from analysis import config


@dataclass(frozen=True)
class Entry:
    """A folder entry that is not read, and why."""

    path: Path
    reason: str


@dataclass
class RawFolder:
    """The entries of a raw folder: ``files`` to read, ``skipped`` entries that are not
    report files (reported), ``broken`` ones that should have been but cannot be (rejected)."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)
    broken: list[Entry] = field(default_factory=list)


FOLDER_DOCUMENTATION = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE",
                                  "CITATION"})


def _documentation(name: str) -> str | None:
    """Why a file named like a folder's README or LICENSE is not read, else None."""
    stem = name.split(".", 1)[0].upper()
    if stem in FOLDER_DOCUMENTATION:
        return f"the folder's own documentation ({stem}), not a report"
    return None


def _kind(mode: int) -> str | None:
    """Why an entry of this mode is not a file to read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder (only the files directly in the raw folder are read)"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file"
    return "a device or socket, not a file"


def scan_folder(raw_dir: Path) -> RawFolder:
    """Sort the entries of ``raw_dir`` (in name order) into files, skipped and broken."""
    out = RawFolder()
    for name in sorted(os.listdir(raw_dir)):
        if name.startswith(".") or name == config.MANIFEST_NAME:
            continue
        path = raw_dir / name
        try:
            mode = path.stat().st_mode
        except OSError as err:
            out.broken.append(Entry(path, _unreachable(path, err)))
            continue
        reason = _kind(mode) or _documentation(name)
        if reason is None:
            out.files.append(path)
        else:
            link = f"a symbolic link to {os.readlink(path)}, " if path.is_symlink() else ""
            out.skipped.append(Entry(path, link + reason))
    return out


def _unreachable(path: Path, err: OSError) -> str:
    """Why an entry cannot be followed: a dangling link, a loop of links, or the OS error."""
    if path.is_symlink():
        target = os.readlink(path)
        if err.errno == errno.ELOOP:
            return f"unreadable: a symbolic link loop (the link points to {target})"
        if err.errno == errno.ENOENT:
            return f"unreadable: a symbolic link to {target}, which does not exist"
    return f"unreadable: {err.strerror or err}"
