"""What every SDK's end-to-end tests share (tests/typescript, tests/go): the inputs they read
besides their target."""

from __future__ import annotations

import json
from pathlib import Path

from minimax_openapi.spec import shared
from minimax_sandbox import samples


def e2e_inputs(folder: Path) -> dict[str, str]:
    """What the end-to-end tests read besides the target: sample uploads (train.jsonl, ref.png)
    and the spec's operations as [method, path, id], those an API key calls and the
    administration ones (the admin key's) apart; as the variables that name them."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "train.jsonl").write_bytes(samples.training_jsonl())
    (folder / "ref.png").write_bytes(samples.png())
    for name, admin in (("operations.json", False), ("admin_operations.json", True)):
        operations = [[o.method, o.path, o.id] for o in shared().operations if o.admin == admin]
        (folder / name).write_text(json.dumps(operations))
    return {
        "MINIMAX_E2E_SAMPLES": str(folder),
        "MINIMAX_E2E_OPERATIONS": str(folder / "operations.json"),
        "MINIMAX_E2E_ADMIN_OPERATIONS": str(folder / "admin_operations.json"),
    }
