"""A fault-injecting HTTP proxy on loopback, for the exactly-once tests.

Each request is read whole, then (by a seeded ``random.Random``) forwarded cleanly, or:
dropped (connection closed, nothing forwarded), delayed, duplicated (forwarded twice),
held back and forwarded later in the background (so the client's retry overtakes it:
reordered), or forwarded with the answer cut off halfway (the server committed, the
client never learns it). One request per connection; answers carry ``Connection: close``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("drop", "delay", "duplicate", "reorder", "cut")


@dataclass
class Stats:
    requests: int = 0
    faults: Counter[str] = field(default_factory=Counter)

    @property
    def faulty(self) -> int:
        return sum(self.faults.values())


async def _read_message(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return head + body


def _close_header(message: bytes) -> bytes:
    head, sep, body = message.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + sep + body


class FaultProxy:
    """Runs its own event loop in a thread; ``url`` is what the client talks to."""

    def __init__(self, upstream_port: int, seed: int, fault_rate: float = 0.35) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.fault_rate = fault_rate
        self.stats = Stats()
        self.enabled = True
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.Server | None = None
        self._background: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._background:
                await asyncio.gather(*self._background, return_exceptions=True)
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _forward(self, request: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        try:
            writer.write(request)
            await writer.drain()
            return await _read_message(reader)
        finally:
            writer.close()
            await writer.wait_closed()

    def _choose(self) -> str | None:
        self.stats.requests += 1
        if not self.enabled or self.rng.random() >= self.fault_rate:
            return None
        fault = self.rng.choice(FAULTS)
        self.stats.faults[fault] += 1
        return fault

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await _read_message(reader)
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()
            return
        fault = self._choose()
        delay = self.rng.uniform(0.05, 0.3)
        try:
            if fault == "drop":
                return
            if fault == "reorder":
                task = asyncio.create_task(self._late(request, delay * 3))
                self._background.add(task)
                task.add_done_callback(self._background.discard)
                return
            if fault == "delay":
                await asyncio.sleep(delay)
            answer = await self._forward(request)
            if fault == "duplicate":
                answer = await self._forward(request)
            answer = _close_header(answer)
            if fault == "cut":
                answer = answer[: len(answer) // 2]
            writer.write(answer)
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def _late(self, request: bytes, delay: float) -> None:
        await asyncio.sleep(delay)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            await self._forward(request)
