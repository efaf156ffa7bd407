/**
 * The origin of a URL as `scheme://host[:port]`, or null when the URL cannot be parsed.
 *
 * Why not `new URL(url).origin`: WHATWG URL gives every non-special scheme (our `app:`) the opaque
 * origin "null", so comparing `.origin` would either never match or match every custom scheme.
 * Chromium treats `app` as a standard scheme (registered as privileged), with a real tuple origin;
 * this builds that tuple the same way for `app://notebook` and for `http://app.localhost`.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // file:, data:, about:blank and the like have no host, so no origin anyone could trust.
  if (!parsed.host) return null;
  // Chromium lowercases the host of a standard scheme; Node leaves a custom scheme's as written.
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}
