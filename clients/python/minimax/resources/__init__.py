# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""One module per tag of the spec; each holds a resource class and its async twin."""

from __future__ import annotations

from .administration import (
    Admin,
    AdminActivity,
    AdminApiKeys,
    AdminUsage,
    AsyncAdmin,
    AsyncAdminActivity,
    AsyncAdminApiKeys,
    AsyncAdminUsage,
)
from .chat import AsyncChat, AsyncChatCompletions, Chat, ChatCompletions
from .embeddings import AsyncEmbeddings, Embeddings
from .files import AsyncFiles, Files
from .fine_tunes import AsyncFineTunes, FineTunes
from .models import AsyncModels, Models
from .video import AsyncVideo, AsyncVideoGenerations, Video, VideoGenerations

__all__ = [
    "ChatCompletions",
    "AsyncChatCompletions",
    "Chat",
    "AsyncChat",
    "Embeddings",
    "AsyncEmbeddings",
    "VideoGenerations",
    "AsyncVideoGenerations",
    "Video",
    "AsyncVideo",
    "Models",
    "AsyncModels",
    "Files",
    "AsyncFiles",
    "FineTunes",
    "AsyncFineTunes",
    "AdminApiKeys",
    "AsyncAdminApiKeys",
    "AdminActivity",
    "AsyncAdminActivity",
    "AdminUsage",
    "AsyncAdminUsage",
    "Admin",
    "AsyncAdmin",
]
