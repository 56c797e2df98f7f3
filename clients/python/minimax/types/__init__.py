# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Request types: the TypedDicts of request bodies and their parts (dict literals that mypy
checks), and the file and "unset" types of the generated models."""

from __future__ import annotations

from typing import IO, BinaryIO, Literal, Mapping, Optional, Tuple, Union

from attrs import define

from .admin_api_keys_create_params import AdminApiKeysCreateParams
from .assistant_message_param import AssistantMessageParam
from .chat_completions_create_params import ChatCompletionsCreateParams
from .chat_message_param import ChatMessageParam
from .embedding_encoding_format_param import EmbeddingEncodingFormatParam
from .embeddings_create_params import EmbeddingsCreateParams
from .file_purpose_param import FilePurposeParam
from .files_create_params import FilesCreateParams
from .fine_tunes_create_params import FineTunesCreateParams
from .function_definition_param import FunctionDefinitionParam
from .hyperparameters_param import HyperparametersParam
from .key_scope_param import KeyScopeParam
from .named_tool_choice_param import NamedToolChoiceFunctionParam, NamedToolChoiceParam
from .rate_limit_tier_param import RateLimitTierParam
from .system_message_param import SystemMessageParam
from .tool_call_param import ToolCallFunctionParam, ToolCallParam
from .tool_choice_param import ToolChoiceParam
from .tool_message_param import ToolMessageParam
from .tool_param import ToolParam
from .user_message_param import UserMessageParam
from .video_aspect_ratio_param import VideoAspectRatioParam
from .video_generations_create_params import VideoGenerationsCreateParams
from .video_resolution_param import VideoResolutionParam


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = Union[IO[bytes], bytes, str]
FileTypes = Union[
    # (filename, file (or bytes), content_type)
    Tuple[Optional[str], FileContent, Optional[str]],
    # (filename, file (or bytes), content_type, headers)
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Unset",
    "AdminApiKeysCreateParams",
    "AssistantMessageParam",
    "ChatCompletionsCreateParams",
    "ChatMessageParam",
    "EmbeddingEncodingFormatParam",
    "EmbeddingsCreateParams",
    "FilePurposeParam",
    "FilesCreateParams",
    "FineTunesCreateParams",
    "FunctionDefinitionParam",
    "HyperparametersParam",
    "KeyScopeParam",
    "NamedToolChoiceParam",
    "NamedToolChoiceFunctionParam",
    "RateLimitTierParam",
    "SystemMessageParam",
    "ToolCallParam",
    "ToolCallFunctionParam",
    "ToolChoiceParam",
    "ToolMessageParam",
    "ToolParam",
    "UserMessageParam",
    "VideoAspectRatioParam",
    "VideoGenerationsCreateParams",
    "VideoResolutionParam",
]
