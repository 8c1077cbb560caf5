package app.resonance.ratelimit;

/** One request's cost against one bucket: the caller it belongs to and that caller's budget. */
public record Charge(String caller, Budget budget) {

    /**
     * The row's key names the budget too, so that changed limits take effect at once: the buckets of the
     * old budget are simply no longer used and expire.
     */
    String key() {
        return caller + "@" + budget.requests() + "/" + budget.per();
    }
}
