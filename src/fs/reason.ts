/** Why a file operation failed, in one word when the system gave one (`EACCES`), else the message's first line. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
