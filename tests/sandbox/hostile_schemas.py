"""Tool parameters a hostile caller may send, shared by the engine's and the server's tests."""

from __future__ import annotations

# A few hundred bytes of JSON that once took 11.7 to 18.8 s of one thread (of the event
# loop, in the server): 1000 x 1000 items.
NESTED_MIN_ITEMS = {
    "type": "object",
    "properties": {
        "rows": {
            "type": "array",
            "minItems": 1000,
            "items": {"type": "array", "minItems": 1000, "items": {"type": "string"}},
        }
    },
    "required": ["rows"],
}
