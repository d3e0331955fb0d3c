"""A stand-in for the 0.x MaiBot-NapCat adapter: reads its port from config.toml and listens on it."""
import os
import re
import socket
import time

port = 8095
if os.path.exists("config.toml"):
    section = None
    for line in open("config.toml", encoding="utf-8"):
        header = re.match(r"\s*\[(\w+)\]", line)
        if header:
            section = header.group(1)
        value = re.match(r"\s*port\s*=\s*(\d+)", line)
        if value and section == "napcat_server":
            port = int(value.group(1))
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen()
print("adapter fake listening on %d" % port, flush=True)
try:
    while True:
        time.sleep(1)
except KeyboardInterrupt:
    print("adapter fake stopping", flush=True)
