/**
 * The promise every API method returns: awaiting it gives the parsed result, and two methods
 * give the raw `Response` as well, or instead.
 */

const ignore = (): void => {};

/**
 * A `Promise` of a call's result that can also hand over the raw `Response`.
 *
 * The request starts when the method is called. The body is read and parsed only once the
 * promise is awaited (or `then` is called), so `asResponse()` leaves it unread.
 */
export class APIPromise<T> extends Promise<T> {
  #response: Promise<Response>;
  #parse: () => Promise<T>;
  #parsed: Promise<T> | undefined;

  /**
   * @param response the response, once its headers have arrived (after any retries)
   * @param parse reads the response into the result; called at most once
   */
  constructor(response: Promise<Response>, parse: () => Promise<T>) {
    // The promise itself never settles with anything: `then` and friends are redirected to the
    // parsed result, which is only made when someone asks for it.
    super((resolve) => resolve(undefined as T));
    // Someone may only ever ask for the parsed result; its failure is reported there.
    response.catch(ignore);
    this.#response = response;
    this.#parse = parse;
  }

  /** The raw response, its body unread; the result is not parsed. */
  asResponse(): Promise<Response> {
    return this.#response;
  }

  /** The parsed result, and the raw response it was read from. */
  async withResponse(): Promise<{ data: T; response: Response }> {
    const [data, response] = await Promise.all([this.#result(), this.#response]);
    return { data, response };
  }

  #result(): Promise<T> {
    this.#parsed ??= this.#parse();
    return this.#parsed;
  }

  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#result().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<T | TResult> {
    return this.#result().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#result().finally(onfinally);
  }
}
