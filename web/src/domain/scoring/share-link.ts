import { type FieldError, fieldError, type Scenario, validateScenario } from './scenario';

/** Link format version: `#s=1.<base64url of the scenario JSON>`. */
export const LINK_VERSION = 1;
const PREFIX = 's=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The URL fragment that carries a scenario (its scope included). */
export function encodeScenarioLink(s: Scenario): string {
  return `${PREFIX}${LINK_VERSION}.${toBase64Url(JSON.stringify(s))}`;
}

export type LinkResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly scenario: Scenario }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[] };

/**
 * Reads a scenario from a URL fragment ("#s=1.…"). A tampered, truncated or outdated link gives
 * the reasons; it never throws and never yields an unvalidated scenario.
 */
export function decodeScenarioLink(hash: string, knownIndicators?: ReadonlySet<string>): LinkResult {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(PREFIX)) return { kind: 'none' };
  const body = h.slice(PREFIX.length);
  const dot = body.indexOf('.');
  const version = Number(body.slice(0, dot));
  if (dot < 0 || !Number.isInteger(version)) return { kind: 'invalid', errors: [fieldError('(link)', 'vLinkNotOurs')] };
  if (version !== LINK_VERSION) {
    return {
      kind: 'invalid',
      errors: [fieldError('(link)', 'vLinkVersion', { version, supported: LINK_VERSION })],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(body.slice(dot + 1)));
  } catch {
    return {
      kind: 'invalid',
      errors: [fieldError('(link)', 'vLinkDamaged')],
    };
  }
  const v = validateScenario(json, knownIndicators);
  return v.ok ? { kind: 'ok', scenario: v.scenario } : { kind: 'invalid', errors: v.errors };
}
