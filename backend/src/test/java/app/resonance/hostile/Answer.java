package app.resonance.hostile;

/** What came back: the HTTP status (or 101 for a WebSocket) and the body or message, as text. */
record Answer(int status, String body) {}
