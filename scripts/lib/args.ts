/**
 * Command-line parsing for the project's scripts: `node:util` `parseArgs` with Italian errors
 * and the usage line, so a mistyped flag tells the author what is accepted.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parsed flags and positionals, as `parseArgs` types them. */
export type ParsedArgs<Options extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ options: Options; allowPositionals: true; strict: true }>
>;

/** A usage error: the message is printed with the usage line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses `argv` (without node and the script) against `options`.
 *
 * @throws {UsageError} On an unknown flag or a flag missing its value.
 */
export function parseCliArgs<Options extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: Options,
): ParsedArgs<Options> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(-[^' ]+)/.exec(String((error as Error).message))?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`opzione sconosciuta: ${flag}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`l’opzione ${flag} richiede un valore`);
    throw new UsageError(String((error as Error).message));
  }
}

/** `a, b,,c` → `['a', 'b', 'c']`: comma-separated flag values, trimmed, empties dropped. */
export const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * Runs a script's `main`, turning a {@link UsageError} into the message plus usage (exit 2) and
 * any other failure into its message (exit 1).
 */
export async function runCli(usage: string, main: () => number | Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\nUso: ${usage}`);
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
