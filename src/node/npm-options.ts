/**
 * `npm run export --only html` (no `--`) hands npm the option: npm keeps it as its own setting
 * (npm_config_only=html in the environment) and the script sees nothing. The export and npm run
 * present say so, rather than go on without it.
 */
export function optionTakenByNpm(
  script: string,
  names: readonly string[],
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (env.npm_lifecycle_event !== script) return undefined;
  const taken = names.find((name) => env[`npm_config_${name}`] !== undefined && !argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)));
  if (taken === undefined) return undefined;
  const value = env[`npm_config_${taken}`] ?? '';
  const written = value === 'true' || value === '' ? `--${taken}` : `--${taken} ${value}`;
  return `npm took "${written}" as its own option, so npm run ${script} did not see it. Put "--" before its options: npm run ${script} -- ${written}`;
}
