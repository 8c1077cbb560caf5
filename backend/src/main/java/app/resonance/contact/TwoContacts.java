package app.resonance.contact;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Two different contacts one action takes (a merge, a dismissed pair), with the arguments that name them. */
record TwoContacts(UUID first, String firstArgument, UUID second, String secondArgument) {

    /** Parses both ids; an error on the argument that is not an id, or on the second when it repeats the first. */
    static TwoContacts parse(String firstArgument, String firstId, String secondArgument, String secondId) {
        UUID first = Ids.parse(firstArgument, firstId);
        UUID second = Ids.parse(secondArgument, secondId);
        if (first.equals(second)) {
            throw new InvalidInput(secondArgument, Reason.SAME_CONTACT, "names the same contact twice");
        }
        return new TwoContacts(first, firstArgument, second, secondArgument);
    }

    List<UUID> both() {
        return List.of(first, second);
    }

    /** Fails on the argument whose contact is not among those {@code found} in the workspace. */
    void requireFound(Collection<UUID> found) {
        if (!found.contains(first)) {
            throw notFound(firstArgument);
        }
        if (!found.contains(second)) {
            throw notFound(secondArgument);
        }
    }

    private static InvalidInput notFound(String argument) {
        return new InvalidInput(argument, Reason.NOT_FOUND, "no such contact in this workspace");
    }
}
