/**
 * Rate limits: every request to the API paths counts against the signed-in user and, where the
 * client has a budget of its own (the partner service account), against the client; public paths
 * count against the caller's address. Each operation started over a GraphQL WebSocket counts as a
 * request of whoever signed in with connection_init. The token buckets live in PostgreSQL, so every instance
 * enforces the same limit; a refused request is answered with 429 before anything reads or parses
 * its body.
 */
package app.resonance.ratelimit;
