package app.resonance.contact;

import app.resonance.common.error.Ids;
import app.resonance.common.error.InvalidInput;
import app.resonance.common.error.InvalidInput.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A list of contacts an action applies to at once, as the API takes it in {@code contactIds}: bounded and checked. */
public final class ContactIds {

    /** The most contacts one call acts on (a selection in the SPA, a batch of an integration). */
    public static final int MAX_AT_ONCE = 1000;

    private ContactIds() {}

    /** The ids, each once, in the order given; an error on the list or on the id that is not one. */
    public static List<UUID> parse(List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_AT_ONCE) {
            throw new InvalidInput(
                    "contactIds",
                    Reason.PAGE_SIZE,
                    String.valueOf(MAX_AT_ONCE),
                    "must name between 1 and " + MAX_AT_ONCE + " contacts");
        }
        Set<UUID> parsed = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            parsed.add(Ids.parse("contactIds[" + i + "]", ids.get(i)));
        }
        return new ArrayList<>(parsed);
    }

    /** Fails on the first given id that is not among the workspace's {@code known} contacts. */
    public static void requireKnown(List<String> given, Collection<UUID> known) {
        Set<UUID> knownIds = new HashSet<>(known);
        for (int i = 0; i < given.size(); i++) {
            if (!knownIds.contains(UUID.fromString(given.get(i)))) {
                throw new InvalidInput("contactIds[" + i + "]", Reason.NOT_FOUND, "no such contact in this workspace");
            }
        }
    }
}
