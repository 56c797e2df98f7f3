"""`minimax-sandbox`: start the sandbox, and manage its API keys.

minimax-sandbox serve [--port 8400] [--data-dir .sandbox-data] [--workers 1]
minimax-sandbox keys create --name ci [--scope full] [--models a,b] [--tier pay_as_you_go]
minimax-sandbox keys list | keys revoke KEY_ID | keys usage
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import socket
import sys
from pathlib import Path

from minimax_sandbox import keys, store
from minimax_sandbox.settings import TIMINGS, Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minimax-sandbox",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Settings.from_env().data_dir,
        help="where the database and files live (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the sandbox on 127.0.0.1")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8400, help="0 picks a free port")
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    serve.add_argument(
        "--app",
        default="minimax_sandbox.app:create_app",
        help="the ASGI app factory"
        " (the contract tests' fault injection wraps the sandbox this way)",
    )
    for name in TIMINGS:
        default = getattr(Settings(data_dir=Path()), name)
        serve.add_argument(
            "--" + name.replace("_", "-"), type=float, default=default, help="default: %(default)s"
        )

    key_commands = commands.add_parser("keys", help="manage API keys").add_subparsers(
        dest="action", required=True
    )
    create = key_commands.add_parser("create", help="make a key and print it (shown once)")
    create.add_argument("--name", required=True)
    create.add_argument("--account", default=keys.DEFAULT_ACCOUNT)
    create.add_argument("--scope", choices=keys.SCOPES, default=keys.DEFAULT_SCOPE)
    create.add_argument("--models", help="comma-separated models the key may use")
    create.add_argument("--tier", choices=keys.TIERS, default=keys.DEFAULT_TIER)
    create.add_argument("--rpm", type=int, help="enterprise: requests per minute per operation")
    key_commands.add_parser("list", help="list keys (never their secrets)")
    revoke = key_commands.add_parser("revoke", help="revoke a key at once")
    revoke.add_argument("key_id")
    key_commands.add_parser("usage", help="calls, errors and tokens per key")
    return parser


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # imported here so key commands start fast

    settings = Settings(
        data_dir=args.data_dir.resolve(),
        **{name: getattr(args, name) for name in TIMINGS},
    )
    os.environ.update(settings.to_env())  # worker processes read their settings from here
    conn = store.open_database(settings.database)
    key = keys.ensure_default_key(conn, store.load_secret(settings.data_dir))
    conn.close()
    port = args.port or _free_port(args.host)
    print(f"MiniMax sandbox: http://{args.host}:{port}/v1", flush=True)
    print(f"Test key:        {key}", flush=True)
    print(f"Data dir:        {settings.data_dir}", flush=True)
    uvicorn.run(
        args.app,
        factory=True,
        host=args.host,
        port=port,
        workers=args.workers,
        access_log=False,  # access lines would carry download signatures
        log_level="warning",
    )
    return 0


def _keys(args: argparse.Namespace) -> int:
    conn = store.open_database(args.data_dir / Settings(data_dir=Path()).database.name)
    if args.action == "create":
        models = [m.strip() for m in args.models.split(",")] if args.models else None
        try:
            key, secret = keys.create(
                conn,
                name=args.name,
                account=args.account,
                scope=args.scope,
                models=models,
                tier=args.tier,
                enterprise_rpm=args.rpm,
            )
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(json.dumps({**dataclasses.asdict(key), "key": secret}, indent=2))
    elif args.action == "revoke":
        if not keys.revoke(conn, args.key_id):
            print(f"error: no active key {args.key_id}", file=sys.stderr)
            return 1
        print(f"revoked {args.key_id}")
    elif args.action == "list":
        for row in keys.listing(conn):
            state = "revoked" if row["revoked_at"] else "active"
            print(
                f"{row['id']}  {row['hint']:<18} {state:<8} {row['tier']:<14} "
                f"{row['scope']:<10} {row['name']}"
            )
    else:
        print(f"{'key':<22} {'calls':>7} {'errors':>7} {'prompt':>9} {'completion':>10}  last used")
        for row in keys.listing(conn):
            print(
                f"{row['id']:<22} {row['calls']:>7} {row['errors']:>7} "
                f"{row['prompt_tokens']:>9} {row['completion_tokens']:>10}  "
                f"{row['last_used_at'] or '-'}"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return _serve(args) if args.command == "serve" else _keys(args)
