"""Sandbox throughput beside a bare Starlette endpoint returning the same bytes.

Starts the sandbox and the bare server (bench/bare_server.py) on loopback, then for each
workload drives both with the same load (CONCURRENCY keep-alive connections, a minimal
asyncio HTTP/1.1 client so the load generator is not the bottleneck), in alternating rounds,
and prints requests per second, p50 and p99 latency, and the sandbox/bare throughput ratio.

    python bench/sandbox_throughput.py [--seconds 5] [--concurrency 16] [--rounds 4]

Targets: GET /v1/models at 0.6x the bare endpoint's throughput or more, chat at 0.35x or more.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str) -> None:
    for _ in range(300):
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


def request_bytes(method: str, path: str, port: int, key: str, body: bytes) -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {key}\r\n"
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


async def _connection(port: int, request: bytes, stop: float, latencies: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(head.split(b"\r\n")[0].decode())
            length = next(
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
    finally:
        writer.close()


def drive(
    port: int, request: bytes, seconds: float, concurrency: int
) -> tuple[int, float, list[float]]:
    """(requests answered, seconds taken, their latencies) over `seconds` of load."""
    latencies: list[float] = []

    async def run() -> float:
        started = time.perf_counter()
        stop = started + seconds
        await asyncio.gather(
            *(_connection(port, request, stop, latencies) for _ in range(concurrency))
        )
        return time.perf_counter() - started

    elapsed = asyncio.run(run())
    return len(latencies), elapsed, latencies


def side_by_side(
    contestants: list[tuple[int, bytes]], seconds: float, concurrency: int, rounds: int
) -> list[tuple[float, float, float]]:
    """(requests per second, p50 ms, p99 ms) of each contestant (port, request): after a
    warm-up, `rounds` rounds of `seconds / rounds` each, the order turned every round, so
    that a slow spell of the machine falls on both."""
    for port, request in contestants:
        drive(port, request, 0.5, concurrency)
    totals = [(0, 0.0, list[float]()) for _ in contestants]
    for round_ in range(rounds):
        order = list(range(len(contestants)))
        if round_ % 2:
            order.reverse()
        for index in order:
            port, request = contestants[index]
            count, elapsed, latencies = drive(port, request, seconds / rounds, concurrency)
            done, took, seen = totals[index]
            totals[index] = (done + count, took + elapsed, seen + latencies)
    results = []
    for done, took, latencies in totals:
        latencies.sort()

        def pick(q: float, latencies: list[float] = latencies) -> float:
            return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000

        results.append((done / took, pick(0.50), pick(0.99)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="mmx-bench-"))
    sandbox_port, bare_port = free_port(), free_port()
    servers = []
    try:
        servers.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "minimax_sandbox",
                    "--data-dir",
                    str(work / "data"),
                    "serve",
                    "--port",
                    str(sandbox_port),
                ],
                stdout=subprocess.DEVNULL,
            )
        )
        wait_until_up(f"http://127.0.0.1:{sandbox_port}/v1/models")
        from minimax_sandbox import keys, store  # noqa: PLC0415 (after the server made the database)

        conn = store.open_database(work / "data" / "sandbox.sqlite3")
        _, key = keys.create(conn, name="bench", tier="enterprise", enterprise_rpm=10**9)

        workloads = {
            "models": ("GET", "/v1/models", b""),
            "chat": (
                "POST",
                "/v1/chat/completions",
                json.dumps(
                    {
                        "model": "minimax-chat-v2",
                        "max_tokens": 32,
                        "messages": [
                            {"role": "user", "content": "Explain REST APIs in one paragraph."}
                        ],
                    }
                ).encode(),
            ),
            "embeddings": (
                "POST",
                "/v1/embeddings",
                json.dumps(
                    {
                        "model": "minimax-embed-v1",
                        "input": [f"document number {i} about topic {i % 37}" for i in range(2048)],
                    }
                ).encode(),
            ),
        }
        captures = work / "captures"
        captures.mkdir()
        with httpx.Client(
            base_url=f"http://127.0.0.1:{sandbox_port}",
            headers={"Authorization": f"Bearer {key}"},
            timeout=60,
        ) as client:
            for name, (method, path, body) in workloads.items():
                response = client.request(
                    method, path, content=body or None, headers={"Content-Type": "application/json"}
                )
                response.raise_for_status()
                (captures / name).write_bytes(response.content)
        servers.append(
            subprocess.Popen(
                [sys.executable, str(HERE / "bare_server.py"), str(bare_port), str(captures)]
            )
        )
        wait_until_up(f"http://127.0.0.1:{bare_port}/v1/models")

        print(
            f"concurrency {args.concurrency}, {args.seconds:g} s per server in {args.rounds}"
            f" alternating rounds, loopback, {os.cpu_count()} cores"
        )
        print(f"{'workload':<28}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
        for method, path, body in workloads.values():
            sandbox, bare = side_by_side(
                [
                    (sandbox_port, request_bytes(method, path, sandbox_port, key, body)),
                    (bare_port, request_bytes(method, path, bare_port, key, body)),
                ],
                args.seconds,
                args.concurrency,
                args.rounds,
            )
            label = f"{method} {path}"
            for who, (rps, p50, p99) in (("sandbox", sandbox), ("bare", bare)):
                print(f"{label + ' ' + who:<28}{rps:>10.1f}{p50:>10.2f}{p99:>10.2f}")
            print(f"{label + ' ratio':<28}{sandbox[0] / bare[0]:>10.2f}   (sandbox / bare)")
    finally:
        for process in servers:
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
