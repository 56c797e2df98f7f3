"""`minimax-sandbox`: start the sandbox, and manage its API keys.

minimax-sandbox serve [--port 8400] [--data-dir .sandbox-data] [--workers 1] [--public-url URL]
minimax-sandbox keys create --name ci [--scope full] [--models a,b] [--tier pay_as_you_go]
minimax-sandbox keys list | keys revoke KEY_ID | keys rotate KEY_ID | keys usage | keys admin

--data-dir may come before the command or after it (`serve --data-dir DIR`, `keys list
--data-dir DIR`); its default is $MINIMAX_SANDBOX_DATA_DIR, else .sandbox-data.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import socket
import sqlite3
import sys
from pathlib import Path

from minimax_sandbox import hub, keys, store
from minimax_sandbox.errors import ApiError
from minimax_sandbox.settings import ENV_PREFIX, TIMINGS, Settings, public_url

# uvicorn's HTTP/1.1 protocol with a header-read timeout (`--header-timeout`), and a response's
# head and body in one send.
_PROTOCOL = "minimax_sandbox.app:HttpProtocol"
_HELP = {
    "header_timeout": "seconds a client has to send a request's line and headers, from"
    " connecting or from the request's first byte, before the connection is closed; ",
}


def _public_url(text: str) -> str:
    try:
        return public_url(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    default_dir = Settings.from_env().data_dir
    # --data-dir is taken before the command and after it: the top level sets the default, a
    # command's own copy only a value given after the command name.
    after = argparse.ArgumentParser(add_help=False)
    after.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"where the database and files live (default: {default_dir})",
    )
    parser = argparse.ArgumentParser(
        prog="minimax-sandbox",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default_dir,
        help="where the database and files live (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the sandbox on 127.0.0.1", parents=[after])
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8400, help="0 picks a free port")
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    serve.add_argument(
        "--public-url",
        type=_public_url,
        help="the base URL clients reach the sandbox at, without /v1 (e.g. behind a proxy);"
        " every URL the sandbox writes, such as signed download URLs, starts with it"
        f" (default: ${ENV_PREFIX}PUBLIC_URL, else http://HOST:PORT)",
    )
    serve.add_argument(
        "--docs",
        type=Path,
        metavar="DIR",
        help="serve the rendered reference site in DIR (make docs: docs/site) under /docs/",
    )
    serve.add_argument(
        "--app",
        default="minimax_sandbox.app:create_app",
        help="the ASGI app factory"
        " (the contract tests' fault injection wraps the sandbox this way)",
    )
    for name in TIMINGS:
        default = getattr(Settings(data_dir=Path()), name)
        serve.add_argument(
            "--" + name.replace("_", "-"),
            type=float,
            default=default,
            help=_HELP.get(name, "") + "default: %(default)s",
        )

    key_commands = commands.add_parser(
        "keys", help="manage API keys", parents=[after]
    ).add_subparsers(dest="action", required=True)
    create = key_commands.add_parser(
        "create", help="make a key and print it (shown once)", parents=[after]
    )
    create.add_argument("--name", required=True)
    create.add_argument("--account", default=keys.DEFAULT_ACCOUNT)
    create.add_argument("--scope", choices=keys.SCOPES, default=keys.DEFAULT_SCOPE)
    create.add_argument("--models", help="comma-separated models the key may use")
    create.add_argument("--tier", choices=keys.TIERS, default=keys.DEFAULT_TIER)
    create.add_argument("--rpm", type=int, help="enterprise: requests per minute per operation")
    key_commands.add_parser("list", help="list keys (never their secrets)", parents=[after])
    revoke = key_commands.add_parser("revoke", help="revoke a key at once", parents=[after])
    revoke.add_argument("key_id")
    rotate = key_commands.add_parser(
        "rotate", help="replace a key by a new one with its settings", parents=[after]
    )
    rotate.add_argument("key_id")
    key_commands.add_parser(
        "admin", help="print the admin key (for the /v1/organization operations)", parents=[after]
    )
    key_commands.add_parser("usage", help="calls, errors and tokens per key", parents=[after])
    return parser


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _serve(args: argparse.Namespace) -> int:
    import uvicorn  # imported here so key commands start fast

    port = args.port or _free_port(args.host)
    host = f"[{args.host}]" if ":" in args.host else args.host
    try:
        url = args.public_url or public_url(
            os.environ.get(ENV_PREFIX + "PUBLIC_URL") or f"http://{host}:{port}"
        )
    except ValueError as error:
        print(f"error: {ENV_PREFIX}PUBLIC_URL: {error}", file=sys.stderr)
        return 2
    settings = Settings(
        data_dir=args.data_dir.resolve(),
        public_url=url,
        docs_dir=args.docs.resolve() if args.docs else None,
        **{name: getattr(args, name) for name in TIMINGS},
    )
    os.environ.update(settings.to_env())  # worker processes read their settings from here
    conn = store.open_database(settings.database)
    secret = store.load_secret(settings.data_dir)
    key = keys.ensure_default_key(conn, secret)
    admin = keys.ensure_admin_key(conn, secret)
    conn.close()
    print(f"MiniMax sandbox: {settings.public_url}/v1", flush=True)
    print(f"Test key:        {key}", flush=True)
    print(f"Admin key:       {admin}  (the /v1/organization operations only)", flush=True)
    hub_url = f"{settings.public_url}{hub.PREFIX}/"
    print(f"Hub:             {hub_url}  (sign in with the admin key)", flush=True)
    print(f"Data dir:        {settings.data_dir}", flush=True)
    uvicorn.run(
        args.app,
        factory=True,
        host=args.host,
        port=port,
        workers=args.workers,
        http=_PROTOCOL,
        access_log=False,  # access lines would carry download signatures
        log_level="warning",
    )
    return 0


def _keys(args: argparse.Namespace) -> int:
    """The same functions the administration operations call, on the data dir's database."""
    conn = store.open_database(args.data_dir / Settings(data_dir=Path()).database.name)
    try:
        return _key_command(args, conn)
    except ApiError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 1
    finally:
        conn.close()


def _key_command(args: argparse.Namespace, conn: sqlite3.Connection) -> int:
    if args.action == "create":
        models = [m.strip() for m in args.models.split(",")] if args.models else None
        key, secret = keys.create(
            conn,
            name=args.name,
            account=args.account,
            scope=args.scope,
            models=models,
            tier=args.tier,
            enterprise_rpm=args.rpm,
        )
        print(json.dumps({**dataclasses.asdict(key), "key": secret}, indent=2))
    elif args.action == "revoke":
        revoked = keys.revoke(conn, args.key_id)
        print(f"revoked {args.key_id} at {revoked['revoked_at']}")
    elif args.action == "rotate":
        made, secret = keys.rotate(conn, args.key_id)
        print(json.dumps({**made, "key": secret}, indent=2))
    elif args.action == "admin":
        print(keys.ensure_admin_key(conn, store.load_secret(args.data_dir)))
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
