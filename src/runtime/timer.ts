/**
 * Timers for any length of time. `setTimeout` holds a signed 32-bit count of ms: a delay of
 * 2^31 ms (about 25 days) or more fires after 1 ms, so a long timeout would report a timeout
 * at once, after a POST may have been sent. Long delays are waited out in steps.
 */
const longestStep = 2 ** 31 - 1;

/** Calls `fire` after `ms` milliseconds; returns the function that cancels it. */
export function startTimer(ms: number, fire: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const due = Date.now() + ms;
  const arm = (left: number) => {
    timer = setTimeout(() => {
      const rest = due - Date.now();
      if (rest > 0) arm(rest);
      else fire();
    }, Math.min(Math.max(left, 0), longestStep));
  };
  arm(ms);
  return () => clearTimeout(timer);
}

/** Waits, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      cancel();
      reject(signal!.reason);
    };
    const cancel = startTimer(ms, () => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    });
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * `work`, or the signal's reason as soon as it aborts, whichever comes first: a fetch of the
 * caller's that ignores the signal must not hang the call past its timeout or an abort.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
