"""One module per resource group. `HANDLERS` maps each operationId of the spec to its handler;
`FINISHERS` maps each kind of task to what finishing one means."""

from minimax_sandbox.call import Handler
from minimax_sandbox.handlers import admin, chat, embeddings, files, fine_tunes, models, video
from minimax_sandbox.tasks import Finisher

HANDLERS: dict[str, Handler] = {
    "chat.completions.create": chat.create,
    "embeddings.create": embeddings.create,
    "video.generations.create": video.create,
    "video.generations.retrieve": video.retrieve,
    "video.generations.events": video.events,
    "video.generations.content": video.content,
    "models.list": models.list_models,
    "models.retrieve": models.retrieve,
    "files.create": files.create,
    "files.retrieve": files.retrieve,
    "files.content": files.content,
    "fine_tunes.create": fine_tunes.create,
    "fine_tunes.retrieve": fine_tunes.retrieve,
    "admin.api_keys.create": admin.create_key,
    "admin.api_keys.list": admin.list_keys,
    "admin.api_keys.retrieve": admin.retrieve_key,
    "admin.api_keys.revoke": admin.revoke_key,
    "admin.api_keys.rotate": admin.rotate_key,
    "admin.activity.list": admin.list_activity,
    "admin.activity.retrieve": admin.retrieve_activity,
    "admin.usage.retrieve": admin.usage,
}

FINISHERS: dict[str, Finisher] = {
    video.KIND: video.finish,
    fine_tunes.KIND: fine_tunes.finish,
}
