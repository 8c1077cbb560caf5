package app.resonance.targetgroup;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What a rule being edited selects now (not saved): the live count and the first members.")
public record TargetGroupPreview(int count, @NonNull List<@NonNull TargetGroupMember> members) {}
