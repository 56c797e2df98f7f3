"""What the generated client costs, beside raw httpx + json, against one local sandbox.

Starts the sandbox on loopback and measures, side by side in one run:

- per call: a small chat completion through `MiniMax` and through a bare `httpx.Client` that
  sends the same request (headers and a fresh Idempotency-Key included, so the server does
  the same work) and decodes it with `json.loads`; rounds alternate, medians are compared;
- decode: a 2,048 x 1,536 embeddings response, fetched once, then read through the client's
  types (served from memory, so no network is timed) against `json.loads` of the same body;
- SSE: chat chunks parsed per second, decoded and typed by the client's `Stream`, from memory
  (a long stream built from real frames), against httpx's line iterator + `json.loads` of the same
  bytes, and end to end from the sandbox.

    python bench/client_overhead.py [--calls 200] [--rounds 5]

Targets: at most 1.15x raw httpx per call; the decode within 2x of json.loads; a streamed chunk
at most 1.5x raw httpx (its line iterator) + json.loads of the same bytes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients" / "python"))  # the generated tree, not an installed copy

from minimax import MiniMax  # noqa: E402
from minimax_openapi.spec import shared  # noqa: E402
from minimax_sandbox.testing import Server  # noqa: E402

IDEMPOTENCY_HEADER = shared().idempotency.header
HELLO = [{"role": "user", "content": "Hello"}]
CHAT: dict[str, Any] = {"model": "minimax-chat-v2", "messages": HELLO, "max_tokens": 16}


def per_call(server: Server, key: str, calls: int, rounds: int) -> tuple[float, float]:
    """Median seconds per chat completion: (client, raw httpx + json)."""
    headers = {"Authorization": f"Bearer {key}", "Accept": "application/json"}
    raw = httpx.Client(base_url=server.base_url, headers=headers, timeout=30)
    client = MiniMax(api_key=key, base_url=server.base_url)

    def raw_call() -> str:
        response = raw.post(
            "/chat/completions", json=CHAT, headers={IDEMPOTENCY_HEADER: str(uuid.uuid4())}
        )
        response.raise_for_status()
        return str(json.loads(response.content)["data"]["choices"][0]["message"]["content"])

    def client_call() -> str:
        return str(client.chat.completions.create(**CHAT).data.choices[0].message.content)

    timings: dict[str, list[float]] = {"client": [], "raw": []}
    for call in (raw_call, client_call):  # warm up connections and caches
        for _ in range(20):
            call()
    for _ in range(rounds):
        for name, call in (("raw", raw_call), ("client", client_call)):
            for _ in range(calls):
                started = time.perf_counter()
                call()
                timings[name].append(time.perf_counter() - started)
    raw.close()
    client.close()
    return statistics.median(timings["client"]), statistics.median(timings["raw"])


def embeddings_decode(server: Server, key: str) -> tuple[float, float, int]:
    """Best seconds to read a 2,048 x 1,536 embeddings body: (client, json.loads), its size."""
    texts = [f"document number {i}" for i in range(2048)]
    with httpx.Client(base_url=server.base_url, timeout=120) as raw:
        response = raw.post(
            "/embeddings",
            json={"model": "minimax-embed-v1", "input": texts},
            headers={"Authorization": f"Bearer {key}"},
        )
        response.raise_for_status()
    body, headers = response.content, {"content-type": "application/json"}
    served = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
    client = MiniMax(
        api_key=key, base_url=server.base_url, http_client=httpx.Client(transport=served)
    )

    def through_client() -> None:
        result = client.embeddings.create(model="minimax-embed-v1", input=texts)
        assert len(result.data) == 2048 and len(result.data[-1].embedding) == 1536

    def through_json() -> None:
        assert len(json.loads(body)["data"]) == 2048

    best = {}
    for name, read in (("client", through_client), ("json", through_json)):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            read()
            times.append(time.perf_counter() - started)
        best[name] = min(times)
    return best["client"], best["json"], len(body)


def sse_rate(server: Server, key: str) -> tuple[float, float, float]:
    """Chat chunks per second: (through the client's Stream from memory, through raw httpx +
    json.loads from memory, through the client from the sandbox)."""
    client = MiniMax(api_key=key, base_url=server.base_url)
    started, chunks = time.perf_counter(), 0
    for _ in range(20):
        for _chunk in client.chat.completions.create(**CHAT | {"max_tokens": 1024}, stream=True):
            chunks += 1
    end_to_end = chunks / (time.perf_counter() - started)

    with httpx.Client(base_url=server.base_url, timeout=30) as raw:
        text = raw.post(
            "/chat/completions",
            json=CHAT | {"stream": True},
            headers={"Authorization": f"Bearer {key}"},
        ).text
    frames = text.strip().split("\n\n")
    items = [f for f in frames if f.startswith("event: chunk")]
    body = ("\n\n".join(items * (20_000 // len(items) + 1)) + "\n\n" + frames[-1] + "\n\n").encode()
    pieces = [body[i : i + 4096] for i in range(0, len(body), 4096)]  # network-sized reads
    headers = {"content-type": "text/event-stream"}
    served = httpx.MockTransport(
        lambda request: httpx.Response(200, content=iter(pieces), headers=headers)
    )
    memory = MiniMax(
        api_key=key, base_url=server.base_url, http_client=httpx.Client(transport=served)
    )
    raw = httpx.Client(transport=served)

    def through_client() -> int:
        chunks = 0
        for _chunk in memory.chat.completions.create(**CHAT, stream=True):
            chunks += 1
        return chunks

    def through_raw() -> int:  # the same bytes read by httpx's line iterator and json.loads
        chunks = 0
        with raw.stream("POST", f"{server.base_url}/chat/completions", json=CHAT) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    data = json.loads(line[6:])
                    chunks += "choices" in data
        return chunks

    best: dict[str, float] = {}
    for _ in range(5):  # alternating rounds, the best of each
        for name, read in (("client", through_client), ("raw", through_raw)):
            started = time.perf_counter()
            chunks = read()
            rate = chunks / (time.perf_counter() - started)
            best[name] = max(best.get(name, 0.0), rate)
    raw.close()
    return best["client"], best["raw"], end_to_end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=200, help="calls per round and side")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        server = Server(Path(data_dir)).start()
        try:
            key = server.new_key(tier="enterprise", enterprise_rpm=10**9)
            client_call, raw_call = per_call(server, key, args.calls, args.rounds)
            client_decode, json_decode, size = embeddings_decode(server, key)
            sse_memory, sse_raw, sse_sandbox = sse_rate(server, key)
        finally:
            server.stop()
    call_ratio, decode_ratio = client_call / raw_call, client_decode / json_decode
    print(
        f"chat completion per call: client {client_call * 1e3:.2f} ms, "
        f"raw httpx + json {raw_call * 1e3:.2f} ms -> {verdict(call_ratio, 1.15)}"
    )
    print(
        f"embeddings 2048 x 1536 decode ({size / 1e6:.1f} MB): "
        f"client {client_decode * 1e3:.0f} ms, json.loads {json_decode * 1e3:.0f} ms "
        f"-> {verdict(decode_ratio, 2.0)}"
    )
    print(
        f"SSE chat chunks parsed per second: {sse_memory:,.0f} from memory, "
        f"{sse_sandbox:,.0f} end to end from the sandbox"
    )
    print(
        f"SSE per streamed chunk (from memory): client {1e6 / sse_memory:.1f} us, "
        f"raw httpx + json {1e6 / sse_raw:.1f} us -> {verdict(sse_raw / sse_memory, 1.5)}"
    )


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:.3f}x (target <= {target:g}x: {'met' if ratio <= target else 'MISSED'})"


if __name__ == "__main__":
    main()
