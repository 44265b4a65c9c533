import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/** Why an xAPI request is refused before any resource sees it. */
export interface XapiRejection {
  status: 400 | 401;
  message: string;
  headers?: OutgoingHttpHeaders;
}

/** xAPI 1.0.3 Communication §3.3: 1.0 and any 1.0.x are accepted; nothing else. */
const acceptedVersion = /^1\.0(\.\d+)?$/;

/**
 * Checks what every xAPI request but `about` must carry: Basic credentials equal to `credentials` (`key:secret`),
 * since xapi-statements' test auth accepts any, and a version header, which a real LRS requires (§3.3).
 */
export function checkXapiHeaders(headers: IncomingHttpHeaders, credentials: string): XapiRejection | undefined {
  const basic = /^Basic\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (basic === null || Buffer.from(basic[1] ?? '', 'base64').toString('utf8') !== credentials) {
    return {
      status: 401,
      message: 'Expected the Basic credentials of this test LRS in the Authorization header.',
      headers: { 'WWW-Authenticate': 'Basic realm="coursewright test LRS"' },
    };
  }
  const version = headers['x-experience-api-version'];
  if (version === undefined) return { status: 400, message: 'Expected an X-Experience-API-Version header.' };
  if (!acceptedVersion.test(String(version).trim())) {
    return { status: 400, message: `Expected X-Experience-API-Version 1.0.x, found "${version}".` };
  }
  return undefined;
}
