"""Publishing a result all at once: staged beside ``--out``, swapped in, one run at a time.

A run writes every table into a hidden staging folder next to the output folder, then swaps
it in with two renames (the old folder aside, the new one in its place) and removes the old
one. A run that stops before the swap (an error, Ctrl-C, a kill) leaves the old result as it
was; the next run removes the stale staging folder, or puts the old result back if a kill fell
between the two renames. A lock file next to the output folder keeps a second run from
writing the same folder at the same time.

The output folder is the package's own: a run refuses to replace one that holds anything the
package does not write (it would be lost in the swap), so no file of the user's is deleted.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from types import TracebackType

from analysis.schema import BY_NAME

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: runs are not locked
    fcntl = None  # type: ignore[assignment]

#: Sub-folders of a result and the files they hold: one text per document.
_TEXT_FOLDERS = ("text", "pdf_text")
_TEXT_NAME = re.compile(r"(dol|tip)-\d{4}-[a-z]{3}-[0-9a-f]{8}\.txt")
#: Shown at most, of the entries that make a folder not the package's.
_SHOWN = 5


class OutputError(Exception):
    """The output folder cannot be written; ``status`` is the exit status (2: the --out
    argument is wrong, 1: the folder is busy)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def _package_files(folder: Path) -> set[str]:
    """The file names a result may hold: every table the package defines, those its
    datapackage.json lists (an older result's), and the descriptor itself."""
    names = {f"{name}.csv" for name in BY_NAME} | {"datapackage.json"}
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        names |= {str(r.get("path")) for r in package.get("resources", [])}
    except (OSError, ValueError, AttributeError, TypeError):
        pass
    return names


def foreign_entries(folder: Path) -> list[str]:
    """Entries of an existing output folder that the package did not write."""
    ours = _package_files(folder)
    foreign: list[str] = []
    for entry in sorted(folder.iterdir()):
        if entry.name in _TEXT_FOLDERS and entry.is_dir() and not entry.is_symlink():
            foreign += [f"{entry.name}/{p.name}" for p in sorted(entry.iterdir())
                        if not (_TEXT_NAME.fullmatch(p.name) and p.is_file()
                                and not p.is_symlink())]
        elif not (entry.name in ours and entry.is_file() and not entry.is_symlink()):
            foreign.append(entry.name + ("/" if entry.is_dir() else ""))
    return foreign


class OutputFolder:
    """The output folder of one run: checked and locked on entry, written through
    ``staging``, published by ``commit``; without a commit it is left as it was."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(os.path.realpath(out_dir))
        if self.path.parent == self.path:
            raise OutputError(f"--out {out_dir}: the root folder cannot be the output folder")
        hidden = f".{self.path.name}"
        self.staging = self.path.with_name(f"{hidden}.staging-{os.getpid()}")
        self._previous = self.path.with_name(f"{hidden}.previous-{os.getpid()}")
        self._lock_path = self.path.with_name(f"{hidden}.lock")
        self._lock: int | None = None

    def __enter__(self) -> OutputFolder:
        self._check_target(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise OutputError(f"--out {self.path}: cannot create its parent folder "
                              f"({err.strerror or err})") from None
        self._acquire()
        try:
            self._recover()
            self._check_target(self.path)
            if self.path.is_dir():
                self._check_ours()
            self.staging.mkdir()
        except BaseException:
            self._release()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:
            shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._release()

    def commit(self) -> None:
        """Swap the staged result in for the old one, then remove the old one."""
        if self.path.exists():
            os.rename(self.path, self._previous)
        os.rename(self.staging, self.path)
        shutil.rmtree(self._previous, ignore_errors=True)

    @staticmethod
    def _check_target(path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise OutputError(f"--out {path}: is a file, not a folder")

    def _check_ours(self) -> None:
        """Refuse to replace a folder holding anything the package does not write."""
        foreign = foreign_entries(self.path)
        if foreign:
            shown = ", ".join(foreign[:_SHOWN]) + (" ..." if len(foreign) > _SHOWN else "")
            raise OutputError(
                f"--out {self.path}: holds {len(foreign)} entr{'y' if len(foreign) == 1 else 'ies'}"
                f" this package did not write ({shown}); a run replaces the whole folder, so "
                "choose a new or empty folder, or move those files out")

    def _siblings(self, kind: str) -> list[Path]:
        """Staging or previous folders of earlier runs on this output folder."""
        pattern = re.compile(re.escape(f".{self.path.name}.{kind}-") + r"\d+")
        return sorted(p for p in self.path.parent.iterdir()
                      if pattern.fullmatch(p.name) and p.is_dir() and not p.is_symlink())

    def _recover(self) -> None:
        """Undo what a killed run left: put back an old result a kill left aside between the
        two renames, and remove stale staging and old folders."""
        previous = self._siblings("previous")
        if previous and not self.path.exists():
            os.rename(previous[-1], self.path)
            previous = previous[:-1]
        for stale in [*previous, *self._siblings("staging")]:
            shutil.rmtree(stale, ignore_errors=True)

    def _acquire(self) -> None:
        """Take the lock next to the output folder, or fail at once if another run has it."""
        try:
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise OutputError(f"--out {self.path}: cannot write in {self.path.parent} "
                              f"({err.strerror or err})") from None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise OutputError(f"--out {self.path}: another run is writing this folder "
                                  f"(lock {self._lock_path}); wait for it to finish",
                                  status=1) from None
            if not _same_file(fd, self._lock_path):
                os.close(fd)  # the lock file was removed by a run that just ended: retry
                return self._acquire()
        self._lock = fd
        return None

    def _release(self) -> None:
        if self._lock is None:
            return
        try:
            self._lock_path.unlink(missing_ok=True)
        finally:
            os.close(self._lock)
            self._lock = None


def _same_file(fd: int, path: Path) -> bool:
    """Whether an open file is still the one at ``path``."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False
