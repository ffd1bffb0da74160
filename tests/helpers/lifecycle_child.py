"""Child process for the lifecycle kill tests: runs one `carematch` command in-process.

Usage: python -m tests.helpers.lifecycle_child [--kill-at N] [--count-to FILE] -- ARGS...

Prints "ready" once the command's modules are loaded (so a random kill lands in the command,
not in Python's start-up). With --kill-at N it SIGKILLs itself just before its Nth change to
the file system (a create, write-open, rename, replace, unlink, rmdir, mkdir or fsync,
or a file opened for writing), so a
test can stop the command between every pair of steps. With --count-to FILE it writes how many
such changes the command made. Each recovery code is appended to $CAREMATCH_TEST_CODES the
moment it is made, so a test can try it even when the command died before printing it.
"""

from __future__ import annotations

import builtins
import io
import os
import signal
import sys

WRITE_FLAGS = os.O_CREAT | os.O_WRONLY | os.O_RDWR | os.O_TRUNC


def main() -> int:
    argv = sys.argv[1:]
    kill_at = count_to = None
    while argv and argv[0] != "--":
        flag, value, *argv = argv
        if flag == "--kill-at":
            kill_at = int(value)
        elif flag == "--count-to":
            count_to = value
    command = argv[1:]

    import carematch.cli.pack_cmd  # load everything before "ready"
    import carematch.cli.vault_cmd
    import carematch.community.packs
    import carematch.journal.archive  # noqa: F401
    from carematch.cli import main as carematch_main
    from carematch.vault import crypto

    real = {
        name: getattr(os, name)
        for name in ("replace", "rename", "unlink", "remove", "rmdir", "mkdir", "fsync", "open")
    }
    codes_file = os.environ.get("CAREMATCH_TEST_CODES")
    changes = 0

    def step() -> None:
        nonlocal changes
        changes += 1
        if kill_at is not None and changes >= kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def counted(name: str):  # type: ignore[no-untyped-def]
        original = real[name]

        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            if name != "open" or (len(args) > 1 and args[1] & WRITE_FLAGS):
                step()
            return original(*args, **kwargs)

        return wrapper

    for name in real:
        setattr(os, name, counted(name))

    real_open = io.open

    def counted_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(c in mode for c in "wax+"):
            step()
        return real_open(file, mode, *args, **kwargs)

    io.open = builtins.open = counted_open  # type: ignore[assignment]

    make_code = crypto.new_recovery_code

    def recorded_code() -> str:
        code = make_code()
        if codes_file:
            fd = real["open"](codes_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.write(fd, (code + "\n").encode())
            real["fsync"](fd)
            os.close(fd)
        return code

    crypto.new_recovery_code = recorded_code  # type: ignore[assignment]
    print("ready", flush=True)
    try:
        status = carematch_main(command)
    finally:
        if count_to:
            fd = real["open"](count_to, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.write(fd, str(changes).encode())
            os.close(fd)
    return status


if __name__ == "__main__":
    sys.exit(main())
