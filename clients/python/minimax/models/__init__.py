# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

from .activity_entry import ActivityEntry
from .activity_entry_response import ActivityEntryResponse
from .activity_page import ActivityPage
from .activity_page_response import ActivityPageResponse
from .api_key import ApiKey
from .api_key_create_request import ApiKeyCreateRequest
from .api_key_created_response import ApiKeyCreatedResponse
from .api_key_list_response import ApiKeyListResponse
from .api_key_response import ApiKeyResponse
from .api_key_with_secret import ApiKeyWithSecret
from .assistant_message import AssistantMessage
from .chat_completion import ChatCompletion
from .chat_completion_choice import ChatCompletionChoice
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .chat_completion_delta import ChatCompletionDelta
from .chat_completion_request import ChatCompletionRequest
from .chat_completion_response import ChatCompletionResponse
from .chat_completion_stream_event import ChatCompletionStreamEvent
from .chat_completion_stream_event_event import ChatCompletionStreamEventEvent
from .embedding_encoding_format import EmbeddingEncodingFormat
from .embedding_item import EmbeddingItem
from .embedding_request import EmbeddingRequest
from .embedding_response import EmbeddingResponse
from .error import Error
from .error_code import ErrorCode
from .error_details import ErrorDetails
from .error_response import ErrorResponse
from .file_object import FileObject
from .file_object_content_type import FileObjectContentType
from .file_purpose import FilePurpose
from .file_response import FileResponse
from .file_upload_request import FileUploadRequest
from .fine_tune import FineTune
from .fine_tune_request import FineTuneRequest
from .fine_tune_response import FineTuneResponse
from .finish_reason import FinishReason
from .function_definition import FunctionDefinition
from .function_definition_parameters import FunctionDefinitionParameters
from .hyperparameters import Hyperparameters
from .key_scope import KeyScope
from .meta import Meta
from .model import Model
from .model_capability import ModelCapability
from .model_deprecation import ModelDeprecation
from .model_list_response import ModelListResponse
from .model_pricing import ModelPricing
from .model_response import ModelResponse
from .named_tool_choice import NamedToolChoice
from .named_tool_choice_function import NamedToolChoiceFunction
from .rate_limit_state import RateLimitState
from .rate_limit_tier import RateLimitTier
from .stream_done import StreamDone
from .system_message import SystemMessage
from .task_error import TaskError
from .task_error_code import TaskErrorCode
from .task_status import TaskStatus
from .tool import Tool
from .tool_call import ToolCall
from .tool_call_delta import ToolCallDelta
from .tool_call_delta_function import ToolCallDeltaFunction
from .tool_call_function import ToolCallFunction
from .tool_choice_type_0 import ToolChoiceType0
from .tool_message import ToolMessage
from .usage import Usage
from .usage_bucket import UsageBucket
from .usage_report import UsageReport
from .usage_response import UsageResponse
from .user_message import UserMessage
from .video_aspect_ratio import VideoAspectRatio
from .video_generation import VideoGeneration
from .video_generation_request import VideoGenerationRequest
from .video_generation_response import VideoGenerationResponse
from .video_generation_stream_event import VideoGenerationStreamEvent
from .video_generation_stream_event_event import VideoGenerationStreamEventEvent
from .video_resolution import VideoResolution
from .video_result import VideoResult

__all__ = (
    "ActivityEntry",
    "ActivityEntryResponse",
    "ActivityPage",
    "ActivityPageResponse",
    "ApiKey",
    "ApiKeyCreatedResponse",
    "ApiKeyCreateRequest",
    "ApiKeyListResponse",
    "ApiKeyResponse",
    "ApiKeyWithSecret",
    "AssistantMessage",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "ChatCompletionStreamEvent",
    "ChatCompletionStreamEventEvent",
    "EmbeddingEncodingFormat",
    "EmbeddingItem",
    "EmbeddingRequest",
    "EmbeddingResponse",
    "Error",
    "ErrorCode",
    "ErrorDetails",
    "ErrorResponse",
    "FileObject",
    "FileObjectContentType",
    "FilePurpose",
    "FileResponse",
    "FileUploadRequest",
    "FineTune",
    "FineTuneRequest",
    "FineTuneResponse",
    "FinishReason",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "Hyperparameters",
    "KeyScope",
    "Meta",
    "Model",
    "ModelCapability",
    "ModelDeprecation",
    "ModelListResponse",
    "ModelPricing",
    "ModelResponse",
    "NamedToolChoice",
    "NamedToolChoiceFunction",
    "RateLimitState",
    "RateLimitTier",
    "StreamDone",
    "SystemMessage",
    "TaskError",
    "TaskErrorCode",
    "TaskStatus",
    "Tool",
    "ToolCall",
    "ToolCallDelta",
    "ToolCallDeltaFunction",
    "ToolCallFunction",
    "ToolChoiceType0",
    "ToolMessage",
    "Usage",
    "UsageBucket",
    "UsageReport",
    "UsageResponse",
    "UserMessage",
    "VideoAspectRatio",
    "VideoGeneration",
    "VideoGenerationRequest",
    "VideoGenerationResponse",
    "VideoGenerationStreamEvent",
    "VideoGenerationStreamEventEvent",
    "VideoResolution",
    "VideoResult",
)
