package app.resonance.targetgroup;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TargetGroupInput")
@StorableText
public record TargetGroupInput(
        @NonNull @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description) {}
