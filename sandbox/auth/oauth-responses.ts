import type { FastifyReply } from 'fastify';
import { contentSecurityPolicy } from '../http/html.ts';

/** Login-host pages: never cached, never framed, never leaking the URL through Referer. */
export function sendHtmlPage(
  reply: FastifyReply,
  status: number,
  html: string,
  formActions: readonly string[] = [],
): FastifyReply {
  return reply
    .code(status)
    .header('Content-Security-Policy', contentSecurityPolicy(formActions))
    .header('Cache-Control', 'no-store')
    .header('Referrer-Policy', 'no-referrer')
    .header('X-Content-Type-Options', 'nosniff')
    .type('text/html; charset=utf-8')
    .send(html);
}

/** A 302 whose Location may carry a token in the fragment. */
export function sendRedirect(reply: FastifyReply, location: string): FastifyReply {
  return reply
    .code(302)
    .header('Location', location)
    .header('Cache-Control', 'no-store')
    .header('Referrer-Policy', 'no-referrer')
    .send();
}
