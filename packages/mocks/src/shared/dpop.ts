/**
 * DPoP proofs as HelseID and NHN's APIs check them (RFC 9449; pps-api.md §10.2): a JWT with
 * `typ: dpop+jwt`, an asymmetric `alg` and the public `jwk` in its header, and `jti`, `htm`, `htu`,
 * `iat` and, on API calls, `ath` in its payload, signed by that key; a `jti` is used once.
 *
 * The mock checks proofs so a backend that signs for the browser (the BFF) is tested against what
 * PPS refuses; `createDpopProof` makes proofs for tests and demos. Web Crypto only: it runs in
 * Node 20 and in the browser's service worker alike.
 */

/** How far a proof's `iat` may lie from the mock's clock. */
const IAT_WINDOW_SECONDS = 300;

type Algorithm = RsaHashedImportParams | EcKeyImportParams;

const ALGORITHMS: Record<
  string,
  { key: Algorithm; verify: AlgorithmIdentifier | EcdsaParams | RsaPssParams }
> = {
  ES256: { key: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } },
  ES384: { key: { name: 'ECDSA', namedCurve: 'P-384' }, verify: { name: 'ECDSA', hash: 'SHA-384' } },
  ES512: { key: { name: 'ECDSA', namedCurve: 'P-521' }, verify: { name: 'ECDSA', hash: 'SHA-512' } },
  RS256: { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
  RS384: { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
  RS512: { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
  PS256: { key: { name: 'RSA-PSS', hash: 'SHA-256' }, verify: { name: 'RSA-PSS', saltLength: 32 } },
  PS384: { key: { name: 'RSA-PSS', hash: 'SHA-384' }, verify: { name: 'RSA-PSS', saltLength: 48 } },
  PS512: { key: { name: 'RSA-PSS', hash: 'SHA-512' }, verify: { name: 'RSA-PSS', saltLength: 64 } },
};

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function jsonPart(text: string): Record<string, unknown> | undefined {
  const bytes = fromBase64url(text);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `ath`: the base64url SHA-256 of the access token. */
async function tokenHash(accessToken: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(accessToken))));
}

/** The URL a proof names: the request's, without query and fragment (RFC 9449 §4.3). */
function dpopTarget(url: string): string {
  const target = new URL(url);
  return `${target.origin}${target.pathname}`;
}

export interface DpopRequest {
  method: string;
  url: string;
  /** The token from `Authorization: DPoP <token>`, which `ath` must hash. */
  accessToken: string;
  /** Seconds since the epoch. @default now */
  nowSeconds?: number;
}

/**
 * Checks `proof` against `request`: its `jti` when valid, else the problem in words. A `jti` is
 * not remembered here: the caller refuses a reused one.
 */
export async function checkDpopProof(
  proof: string,
  request: DpopRequest,
): Promise<{ problem: string } | { jti: string }> {
  const parts = proof.split('.');
  if (parts.length !== 3) return { problem: 'the DPoP proof is not a JWT (header.payload.signature)' };
  const [head = '', body = '', signature = ''] = parts;
  const header = jsonPart(head);
  const payload = jsonPart(body);
  if (!header || !payload) return { problem: 'the DPoP proof’s header or payload is not base64url JSON' };
  if (header.typ !== 'dpop+jwt') return { problem: 'the DPoP proof’s typ must be dpop+jwt' };
  const algorithm = typeof header.alg === 'string' ? ALGORITHMS[header.alg] : undefined;
  if (!algorithm) return { problem: `the DPoP proof’s alg must be asymmetric, not ${String(header.alg)}` };
  const jwk = header.jwk as JsonWebKey | undefined;
  if (!jwk || typeof jwk !== 'object') return { problem: 'the DPoP proof’s header has no jwk' };
  if ('d' in jwk) return { problem: 'the DPoP proof’s jwk holds a private key' };
  if (typeof payload.jti !== 'string' || payload.jti.length === 0) {
    return { problem: 'the DPoP proof has no jti' };
  }
  if (payload.htm !== request.method.toUpperCase()) {
    return { problem: `the DPoP proof’s htm is not the request’s method (${request.method.toUpperCase()})` };
  }
  if (typeof payload.htu !== 'string' || !URL.canParse(payload.htu)) {
    return { problem: 'the DPoP proof’s htu is not a URL' };
  }
  if (dpopTarget(payload.htu) !== dpopTarget(request.url)) {
    return { problem: `the DPoP proof’s htu is not the request’s URL (${dpopTarget(request.url)})` };
  }
  const now = request.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (typeof payload.iat !== 'number' || Math.abs(payload.iat - now) > IAT_WINDOW_SECONDS) {
    return { problem: `the DPoP proof’s iat is missing or more than ${IAT_WINDOW_SECONDS} s from now` };
  }
  if (payload.ath !== (await tokenHash(request.accessToken))) {
    return { problem: 'the DPoP proof’s ath is not the SHA-256 of the access token' };
  }
  const signatureBytes = fromBase64url(signature);
  let valid = false;
  try {
    const key = await crypto.subtle.importKey('jwk', jwk, algorithm.key, false, ['verify']);
    valid =
      signatureBytes !== undefined &&
      (await crypto.subtle.verify(algorithm.verify, key, signatureBytes, encoder.encode(`${head}.${body}`)));
  } catch {
    return { problem: 'the DPoP proof’s jwk is not a public key for its alg' };
  }
  if (!valid) return { problem: 'the DPoP proof’s signature does not verify with its jwk' };
  return { jti: payload.jti };
}

let testKey: Promise<CryptoKeyPair> | undefined;

/**
 * A DPoP proof (ES256) for one request, signed with a key made for this page or process: for
 * tests and demos that call the mock's `/v2` routes. A real backend signs with its HelseID key.
 */
export async function createDpopProof(request: Omit<DpopRequest, 'nowSeconds'> & { iat?: number }) {
  testKey ??= crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { publicKey, privateKey } = await testKey;
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', publicKey);
  const part = (value: object) => base64url(encoder.encode(JSON.stringify(value)));
  const head = part({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty, crv, x, y } });
  const body = part({
    jti: crypto.randomUUID(),
    htm: request.method.toUpperCase(),
    htu: dpopTarget(request.url),
    iat: request.iat ?? Math.floor(Date.now() / 1000),
    ath: await tokenHash(request.accessToken),
  });
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    privateKey,
    encoder.encode(`${head}.${body}`),
  );
  return `${head}.${body}.${base64url(new Uint8Array(signature))}`;
}
