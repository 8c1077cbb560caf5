package app.resonance.targetgroup;

import app.resonance.common.validation.StorableText;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@StorableText
public record MembershipCondition(@Id @NonNull String targetGroupId) {}
