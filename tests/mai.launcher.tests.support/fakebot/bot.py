"""A stand-in for MaiBot in the launcher's tests: it checks the EULA the way MaiBot does, reads its port from .env,
listens on it, echoes what is typed, and stops cleanly on Ctrl+C."""
import hashlib
import os
import socket
import sys
import threading


def md5(path):
    with open(path, encoding="utf-8") as f:
        return hashlib.md5(f.read().encode("utf-8")).hexdigest()


def confirmed(document, confirmation, variable):
    if not os.path.exists(document):
        return True
    digest = md5(document)
    if os.environ.get(variable) == digest:
        return True
    return os.path.exists(confirmation) and open(confirmation, encoding="utf-8").read().strip() == digest


def settings():
    values = {}
    if os.path.exists(".env"):
        for line in open(".env", encoding="utf-8"):
            if "=" in line and not line.lstrip().startswith("#"):
                key, value = line.strip().split("=", 1)
                values[key.strip()] = value.strip()
    return values


if not (confirmed("EULA.md", "eula.confirmed", "EULA_AGREE")
        and confirmed("PRIVACY.md", "privacy.confirmed", "PRIVACY_AGREE")):
    print("Read EULA.md and PRIVACY.md, then type yes to accept them:", flush=True)
    if input().strip() != "yes":
        sys.exit(1)

import fakedep  # installed from the test's wheel folder

port = int(settings().get("PORT", "8000"))
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen()


def accept():
    while True:
        connection, _ = server.accept()
        connection.close()


threading.Thread(target=accept, daemon=True).start()
print("\x1b[36m[config]\x1b[0m read .env, port \x1b[1;32m%d\x1b[0m" % port, flush=True)
print("MaiBot fake %s ready on port %d (pid %d)" % (fakedep.VERSION, port, os.getpid()), flush=True)
try:
    for line in sys.stdin:
        if line.startswith("/flood"):  # for the terminal benchmark: N megabytes as fast as they can be written
            import flood
            for block in flood.blocks(int(line.split()[1]) * 1024 * 1024):
                sys.stdout.buffer.write(block)
            sys.stdout.buffer.flush()
        elif line.strip() == "/gbk":  # what a program writing a Chinese Windows console's code page sends
            sys.stdout.buffer.write("GBK: 你好\r\n".encode("gbk"))
            sys.stdout.buffer.flush()
        elif line.strip() == "/size":
            size = os.get_terminal_size(sys.stdout.fileno())
            print("size: %dx%d" % (size.columns, size.lines), flush=True)
        else:
            print("echo: " + line.rstrip("\n"), flush=True)
except KeyboardInterrupt:
    pass
print("MaiBot fake stopping", flush=True)
