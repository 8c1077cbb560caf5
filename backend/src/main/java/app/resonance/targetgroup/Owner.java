package app.resonance.targetgroup;

import org.eclipse.microprofile.graphql.Enum;

/** Whose equipment or purchases a condition looks at. */
@Enum("ConditionOwner")
public enum Owner {
    CONTACT,
    COMPANY,
    CONTACT_OR_COMPANY
}
