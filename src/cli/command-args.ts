import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command's parsed options and positionals. */
export interface CommandArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Prints a usage error of `newsgraph NAME` with the command's usage on standard error; returns its exit code, 2. */
export function usageError(name: string, message: string, usage: string): number {
  console.error(`newsgraph ${name}: ${message}\n${usage}`);
  return 2;
}

/**
 * Parses a subcommand's arguments with node:util parseArgs (strict, `--help`/`-h` added). Returns
 * the parsed arguments, or an exit code: 0 after `log`ging `usage` for --help (standard output by
 * default), 2 after a usage error (`usageError`).
 */
export function parseCommandArgs(
  name: string,
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
  allowPositionals = false,
  log: (line: string) => void = console.log,
): CommandArgs | number {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    if (values.help) {
      log(usage);
      return 0;
    }
    return { values: values as CommandArgs['values'], positionals };
  } catch (error) {
    return usageError(name, (error as Error).message, usage);
  }
}

/** The value of option `--option` as a whole number; throws an Error saying so otherwise. */
export function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`--${option} must be a whole number, got "${value}"`);
  return Number(value);
}
