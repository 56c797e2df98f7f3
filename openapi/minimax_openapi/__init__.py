"""The MiniMax API's OpenAPI document (`minimax.yaml`) and its typed model.

| module | holds |
|---|---|
| `spec` | `load()` / `shared()`: the checked model, where every reader starts |
| `model` | the typed, immutable model (`Api`, `Operation`, ...) and `build()` |
| `conventions` | the house rules the model is checked against |
| `document` | the raw YAML: parsing, `$ref`s, JSON Schema validators (the model's own layer) |
"""
