"""A tiny ESC/POS tokenizer for tests: commands apart, the rest decoded as text."""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, DLE = 0x1B, 0x1D, 0x10
# Commands with a fixed number of parameter bytes after the two command bytes.
FIXED = {
    (ESC, ord("@")): 0, (ESC, ord("t")): 1, (ESC, ord("a")): 1, (ESC, ord("E")): 1,
    (ESC, ord("!")): 1, (ESC, ord("-")): 1, (ESC, ord("M")): 1, (ESC, ord("{")): 1,
    (ESC, ord("d")): 1, (ESC, ord("p")): 3, (GS, ord("!")): 1, (GS, ord("b")): 1,
    (GS, ord("B")): 1, (GS, ord("h")): 1, (GS, ord("w")): 1, (GS, ord("f")): 1,
    (GS, ord("H")): 1, (DLE, 0x04): 1,
}


@dataclass
class Parsed:
    """What a printer would do with the bytes: commands in order and the printed text."""

    commands: list[tuple[str, bytes]] = field(default_factory=list)
    text: str = ""
    barcodes: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.commands]

    def args(self, name: str) -> list[bytes]:
        return [arg for n, arg in self.commands if n == name]


def _name(a: int, b: int) -> str:
    prefix = {ESC: "ESC", GS: "GS", DLE: "DLE"}[a]
    return f"{prefix} {'EOT' if b == 0x04 else chr(b)}"


def parse(data: bytes, encoding: str = "cp858") -> Parsed:
    """Split ``data`` into commands and text; unknown commands raise (tests must know all)."""
    out = Parsed()
    text = bytearray()
    i = 0
    while i < len(data):
        a = data[i]
        if a not in (ESC, GS, DLE):
            text.append(a)
            i += 1
            continue
        b = data[i + 1]
        if (a, b) == (GS, ord("V")):  # cut: m, plus n for m = 65/66
            size = 2 if data[i + 2] in (65, 66) else 1
            out.commands.append(("GS V", data[i + 2:i + 2 + size]))
            i += 2 + size
            continue
        if (a, b) == (GS, ord("k")):  # barcode: NUL-terminated (m<=6) or length byte
            m = data[i + 2]
            if m <= 6:
                end = data.index(0, i + 3)
                code, i = data[i + 3:end], end + 1
            else:
                n = data[i + 3]
                code, i = data[i + 4:i + 4 + n], i + 4 + n
            out.commands.append(("GS k", bytes([m]) + code))
            out.barcodes.append(code.decode("ascii"))
            continue
        if (a, b) not in FIXED:
            raise AssertionError(f"unknown command {data[i:i + 2]!r} at {i}")
        size = FIXED[(a, b)]
        out.commands.append((_name(a, b), data[i + 2:i + 2 + size]))
        i += 2 + size
    out.text = text.decode(encoding)
    return out
