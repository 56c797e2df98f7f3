# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`FilesCreateParams`: The request body of `files.create`: upload a file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from typing_extensions import Required, TypedDict

from .._types import FileInput
from .file_purpose_param import FilePurposeParam

if TYPE_CHECKING:
    from ..models import FilePurpose

__all__ = ["FilesCreateParams"]


class FilesCreateParams(TypedDict, total=False):
    file: Required[FileInput]
    """The file's bytes, with a filename."""

    purpose: Required[Union[FilePurposeParam, FilePurpose]]
    """`fine-tune`: JSON Lines training data. `video-reference`: a PNG or JPEG for video generation."""
