import type { EvalConfig } from '../../core/eval-config.js';
import { InputError, UsageError } from '../../errors.js';
import { evalMessages as m } from '../../messages/eval.js';
import type { ProviderSpec } from './types.js';

export interface ProviderFlags {
  provider?: string;
  baseUrl?: string;
  /** --replay: no call is made, so no key is needed. */
  replay?: boolean;
}

const OPENAI_URL = 'https://api.openai.com/v1';
const DEFAULT_TIMEOUT = 60_000;

/**
 * The provider a run calls: --provider, else `eval.provider`, else the built-in `openai`
 * (OPENAI_API_KEY and OPENAI_BASE_URL, no config needed). A key that is needed and missing
 * stops the run before any call, naming the variable to set.
 */
export function resolveProvider(config: EvalConfig | undefined, flags: ProviderFlags, env: NodeJS.ProcessEnv = process.env): ProviderSpec {
  const name = flags.provider ?? config?.provider ?? 'openai';
  const configured = config?.providers?.[name];
  if (name === 'echo' && !configured) {
    return { name, kind: 'echo', baseUrl: 'echo:', headers: {}, models: {}, timeout: DEFAULT_TIMEOUT, stream: false, secrets: [] };
  }
  if (!configured && name !== 'openai') throw new UsageError(m.unknownProvider(name, Object.keys(config?.providers ?? {})), { hint: m.unknownProviderHint });
  const envUrl = env.OPENAI_BASE_URL?.trim() || undefined;
  const baseUrl = (flags.baseUrl ?? configured?.baseUrl ?? envUrl ?? OPENAI_URL).replace(/\/+$/, '');
  // The built-in provider needs a key for OpenAI itself; a local server (OPENAI_BASE_URL, --base-url) may not.
  const keyVariable = configured ? configured.apiKeyEnv : 'OPENAI_API_KEY';
  const keyRequired = configured ? configured.apiKeyEnv !== undefined : baseUrl === OPENAI_URL;
  const apiKey = keyVariable ? env[keyVariable] || undefined : undefined;
  if (keyRequired && apiKey === undefined && !flags.replay) {
    throw new InputError(m.missingKey(keyVariable!, name), { hint: m.missingKeyHint(keyVariable!) });
  }
  const secrets = apiKey ? [apiKey] : [];
  const headers: Record<string, string> = {};
  for (const [header, value] of Object.entries(configured?.headers ?? {})) {
    headers[header] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => {
      const found = env[variable];
      if (found === undefined) {
        if (flags.replay) return '';
        throw new InputError(m.missingHeaderVariable(header, variable), { hint: m.missingKeyHint(variable) });
      }
      secrets.push(found);
      return found;
    });
  }
  return {
    name,
    kind: 'openai',
    baseUrl,
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(keyVariable === undefined ? {} : { apiKeyEnv: keyVariable }),
    headers,
    models: configured?.models ?? {},
    timeout: configured?.timeout ?? DEFAULT_TIMEOUT,
    stream: configured?.stream ?? false,
    secrets: secrets.filter((s) => s.length >= 4),
  };
}

/** The model name the provider knows: the config's map, else the part after `provider/` (bare names as they are). */
export function providerModel(spec: ProviderSpec, model: string): string {
  const mapped = spec.models[model];
  if (mapped !== undefined) return mapped;
  const slash = model.indexOf('/');
  return slash === -1 ? model : model.slice(slash + 1);
}
