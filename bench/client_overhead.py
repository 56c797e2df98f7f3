"""What the generated client costs, beside raw httpx + json, against one local sandbox.

Starts the sandbox on loopback and measures, side by side in one run:

- per call: a small chat completion through `MiniMax` and through a bare `httpx.Client` that
  sends the same request (headers and a fresh Idempotency-Key included, so the server does
  the same work) and decodes it with `json.loads`; rounds alternate, medians are compared;
- decode: a 2,048 x 1,536 embeddings response, fetched once, then read through the client's
  types (served from memory, so no network is timed) against `json.loads` of the same body;
- SSE: chat chunks parsed per second, decoded and typed by the client's `Stream`, from memory
  (a long stream built from real frames), against httpx's line iterator + `json.loads` of the
  same bytes, and end to end from the sandbox;
- embeddings call: a 2,048 x 1,536 `client.embeddings.create` (base64, the client's default),
  every vector read as a `list[float]`, against raw httpx + json + base64 decoding of the same
  call, and against openai-python (`OPENAI_VERSION`, which asks for base64 too and decodes it
  with numpy) on the same vectors in OpenAI's response shape. The bodies are captured from the
  sandbox once and served as canned bytes by a plain HTTP server in a process of its own, so
  every contestant reads identical vectors and waits on the same server; the client's `float`
  call (39 MB instead of 17) is shown beside them. Contestants take turns, the order rotating
  each round; medians are compared.

`openai` is installed for this benchmark only, into bench/.python (git-ignored) with
`pip install --target`, once; it is never a dependency of the repository.

    python bench/client_overhead.py [--calls 200] [--rounds 5] [--embedding-rounds 15]

Targets: at most 1.15x raw httpx per call; the decode within 2x of json.loads; a streamed chunk
at most 1.5x raw httpx (its line iterator) + json.loads of the same bytes; the embeddings call
at most 0.8x openai-python's.
"""

from __future__ import annotations

import argparse
import array
import binascii
import importlib
import json
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "clients" / "python"))  # the generated tree, not an installed copy

from minimax import MiniMax  # noqa: E402
from minimax_openapi.spec import shared  # noqa: E402
from minimax_sandbox.testing import Server  # noqa: E402

IDEMPOTENCY_HEADER = shared().idempotency.header
# openai-python for the embeddings comparison: the last 2.x; installed for the benchmark only.
OPENAI_VERSION = "2.54.0"
PYTHON_PREFIX = ROOT / "bench" / ".python"  # git-ignored: the benchmark's own pip packages
EMBED_MODEL, EMBED_INPUTS, EMBED_DIMENSION = "minimax-embed-v1", 2048, 1536
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


def install_openai() -> Any:
    """openai-python, pinned, from bench/.python (installed there first unless it already is).

    The folder goes at the end of `sys.path`: what the workbench has (httpx, pydantic, numpy)
    stays the workbench's; only what openai adds (openai, jiter, distro, ...) comes from it.
    """
    marker = PYTHON_PREFIX / f"openai-{OPENAI_VERSION}.dist-info"
    if not marker.is_dir():
        print(f"installing openai=={OPENAI_VERSION} into bench/.python ...", flush=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-warn-conflicts",
            ]
            + ["--upgrade", "--target", str(PYTHON_PREFIX), f"openai=={OPENAI_VERSION}"],
            check=True,
        )
    sys.path.append(str(PYTHON_PREFIX))
    return importlib.import_module("openai")


Route = tuple[bytes, dict[str, str]]  # a canned response: its body and headers


def _serve(routes: dict[str, Route], ready: Any) -> None:
    """Answer POST `path` with its canned bytes, forever (HTTP/1.1, keep-alive)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body, headers = routes[self.path]
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ready.send(server.server_address[1])
    server.serve_forever()


def canned_embeddings(server: Server, key: str) -> tuple[dict[str, Route], list[str]]:
    """The sandbox's 2,048 x 1,536 answer, base64 and float, and the same vectors in OpenAI's
    shape, by the path each contestant posts to; and the inputs."""
    texts = [f"document number {i}" for i in range(EMBED_INPUTS)]
    bodies = {}
    with httpx.Client(base_url=server.base_url, timeout=120) as raw:
        for encoding in ("base64", "float"):
            response = raw.post(
                "/embeddings",
                json={"model": EMBED_MODEL, "input": texts, "encoding_format": encoding},
                headers={"Authorization": f"Bearer {key}"},
            )
            response.raise_for_status()
            bodies[encoding] = response
    packed = bodies["base64"].json()
    headers = {
        name: value
        for name, value in bodies["base64"].headers.items()
        if name.lower().startswith(("x-request-id", "x-ratelimit"))
    }
    usage = packed["meta"]["usage"]
    openai_body = {
        "object": "list",
        "data": [
            {"object": "embedding", "index": item["index"], "embedding": item["embedding"]}
            for item in packed["data"]
        ],
        "model": EMBED_MODEL,
        "usage": {"prompt_tokens": usage["prompt_tokens"], "total_tokens": usage["total_tokens"]},
    }
    openai_headers = {"x-request-id": headers.get("x-request-id", "req_0")}
    routes = {
        "/minimax/v1/embeddings": (bodies["base64"].content, headers),
        "/minimax-float/v1/embeddings": (bodies["float"].content, headers),
        "/openai/v1/embeddings": (json.dumps(openai_body).encode(), openai_headers),
    }
    return routes, texts


def embeddings_call(server: Server, key: str, rounds: int) -> dict[str, Any]:
    """Median seconds per 2,048 x 1,536 embeddings call, every vector read as a list of floats:
    the client (base64 and float), raw httpx + json + base64, openai-python; and body sizes."""
    openai = install_openai()
    routes, texts = canned_embeddings(server, key)
    receive, send = multiprocessing.Pipe(duplex=False)
    serving = multiprocessing.get_context("fork").Process(
        target=_serve, args=(routes, send), daemon=True
    )
    serving.start()
    try:
        base = f"http://127.0.0.1:{receive.recv()}"
        client = MiniMax(api_key=key, base_url=f"{base}/minimax/v1", timeout=120)
        floats = MiniMax(api_key=key, base_url=f"{base}/minimax-float/v1", timeout=120)
        raw = httpx.Client(
            base_url=f"{base}/minimax/v1", headers={"Authorization": f"Bearer {key}"}, timeout=120
        )
        peer = openai.OpenAI(api_key="sk-bench", base_url=f"{base}/openai/v1", timeout=120)
        request = {"model": EMBED_MODEL, "input": texts, "encoding_format": "base64"}

        def through_client() -> list[list[float]]:
            result = client.embeddings.create(model=EMBED_MODEL, input=texts)
            return [item.embedding for item in result.data]

        def through_client_float() -> list[list[float]]:
            result = floats.embeddings.create(
                model=EMBED_MODEL, input=texts, encoding_format="float"
            )
            return [item.embedding for item in result.data]

        def through_raw() -> list[list[float]]:
            response = raw.post(
                "/embeddings", json=request, headers={IDEMPOTENCY_HEADER: str(uuid.uuid4())}
            )
            response.raise_for_status()
            decode = binascii.a2b_base64
            return [
                array.array("f", decode(item["embedding"])).tolist()
                for item in json.loads(response.content)["data"]
            ]

        def through_openai() -> list[list[float]]:
            result = peer.embeddings.create(model=EMBED_MODEL, input=texts)
            return [item.embedding for item in result.data]

        contestants: dict[str, Callable[[], list[list[float]]]] = {
            "client": through_client,
            "raw": through_raw,
            "openai": through_openai,
            "client_float": through_client_float,
        }
        reference = through_raw()
        for name, call in contestants.items():  # warm up; every contestant reads the same
            vectors = call()
            assert len(vectors) == EMBED_INPUTS and len(vectors[-1]) == EMBED_DIMENSION, name
            if name != "client_float":
                assert vectors == reference, name
        timings: dict[str, list[float]] = {name: [] for name in contestants}
        order = list(contestants)
        for round_ in range(rounds):
            turn = order[round_ % len(order) :] + order[: round_ % len(order)]
            for name in turn:
                started = time.perf_counter()
                contestants[name]()
                timings[name].append(time.perf_counter() - started)
        for closing in (client, floats, raw, peer):
            closing.close()
    finally:
        serving.terminate()
        serving.join()
    medians = {name: statistics.median(times) for name, times in timings.items()}
    sizes = {
        "base64": len(routes["/minimax/v1/embeddings"][0]),
        "float": len(routes["/minimax-float/v1/embeddings"][0]),
    }
    return medians | {"sizes": sizes, "openai_version": openai.__version__}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=200, help="calls per round and side")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--embedding-rounds", type=int, default=15, help="turns of each embeddings contestant"
    )
    parser.add_argument(
        "--only-embeddings", action="store_true", help="measure the embeddings call alone"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        server = Server(Path(data_dir)).start()
        try:
            key = server.new_key(tier="enterprise", enterprise_rpm=10**9)
            embedded = embeddings_call(server, key, args.embedding_rounds)
            if not args.only_embeddings:
                client_call, raw_call = per_call(server, key, args.calls, args.rounds)
                client_decode, json_decode, size = embeddings_decode(server, key)
                sse_memory, sse_raw, sse_sandbox = sse_rate(server, key)
        finally:
            server.stop()
    print_embeddings_call(embedded)
    if args.only_embeddings:
        return
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


def print_embeddings_call(embedded: dict[str, Any]) -> None:
    sizes = embedded["sizes"]
    client, raw, openai = embedded["client"], embedded["raw"], embedded["openai"]
    print(
        f"embeddings call {EMBED_INPUTS} x {EMBED_DIMENSION}, every vector a list of floats "
        f"(base64 {sizes['base64'] / 1e6:.1f} MB, float {sizes['float'] / 1e6:.1f} MB): "
        f"client {client * 1e3:.0f} ms, raw httpx + json + base64 {raw * 1e3:.0f} ms, "
        f"openai-python {embedded['openai_version']} {openai * 1e3:.0f} ms, "
        f"client with encoding_format=float {embedded['client_float'] * 1e3:.0f} ms"
    )
    print(f"  client / raw httpx: {client / raw:.3f}x")
    print(f"  client / openai-python: {verdict(client / openai, 0.8)}")


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:.3f}x (target <= {target:g}x: {'met' if ratio <= target else 'MISSED'})"


if __name__ == "__main__":
    main()
