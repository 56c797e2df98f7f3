"""One module per resource group. `HANDLERS` maps each operationId of the spec to its handler;
`FINISHERS` maps each kind of task to what finishing one means."""

from minimax_sandbox.call import Handler
from minimax_sandbox.handlers import chat, embeddings, files, fine_tunes, models, video
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
}

FINISHERS: dict[str, Finisher] = {
    video.KIND: video.finish,
    fine_tunes.KIND: fine_tunes.finish,
}
