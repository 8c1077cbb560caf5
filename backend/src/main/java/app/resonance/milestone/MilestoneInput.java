package app.resonance.milestone;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MilestoneInput")
@StorableText
public record MilestoneInput(
        @NonNull @NotBlank @Size(max = 200) String name,

        @NonNull
        @NotNull
        @Description("A day in the campaign's time zone. A template milestone given another date than its own stops"
                + " following the event date.")
        LocalDate dueOn,

        @Description("The member who answers for it (username); none when not given.") @Size(max = 255)
        String responsible) {}
