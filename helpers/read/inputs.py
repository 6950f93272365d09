"""Which paths in a folder are inputs, and reading one without ever blocking or crashing.

Every path below the folder is accounted for: an input file to read, or a problem row with
a reason a person understands — a dangling link ("notes.txt -> gone.txt"), a named pipe
or socket (never opened: reading a FIFO waits forever for a writer), a folder named like
a file (``x.txt/``), a file without read permission, one that vanished or changed while it
was read. Hidden files and folders (``.DS_Store``, ``.git/``) are skipped on purpose.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from helpers.read.records import InputProblem

ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".pdf", ".docx"}
SIDECAR_NAME = "metadata.csv"
MAX_FILE_BYTES = 20_000_000
SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO), not a file: not read"),
    (stat.S_ISSOCK, "a socket, not a file: not read"),
    (stat.S_ISCHR, "a device, not a file: not read"),
    (stat.S_ISBLK, "a device, not a file: not read"),
)


def list_input_files(folder: Path, problems: list[dict]) -> list[Path]:
    """Article files below ``folder`` (sorted); every other non-hidden path becomes a problem."""
    files = []

    def cannot_list(exc: OSError) -> None:
        problems.append(problem(exc.filename or folder, "read", f"cannot list this folder: {_os_reason(exc)}"))

    for root, dirs, names in os.walk(folder, onerror=cannot_list):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in list(dirs):
            if (base / name).is_symlink():  # os.walk does not follow links to folders
                problems.append(problem(base / name, "read", "a link to a folder: not followed"))
            elif Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                problems.append(problem(base / name, "read", "a folder named like a file; the files inside it are read one by one"))
        for name in sorted(names):
            path = base / name
            if name.startswith(".") or (name == SIDECAR_NAME and base == folder):
                continue
            reason = path_problem(path)
            if reason:
                problems.append(problem(path, "read", reason))
            elif path.suffix.lower() in ARTICLE_SUFFIXES or not path.suffix:
                files.append(path)
            else:
                problems.append(problem(path, "read", f"unsupported file type '{path.suffix}'; "
                                        f"use one of {', '.join(sorted(ARTICLE_SUFFIXES))}"))
    return sorted(files)


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be an input file (without opening it), or None for a regular file."""
    try:
        info = os.stat(path)  # follows links: a link to a good file is that file
    except FileNotFoundError:
        if path.is_symlink():
            return f"a broken link: points to {os.readlink(path)}, which does not exist"
        return "the file disappeared before it could be read"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a link that points to itself (a loop of links)"
        return f"cannot examine this file: {_os_reason(exc)}"
    for test, reason in SPECIAL_FILES:
        if test(info.st_mode):
            return reason
    if stat.S_ISDIR(info.st_mode):
        return "a folder, not a file"
    return None


def read_input_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of one input file.

    Opened without blocking (a path that became a FIFO after listing is refused, never
    waited on); the size is checked again after reading, so a file still being written is
    a problem instead of half an article.

    Raises:
        InputProblem: with the reason (permission, vanished, special file, empty, too large, changed).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputProblem("read", _os_reason(exc)) from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputProblem("read", path_problem(path) or "not a regular file: not read")
        if info.st_size == 0:
            raise InputProblem("read", "empty file")
        if info.st_size > max_bytes:
            raise InputProblem("read", f"file too large ({info.st_size:,} bytes > {max_bytes:,})")
        try:
            data = _read_all(fh, max_bytes + 1)
        except OSError as exc:
            raise InputProblem("read", _os_reason(exc)) from exc
    if len(data) != info.st_size:
        raise InputProblem("read", f"the file changed while it was being read ({info.st_size:,} bytes "
                           f"expected, {len(data):,} read): read it again once it is complete")
    return data


def _read_all(fh, limit: int) -> bytes:
    return fh.read(limit)


def _os_reason(exc: OSError) -> str:
    """An OS error in words for a person: what happened and what to do."""
    if isinstance(exc, FileNotFoundError):
        return "the file disappeared while it was being read"
    if isinstance(exc, PermissionError):
        return "permission denied: this file cannot be read (check its permissions)"
    if isinstance(exc, IsADirectoryError):
        return "a folder, not a file"
    return f"{exc.strerror or type(exc).__name__}"


def problem(path: Path | str, stage: str, reason: str) -> dict:
    """A ``problems`` row."""
    return {"path": str(path), "stage": stage, "reason": reason}
