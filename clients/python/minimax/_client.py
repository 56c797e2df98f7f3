# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""`MiniMax` and `AsyncMiniMax`: the clients, composed of one resource per tag."""

from __future__ import annotations

from types import TracebackType

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._circuit_breaker import CircuitBreaker
from ._constants import DEFAULT_MAX_RETRIES
from ._types import NOT_GIVEN, Headers, NotGiven, Timeout
from .resources import (
    Admin,
    AsyncAdmin,
    AsyncChat,
    AsyncEmbeddings,
    AsyncFiles,
    AsyncFineTunes,
    AsyncModels,
    AsyncVideo,
    Chat,
    Embeddings,
    Files,
    FineTunes,
    Models,
    Video,
)


class MiniMax(SyncAPIClient):
    """A client for the MiniMax API.

        client = MiniMax(api_key="mmx_test_...")
        result = client.chat.completions.create(
            model="minimax-chat-v2", messages=[{"role": "user", "content": "Hello"}]
        )
        result.data.choices[0].message.content

    Args:
        api_key: The API key; `MINIMAX_API_KEY` when not given. `mmx_live_` keys reach
            production, `mmx_test_` keys the sandbox.
        base_url: `MINIMAX_BASE_URL` when not given, else https://api.minimax.gr.com/v1.
        timeout: Seconds for each call as a whole, retries and their waits included (or an
            `httpx.Timeout`, for each attempt); by default each operation's own
            (30 s, and 300 s for uploads and downloads). Each method takes one too.
        max_retries: How often to retry a call that failed in a way worth retrying; each
            method takes one too. `with_options()` makes a copy with other settings.
        default_headers: Headers to send with every request.
        http_client: An httpx client of your own (proxies, transports); you close it.
        circuit_breaker: A `CircuitBreaker`, to fail fast while the API keeps failing.
    """

    chat: Chat
    embeddings: Embeddings
    video: Video
    models: Models
    files: Files
    fine_tunes: FineTunes
    admin: Admin

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: httpx.Client | None = None,
        circuit_breaker: CircuitBreaker | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            circuit_breaker=circuit_breaker,
        )
        self.chat = Chat(self)
        self.embeddings = Embeddings(self)
        self.video = Video(self)
        self.models = Models(self)
        self.files = Files(self)
        self.fine_tunes = FineTunes(self)
        self.admin = Admin(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        circuit_breaker: CircuitBreaker | None | NotGiven = NOT_GIVEN,
    ) -> MiniMax:
        """A copy of this client with some settings changed, for a call or a part of a program:

            client.with_options(timeout=5, max_retries=0).models.list()

        `default_headers` are added to this client's. The copy shares this client's connections:
        closing it leaves them open, and closing this client closes them for the copy too.
        """
        return type(self)(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers={**self.default_headers, **(default_headers or {})},
            http_client=self._http,
            circuit_breaker=(
                self.circuit_breaker if isinstance(circuit_breaker, NotGiven) else circuit_breaker
            ),
        )

    def __enter__(self) -> MiniMax:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncMiniMax(AsyncAPIClient):
    """An asyncio client for the MiniMax API.

        client = AsyncMiniMax(api_key="mmx_test_...")
        result = await client.chat.completions.create(
            model="minimax-chat-v2", messages=[{"role": "user", "content": "Hello"}]
        )
        result.data.choices[0].message.content

    Args:
        api_key: The API key; `MINIMAX_API_KEY` when not given. `mmx_live_` keys reach
            production, `mmx_test_` keys the sandbox.
        base_url: `MINIMAX_BASE_URL` when not given, else https://api.minimax.gr.com/v1.
        timeout: Seconds for each call as a whole, retries and their waits included (or an
            `httpx.Timeout`, for each attempt); by default each operation's own
            (30 s, and 300 s for uploads and downloads). Each method takes one too.
        max_retries: How often to retry a call that failed in a way worth retrying; each
            method takes one too. `with_options()` makes a copy with other settings.
        default_headers: Headers to send with every request.
        http_client: An httpx client of your own (proxies, transports); you close it.
        circuit_breaker: A `CircuitBreaker`, to fail fast while the API keeps failing.
    """

    chat: AsyncChat
    embeddings: AsyncEmbeddings
    video: AsyncVideo
    models: AsyncModels
    files: AsyncFiles
    fine_tunes: AsyncFineTunes
    admin: AsyncAdmin

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        http_client: httpx.AsyncClient | None = None,
        circuit_breaker: CircuitBreaker | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            circuit_breaker=circuit_breaker,
        )
        self.chat = AsyncChat(self)
        self.embeddings = AsyncEmbeddings(self)
        self.video = AsyncVideo(self)
        self.models = AsyncModels(self)
        self.files = AsyncFiles(self)
        self.fine_tunes = AsyncFineTunes(self)
        self.admin = AsyncAdmin(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        circuit_breaker: CircuitBreaker | None | NotGiven = NOT_GIVEN,
    ) -> AsyncMiniMax:
        """A copy of this client with some settings changed, for a call or a part of a program:

            client.with_options(timeout=5, max_retries=0).models.list()

        `default_headers` are added to this client's. The copy shares this client's connections:
        closing it leaves them open, and closing this client closes them for the copy too.
        """
        return type(self)(
            api_key=api_key or self.api_key,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers={**self.default_headers, **(default_headers or {})},
            http_client=self._http,
            circuit_breaker=(
                self.circuit_breaker if isinstance(circuit_breaker, NotGiven) else circuit_breaker
            ),
        )

    async def __aenter__(self) -> AsyncMiniMax:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
