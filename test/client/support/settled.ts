/** What a promise came to within `ms`: its value, its rejection reason, or {@link STILL_PENDING}. */
export async function settled(pending: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve(STILL_PENDING), ms);
  });
  try {
    return await Promise.race([pending.then((value) => value, (error: unknown) => error), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** What {@link settled} returns for a promise that hangs. */
export const STILL_PENDING = 'still pending';
