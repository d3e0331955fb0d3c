"""Log-like output as fast as it can be written, for the terminal benchmark: coloured time stamps, Chinese and
English text, as MaiBot's logs look. Also writes the same bytes to a file: python3 flood.py MEGABYTES FILE"""
import sys

END = b"FLOOD-END\n"


def blocks(total):
    """Yields blocks of lines until about `total` bytes, then the end marker."""
    written = 0
    number = 0
    while written < total:
        block = []
        for _ in range(200):
            number += 1
            block.append("\x1b[32m12:%02d:%02d\x1b[0m [\x1b[36m麦麦\x1b[0m] 消息 %08d: 今天天气不错, the quick brown fox "
                         "jumps over the lazy dog\r\n" % (number // 60 % 60, number % 60, number))
        data = "".join(block).encode("utf-8")
        written += len(data)
        yield data
    yield END


if __name__ == "__main__":
    with open(sys.argv[2], "wb") as out:
        for data in blocks(int(sys.argv[1]) * 1024 * 1024):
            out.write(data)
